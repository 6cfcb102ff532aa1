/**
 * The 分享图 of one block of the plan: its file name and its layout, the
 * block's text wrapped for Chinese, its place, the plan's title and source,
 * and a QR code to the block's address, on a card 1080 px wide (WeChat's width
 * for an image in Moments and chats). The browser draws it
 * (src/client/share-image.ts, loaded only when asked for) from these figures
 * alone. What is copied with the link: share-words.ts.
 */

/** Characters a file name may not hold on common systems. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** The 分享图's file name: 规划-三（二）第3段.png (`prefix` is the edition's word for 规划). */
export function shareImageName(place: string, prefix = '规划'): string {
  return `${prefix}-${place}.png`.replace(UNSAFE_IN_NAME, '_');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Marks that may not begin a line (避头): closing brackets and quotes, and the pause and stop marks. */
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’〕】…—·%％,.;:?!)]}']);
/** Marks that may not end a line (避尾): opening brackets and quotes. */
const NO_LINE_END = new Set([...'（《「『“‘〔【([{']);
/** A run of Latin letters, digits and their marks is kept on one line where it fits (2025, GDP, 3.6%, a URL's word). */
const LATIN = /[A-Za-z0-9.%％+\-]/;

/** One unit the wrapper may not split: a Han character, a mark, or a Latin run. */
function units(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out.at(-1);
    if (last !== undefined && LATIN.test(ch) && LATIN.test(last.at(-1)!)) out[out.length - 1] = last + ch;
    else out.push(ch);
  }
  return out;
}

/**
 * `text` broken into lines no wider than `width` as `measure` reads them
 * (the canvas's measureText in the browser), with the Chinese rules: a
 * closing mark is pulled up onto the line before (it may hang a little past
 * the width rather than start a line), an opening mark goes down with what it
 * opens, and a Latin run moves whole to the next line unless it is wider than
 * a line, when it is broken by character.
 */
export function wrapLines(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const pieces = units(collapse(text)).flatMap((unit) => (unit.length > 1 && measure(unit) > width ? [...unit] : [unit]));
  for (const piece of pieces) {
    if (line === '' || measure(line + piece) <= width) {
      line += piece;
      continue;
    }
    const first = [...piece][0]!;
    if (NO_LINE_START.has(first)) {
      // Hangs: a mark never starts a line.
      line += piece;
      continue;
    }
    let carried = '';
    // An opening mark at the end of the full line goes down with the word it opens.
    while (line.length > 1 && NO_LINE_END.has([...line].at(-1)!)) {
      const chars = [...line];
      carried = chars.pop()! + carried;
      line = chars.join('');
    }
    lines.push(line.trimEnd());
    line = (carried + piece).trimStart();
  }
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}

/** The card's fixed figures, in CSS pixels of the PNG (1:1). */
export const CARD = {
  width: 1080,
  padding: 96,
  /** The accent rule across the top. */
  rule: 12,
  place: { size: 34, lineHeight: 52 },
  body: { size: 46, lineHeight: 82 },
  title: { size: 30, lineHeight: 46 },
  source: { size: 24, lineHeight: 36 },
  /** The QR code's side, quiet zone included. */
  qr: 240,
  /** Between the place and the text, the text and the footer, and the footer's text and the code. */
  gap: 56,
  colours: { background: '#fffdf8', text: '#1c1b19', muted: '#5c5a55', accent: '#a4262c', line: '#d9d4c7' },
} as const;

/** The widths text is wrapped to: the block's across the card, the footer's beside the QR code. */
export const BODY_WIDTH = CARD.width - CARD.padding * 2;
export const FOOTER_WIDTH = BODY_WIDTH - CARD.qr - CARD.gap / 2;

export interface CardLines {
  body: string[];
  title: string[];
  source: string[];
}

export interface CardLayout {
  width: number;
  height: number;
  /** Baselines (y) of each line, and where the QR code and the footer's rule stand. */
  place: number;
  body: number[];
  divider: number;
  title: number[];
  source: number[];
  qr: { x: number; y: number; size: number };
}

/** Where each line stands, and the card's height to fit them. Text is drawn with its top at each figure (textBaseline top). */
export function cardLayout(lines: CardLines): CardLayout {
  const { padding, gap } = CARD;
  let y = CARD.rule + padding;
  const place = y;
  y += CARD.place.lineHeight + gap / 2;
  const body = lines.body.map((_, i) => y + i * CARD.body.lineHeight);
  y += lines.body.length * CARD.body.lineHeight + gap / 2;
  const divider = y;
  y += gap;
  const footerTop = y;
  const title = lines.title.map((_, i) => footerTop + i * CARD.title.lineHeight);
  const sourceTop = footerTop + lines.title.length * CARD.title.lineHeight + 12;
  const source = lines.source.map((_, i) => sourceTop + i * CARD.source.lineHeight);
  const footerText = sourceTop + lines.source.length * CARD.source.lineHeight - footerTop;
  const footer = Math.max(footerText, CARD.qr);
  return {
    width: CARD.width,
    height: Math.ceil(footerTop + footer + padding),
    place,
    body,
    divider,
    title,
    source,
    qr: { x: CARD.width - padding - CARD.qr, y: footerTop, size: CARD.qr },
  };
}
