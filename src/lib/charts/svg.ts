/**
 * SVG as strings, so a chart is the same markup in the page, in the
 * downloadable file and in the PNG made from it, with no DOM at build time.
 */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Attrs = Record<string, string | number | boolean | undefined>;

function attrs(attributes: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeXml(typeof value === 'number' ? String(round(value)) : value)}"`;
  }
  return out;
}

/** Coordinates to two decimals: smaller files, and output that tests can pin. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** An element; children are markup already, text goes through `text()`. */
export function el(tag: string, attributes: Attrs = {}, ...children: (string | false | undefined)[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return inner === '' && tag !== 'text' && tag !== 'title' && tag !== 'desc' ? `<${tag}${attrs(attributes)}/>` : `<${tag}${attrs(attributes)}>${inner}</${tag}>`;
}

export function text(content: string, attributes: Attrs = {}): string {
  return el('text', attributes, escapeXml(content));
}

const NO_LINE_START = /^[，。；：、！？）】」』”’,.;:!?)]/;

/**
 * Splits a label into lines of about `maxEm` ems, counting a Chinese character
 * as one em and a Latin character or digit as about half, breaking only
 * between items when `separator` is given.
 */
export function wrapText(items: string[], maxEm: number, separator = ''): string[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u0000-\u00ff]/.test(ch) ? 0.55 : 1), 0);
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line === '' ? item : `${line}${separator}${item}`;
    // Chinese typesetting never starts a line with closing punctuation: it stays on the line before, a little over.
    if (line !== '' && width(candidate) > maxEm && !NO_LINE_START.test(item)) {
      lines.push(line + separator.trimEnd());
      line = item;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}
