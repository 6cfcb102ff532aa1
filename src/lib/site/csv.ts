/**
 * CSV that opens correctly in a spreadsheet in China: UTF-8 with a byte order
 * mark (without it Excel reads the Chinese as GBK), CRLF line ends (RFC 4180).
 * One table only: the header row, then the data rows. The source is not a row
 * of the file (a line under the table breaks sorting, filtering and import);
 * it is in the JSON's `source`, on /data/ and in the workbook's 说明 sheet.
 */
export function toCsv(rows: string[][]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
