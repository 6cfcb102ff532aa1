/**
 * CSV that opens correctly in a spreadsheet in China: UTF-8 with a byte order
 * mark (without it Excel reads the Chinese as GBK), CRLF line ends (RFC 4180),
 * and the source as the last line so the header stays on the first.
 */
export function toCsv(rows: string[][], source: string): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [...rows.map((row) => row.map(cell).join(',')), '', cell(source)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
