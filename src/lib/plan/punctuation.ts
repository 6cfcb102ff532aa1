/**
 * The plan's punctuation as the official document sets it.
 *
 * The copy the project received (src/content/source/plan-source.txt) went through
 * a full-width → half-width conversion: every ，；：（） became , ; : ( ), while
 * 。、“”《》, which have no ASCII twin, stayed as they were. Chinese text takes
 * full-width marks (GB/T 15834—2011 标点符号用法), so the site shows them
 * full-width again. Each restored mark is the full-width form (U+FF01–U+FF5E)
 * of the ASCII mark received, so folding those forms back gives the received
 * text byte for byte: foldFullWidth(restoreFullWidth(line)) === line. That is
 * the proof, tested on every build, that no word changed.
 *
 * A mark is restored only where it stands in Chinese context, that is where a
 * neighbour is a Chinese character or mark; inside number and Latin tokens
 * (30.96, 1,000, GB/T34833-2017, 1+2+N, 8:00) ASCII stays. Brackets go by
 * pairs: both become full-width when either touches Chinese or they enclose
 * it, so （TISC） and （2021-2025） stay matched.
 *
 * The tilde of 2~3个 becomes the 浪纹线 ～ (U+FF5E): GB/T 15834—2011, 4.13
 * (连接号), gives the 浪纹线 for the limits of a range of values (25～30 g,
 * 第五～八课). Only a tilde between two numerals is a range; the hyphens of
 * 2021-2025 and 2-3个 are left as printed, since the only full-width twin of
 * "-" (－) is not the 一字线 and folding must give the source back.
 */

/** ASCII mark → the full-width form the official document uses. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

const RANGE_TILDE = '～';

/**
 * Characters that make their neighbourhood Chinese: Han characters, CJK
 * symbols and punctuation (、。《》〔〕), full-width forms (，（）), and the
 * quotes, dashes and ellipsis Chinese text shares with Western text (“”‘’—…).
 */
const CHINESE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018-\u201D\u2014\u2026]/u;
const NUMERAL = /[0-9〇零一二三四五六七八九十百千万]/u;

const isChinese = (ch: string | undefined): boolean => ch !== undefined && CHINESE.test(ch);

/** The index of the bracket that closes each "(" and opens each ")", for balanced pairs. */
function bracketPairs(chars: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, i);
      pairs.set(i, start);
    }
  });
  return pairs;
}

/** The line with its ASCII ，；：（）？！ restored to full width where they stand in Chinese context, and 2~3 to 2～3. */
export function restoreFullWidth(line: string): string {
  const chars = [...line];
  const pairs = bracketPairs(chars);
  const touchesChinese = (i: number) => isChinese(chars[i - 1]) || isChinese(chars[i + 1]);

  // Brackets first, so that a mark beside a restored bracket (（区）,26家) sees it as Chinese.
  for (const [i, j] of pairs) {
    if (i > j || chars[i] !== '(') continue;
    if (touchesChinese(i) || touchesChinese(j) || chars.slice(i + 1, j).some(isChinese)) {
      chars[i] = FULL_WIDTH['(']!;
      chars[j] = FULL_WIDTH[')']!;
    }
  }
  // Each restored mark can make its neighbour Chinese context (),(): repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    chars.forEach((ch, i) => {
      const full = ch === '~' ? RANGE_TILDE : FULL_WIDTH[ch];
      if (full === undefined || ch === '(' || ch === ')') return;
      const restore = ch === '~' ? isRangeInChinese(chars, i) : touchesChinese(i);
      if (restore) {
        chars[i] = full;
        changed = true;
      }
    });
  }
  return chars.join('');
}

/** A tilde between two numerals whose range stands in Chinese text: 2~3个, 第五~八课; not a~b or 2~3 alone. */
function isRangeInChinese(chars: readonly string[], i: number): boolean {
  if (!NUMERAL.test(chars[i - 1] ?? '') || !NUMERAL.test(chars[i + 1] ?? '')) return false;
  let before = i - 1;
  while (before > 0 && /[0-9.]/u.test(chars[before]!)) before -= 1;
  let after = i + 1;
  while (after < chars.length && /[0-9.]/u.test(chars[after]!)) after += 1;
  return isChinese(chars[before]) || isChinese(chars[after]);
}

/** Full-width forms U+FF01–U+FF5E folded to their ASCII twins: the received text, from the displayed text. */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Where an ASCII , ; : ( ) touches a Chinese character: what a restored text must not contain. */
export const ASCII_MARK_BESIDE_CHINESE = /[\u2E80-\u9FFF][,;:()]|[,;:()][\u2E80-\u9FFF]/u;
