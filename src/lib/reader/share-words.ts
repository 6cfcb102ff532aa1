/**
 * 分享这段: the words a reader copies with a block's link, its place and a
 * short quote. Loaded with every page that has the share menu
 * (CitationMenu.astro), so it stays small; the 分享图's code is apart
 * (share-image-layout.ts).
 */

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How many characters of the block the quote keeps. */
export const QUOTE_LENGTH = 30;

/** Marks a quote does not end on before its “…”: it reads as a cut, not a sentence. */
const TRAILING_MARKS = /[，、；：。！？,;:.!?\s]+$/u;

/** The block's first QUOTE_LENGTH characters, as the plan has them, ending with … when cut; a short block whole. */
export function shareQuote(text: string, length = QUOTE_LENGTH): string {
  const chars = [...collapse(text)];
  if (chars.length <= length) return chars.join('');
  return `${chars.slice(0, length).join('').replace(TRAILING_MARKS, '')}…`;
}

/**
 * Inside a quotation the plan's own double quotes become single, as
 * Chinese nests them: “十四五” in a quote is ‘十四五’.
 */
const nestQuotes = (text: string) => text.replace(/“/g, '‘').replace(/”/g, '’');

export interface ShareWords {
  /** The plan's title, as the edition writes it. */
  title: string;
  /** The block's place: 三（二）第3段. */
  place: string;
  /** The block's text. */
  text: string;
  /** The block's canonical address, with its #id. */
  url: string;
}

/** What 复制摘录和链接 copies: 《title》place：“quote” and the address on a line of its own, where chat apps make it a link. */
export function shareText({ title, place, text, url }: ShareWords): string {
  return `《${title}》${place}：“${nestQuotes(shareQuote(text))}”\n${url}`;
}
