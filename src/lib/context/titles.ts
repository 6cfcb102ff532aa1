/**
 * The titles the plan names in 《…》, found the same way whether the text
 * carries ASCII or full-width punctuation: the published page had its
 * full-width ，；：（） folded to ASCII, and the site may restore them, so a
 * title is matched through a fold that maps one character to one character
 * and keeps every index where it was.
 */

/** Full-width ASCII variants (U+FF01–U+FF5E) to ASCII; every other character unchanged, so lengths and indexes agree. */
export function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export interface TitleAt {
  /** The title as printed, without the book-title marks. */
  title: string;
  /** Index of the opening 《 in the text. */
  at: number;
}

/** Every 《…》 in the text, in order; 《A》〔《B》〕 gives A and B. */
export function titlesIn(text: string): TitleAt[] {
  return [...text.matchAll(/《([^《》]+)》/g)].map((m) => ({ title: m[1]!, at: m.index }));
}

/** Whether two spellings of a title are the same once folded. */
export function sameTitle(a: string, b: string): boolean {
  return foldWidth(a) === foldWidth(b);
}

/** Where a 《 opens a title that no 》 closes, or a 》 closes none, in a text; undefined when every mark has its pair. */
export function unpairedTitleMark(text: string): { at: number; mark: '《' | '》' } | undefined {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '《') open.push(i);
    else if (text[i] === '》' && open.pop() === undefined) return { at: i, mark: '》' };
  }
  return open.length > 0 ? { at: open[0]!, mark: '《' } : undefined;
}
