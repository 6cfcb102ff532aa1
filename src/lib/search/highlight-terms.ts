/**
 * What to mark on a page reached from a search, and where. The search puts
 * each phrase as printed in the block in ?highlight= (PCT, not the pct the
 * reader may have typed), so matching here is exact and respects case.
 */
import { MAX_QUERY_LENGTH } from './query.ts';

/** No more phrases than this are marked, however many the address carries. */
const MAX_PHRASES = 10;

/**
 * The phrases to mark. Links made by Pagefind's engine passed a phrase cut
 * into words (质, 押, 融资): those are put back together when the whole
 * phrase is on the page, and a single character is marked only when it is
 * all that was sought.
 */
export function highlightPhrases(params: string[], pageText: string): string[] {
  const cleaned = [...new Set(params.map((w) => w.trim()).filter((w) => w && [...w].length <= MAX_QUERY_LENGTH))].slice(0, MAX_PHRASES);
  if (cleaned.length === 0) return [];
  const joined = cleaned.join('');
  if (cleaned.length > 1 && pageText.includes(joined)) return [joined];
  const found = cleaned.filter((w) => pageText.includes(w));
  return found.length > 1 ? found.filter((w) => [...w].length > 1) : found;
}

/** A stretch of one piece of text (one DOM text node): [start, end). */
export interface PieceRange {
  piece: number;
  start: number;
  end: number;
}

/**
 * Every occurrence of the phrases in a run of text pieces read as one string
 * (the text nodes of one paragraph, a glossary link among them), each as the
 * stretches of the pieces it covers. Where two occurrences overlap, the one
 * that starts first (the longer, at a tie) wins; all others are kept, however
 * many share a piece.
 */
export function phraseRanges(pieces: readonly string[], phrases: readonly string[]): PieceRange[][] {
  const text = pieces.join('');
  const found: Array<[number, number]> = [];
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) found.push([at, at + phrase.length]);
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const starts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    starts.push(offset);
    offset += piece.length;
  }
  const result: PieceRange[][] = [];
  let reached = 0;
  for (const [start, end] of found) {
    if (start < reached) continue;
    reached = end;
    const stretches: PieceRange[] = [];
    pieces.forEach((piece, i) => {
      const from = Math.max(start, starts[i]!);
      const to = Math.min(end, starts[i]! + piece.length);
      if (from < to) stretches.push({ piece: i, start: from - starts[i]!, end: to - starts[i]! });
    });
    result.push(stretches);
  }
  return result;
}
