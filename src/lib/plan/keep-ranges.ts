/**
 * A range written with a dash or a wave, 2021—2035 or 2～3, stays on one
 * line, and so does a standard's number with its year, GB/T 29490—2023: GB/T 15834 and clreq ask that a connecting mark never start a line,
 * and Chromium may break before an em dash (a line at 360 px began
 * “—2035）》”). Each range is wrapped in <span class="keep">, which the
 * styles keep unbroken; its characters are untouched, so the plan's text and
 * every test of it read the same.
 *
 * One pass over each rendered page (src/middleware.ts) rather than one per
 * source: the plan's chapters, the site's labels, notes, tables and glossary
 * all write ranges (GB/T 29490—2023, 2015年—2020), and no page can forget it.
 * The page is edited in place from parse5's source offsets, only in text:
 * scripts, styles, attributes and SVG stay byte for byte, so their CSP hashes
 * hold. A range inside a link or a term is wrapped inside it, so no span
 * cuts a title in two.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Digits (a year may carry 年), a dash or a wave, digits. A hyphen is left out: no line breaks between it and a digit. */
const RANGE = /\d+(?:\.\d+)?年?[—～~]\d+(?:\.\d+)?/g;
/**
 * A standard's code written without a space, GB/T34833-2017, is one name. Written with one, GB/T 15834—2011, it may
 * part at the space, its number and year staying together (a range): kept whole, at twice the text size on a 360 px
 * phone it was wider than a list item's line, and the page scrolled sideways, which reflow (WCAG 1.4.10) forbids.
 */
const STANDARD = /GB(?:\/T|\/Z)?\d+(?:\.\d+)*(?:[—-]\d{4})?/g;
/** What is kept on one line: a standard's code (with its year range), or a range. */
export const KEPT = new RegExp(`${STANDARD.source}|${RANGE.source}`, 'g');
export const KEEP_CLASS = 'keep';

/** Where a span may not go: the head, code and data, SVG (no HTML inside <text>), and elements that hold text only. */
const NO_SPAN = new Set(['head', 'script', 'style', 'template', 'svg', 'math', 'textarea', 'title', 'option', 'noscript']);

const isElement = (node: Node): node is Element => 'tagName' in node;
const classes = (el: Element) => (el.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);

/** The text with each range wrapped; the text must be HTML source (ranges are never written as entities). */
export function wrapRanges(source: string): string {
  return source.replace(KEPT, (range) => `<span class="${KEEP_CLASS}">${range}</span>`);
}

/** The page with each range in its text, outside a kept span, wrapped in <span class="keep">. */
export function keepRangesInHtml(html: string): string {
  // search() ignores the global regex's lastIndex, which test() would move.
  if (html.search(KEPT) < 0) return html;
  const edits: Array<{ start: number; end: number }> = [];
  const visit = (node: Node) => {
    if (isElement(node) && (NO_SPAN.has(node.tagName) || classes(node).includes(KEEP_CLASS))) return;
    if (node.nodeName === '#text') {
      const at = (node as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
      if (at && html.slice(at.startOffset, at.endOffset).search(KEPT) >= 0) edits.push({ start: at.startOffset, end: at.endOffset });
      return;
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  let out = '';
  let at = 0;
  for (const { start, end } of edits) {
    out += html.slice(at, start) + wrapRanges(html.slice(start, end));
    at = end;
  }
  return out + html.slice(at);
}
