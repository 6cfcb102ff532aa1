/**
 * A range written with a dash or a wave, 2021—2035 or 2～3, stays on one
 * line: GB/T 15834 and clreq ask that a connecting mark never start a line,
 * and Chromium may break before an em dash (a line at 360 px began
 * “—2035）》”). The range is wrapped in <span class="keep">, which the
 * styles keep unbroken; its characters are untouched, so the plan's text and
 * every test of it read the same. Runs last, after the plugins that find
 * titles and terms in the text, so that no span cuts a title in two.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** Digits (a year may carry 年), a dash or a wave, digits. */
export const RANGE = /\d+(?:\.\d+)?年?[—～~]\d+(?:\.\d+)?/g;

interface KeepNode {
  type: 'keepTogether';
  data: { hName: 'span'; hProperties: { className: string[] } };
  children: Text[];
}

/** The text cut around each range, the ranges as nodes the HTML renders as <span class="keep">. */
export function splitRanges(value: string): Array<Text | KeepNode> {
  const out: Array<Text | KeepNode> = [];
  let at = 0;
  for (const match of value.matchAll(RANGE)) {
    if (match.index > at) out.push({ type: 'text', value: value.slice(at, match.index) });
    out.push({ type: 'keepTogether', data: { hName: 'span', hProperties: { className: ['keep'] } }, children: [{ type: 'text', value: match[0] }] });
    at = match.index + match[0].length;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

export function remarkKeepRanges() {
  return (tree: Root) => {
    visit(tree, 'text', (node, index, parent) => {
      // search() ignores the global regex's lastIndex, which test() would move.
      if (!parent || index === undefined || node.value.search(RANGE) < 0) return;
      const parts = splitRanges(node.value);
      (parent.children as unknown[]).splice(index, 1, ...parts);
      // Skip what was inserted: the kept range's own text is not split again.
      return index + parts.length;
    });
  };
}
