/**
 * The excerpt under a search result: the words sought in their sentence,
 * marked, starting and ending where a reader would (after a punctuation
 * mark, or at least between two words, never inside 质押 as in “押融资…”).
 */

/** [start, end) offsets in the block's text. */
export type Span = readonly [start: number, end: number];

/**
 * About four lines on a 360 px phone at the result's font size, enough for
 * the clause before and after the match; a block this short is shown whole.
 */
export const EXCERPT_LENGTH = 90;
/** How far before the match to look for the start of its clause. */
const LEAD = 30;

const BREAK_AFTER = /[,.;:!?，。；：！？、)）”’」』\]】》\s]/u;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

let segmenter: Intl.Segmenter | undefined;

/** Offsets where a word starts, as the browser's segmenter cuts the text. */
function wordStarts(text: string): number[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.index);
}

/** Overlapping or touching spans merged, in order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Where the excerpt starts: after the last punctuation mark shortly before the match, else at a word start. */
function startBefore(text: string, at: number, words: number[]): number {
  if (at <= LEAD) return 0;
  for (let i = at - 1; i >= at - LEAD; i -= 1) if (BREAK_AFTER.test(text[i]!)) return i + 1;
  const floor = at - LEAD;
  return words.find((w) => w >= floor && w <= at) ?? at;
}

/** Where it ends: after a punctuation mark near the length limit, else at a word start. */
function endAfter(text: string, from: number, limit: number, words: number[]): number {
  if (limit >= text.length) return text.length;
  for (let i = limit - 1; i >= Math.max(from, limit - 20); i -= 1) if (BREAK_AFTER.test(text[i]!)) return i + 1;
  return [...words].reverse().find((w) => w <= limit && w > from) ?? limit;
}

/**
 * The excerpt as HTML (the text escaped, the spans in <mark>): from a
 * sensible start before the first span to about EXCERPT_LENGTH characters,
 * with “…” where the block goes on.
 */
export function excerptHtml(text: string, spans: readonly Span[], length = EXCERPT_LENGTH): string {
  const marks = mergeSpans(spans);
  const first = marks[0]?.[0] ?? 0;
  const words = text.length > length ? wordStarts(text) : [];
  let start = text.length <= length ? 0 : startBefore(text, first, words);
  // A match near the end of a long block: start earlier so the excerpt is full.
  if (text.length > length && text.length - start < length) start = startBefore(text, text.length - length + LEAD, words);
  const end = endAfter(text, Math.max(start, marks[0]?.[1] ?? start), start + length, words);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [s, e] of marks) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    html += `${escapeHtml(text.slice(at, from))}<mark>${escapeHtml(text.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(text.slice(at, end));
  if (end < text.length) html += '…';
  return html;
}
