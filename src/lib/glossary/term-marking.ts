/**
 * Where in a run of text the glossary terms are marked: the first occurrence
 * of each term in a section, the longest spelling winning when two start at
 * the same place (高价值发明专利 over 发明专利), and never a term inside
 * another already marked.
 */

export interface TermSpelling {
  termId: string;
  text: string;
}

export interface Piece {
  text: string;
  /** Set when the piece is a term to mark. */
  termId?: string;
}

/**
 * Splits `text` into plain pieces and term pieces. `marked` holds the terms
 * already marked in this section; the terms marked here are added to it.
 */
export function markTerms(text: string, spellings: TermSpelling[], marked: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (;;) {
    let best: { at: number; spelling: TermSpelling } | null = null;
    for (const spelling of spellings) {
      if (marked.has(spelling.termId)) continue;
      const at = text.indexOf(spelling.text, from);
      if (at === -1) continue;
      if (!best || at < best.at || (at === best.at && spelling.text.length > best.spelling.text.length)) best = { at, spelling };
    }
    if (!best) break;
    if (best.at > from) pieces.push({ text: text.slice(from, best.at) });
    pieces.push({ text: best.spelling.text, termId: best.spelling.termId });
    marked.add(best.spelling.termId);
    from = best.at + best.spelling.text.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from) });
  return pieces;
}

/** The section a block's marks are counted in: s3-2 for s3-2-p3, c1 for c1-i2, s0 for s0-p1. */
export function markingSection(blockId: string): string {
  return blockId.replace(/-(p|i)\d+$/, '');
}
