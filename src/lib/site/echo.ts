/**
 * What the reader typed (or a shared link carried), quoted back in a message:
 * "“0x190”不是一个数值", "没有找到“…”". Every script that echoes input goes
 * through `echoInput`, so a message never shows half a character and never
 * lets an invisible control character act on the text around it.
 */

/** How many characters of the input a message quotes unless told otherwise. */
export const ECHO_LENGTH = 20;

/**
 * Characters that would act on the message instead of being read: C0 and C1
 * controls (\p{Cc}), the line and paragraph separators, and the format
 * characters (\p{Cf}): bidirectional marks, embeddings, overrides and
 * isolates (U+200E/F, U+202A–202E, U+2066–2069, U+061C), the byte order
 * mark, invisible operators. A right-to-left override in a quoted value would
 * reverse the sentence after it.
 */
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * Format characters that belong inside a character as the reader sees it:
 * the zero-width joiner of emoji sequences (👩‍💻) and scripts that join, the
 * non-joiner, and the tag characters of subdivision flags (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Kept after
 * a visible base in the same grapheme; alone, they are shown escaped too.
 */
const JOINING = /[\u200c\u200d\u{e0020}-\u{e007f}]/u;

/** A control character made visible, "U+202E", in brackets the message's punctuation does not use. */
export const escapeControl = (char: string): string => `〈U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}〉`;

/** The characters as the reader sees them (grapheme clusters), read lazily; code points where Intl.Segmenter is missing. */
function* graphemes(text: string): Generator<string> {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return yield* text;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) yield segment;
}

/** One grapheme with every control in it made visible, except a joiner that follows a visible character. */
function cleanGrapheme(grapheme: string): string {
  let out = '';
  let visible = false;
  for (const char of grapheme) {
    if (!CONTROL.test(char) || (visible && JOINING.test(char))) {
      out += char;
      visible = true;
    } else {
      out += escapeControl(char);
    }
  }
  return out;
}

/**
 * The input as a message quotes it: at most `max` characters as the reader
 * sees them (an emoji sequence, a letter with its accents, a surrogate pair
 * each count as one and are never cut), then "…" when there was more; control
 * and bidirectional characters shown as "〈U+202E〉", each counting as one.
 */
export function echoInput(text: string, max = ECHO_LENGTH): string {
  let kept = '';
  let count = 0;
  // Lazily: a pasted page or a runaway URL is not segmented past what the message shows.
  for (const grapheme of graphemes(text)) {
    if (count === max) return `${kept}…`;
    kept += cleanGrapheme(grapheme);
    count += 1;
  }
  return kept;
}
