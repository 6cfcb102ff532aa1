/**
 * The 繁體中文 edition's one conversion: OpenCC (opencc-js) from Mainland
 * Simplified ('cn') to Taiwan standard characters ('tw'). 'tw' changes
 * character forms only, never vocabulary, so every word of the plan stays the
 * word published; its forms (為, 著, 群) are those HK, Macao, TW and overseas
 * readers all read. Numbers, Latin letters and marks are not touched by OpenCC.
 */
import * as OpenCC from 'opencc-js';
import { PLAN_TITLE } from '../site/site.ts';

/** Named on /about/; a unit test checks the version against the installed package. */
export const HANT_CONVERSION = { library: 'opencc-js', version: '1.4.2', from: 'cn', to: 'tw' } as const;

/** The edition's path segment under the base, and its language tag. */
export const HANT_SEGMENT = 'zh-hant';
export const HANT_LANG = 'zh-Hant';
export const HANS_LANG = 'zh-Hans';

/**
 * Text that stays as published in the Traditional edition: the plan's
 * official title where it is cited (in 《》), as a citation must name the
 * document exactly as its publisher titled it.
 */
export const KEPT_AS_PUBLISHED = [`《${PLAN_TITLE}》`] as const;

/**
 * Where OpenCC's phrase table cuts the plan's words wrongly (生发 read as
 * 生髮 "hair" in 内生发展, 配制 as 配製 in 分配制度, 并发 as 併發 "concurrent"
 * in 并发布), the plan's own phrase is given with its right forms. Each is
 * longer than the wrong phrase it overlaps, so OpenCC's longest match takes it.
 * Listed on /about/; a unit test checks each still changes the result.
 */
export const HANT_CORRECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['内生发展', '內生發展'],
  ['优秀发明', '優秀發明'],
  ['保护发展', '保護發展'],
  ['分配制度', '分配制度'],
  ['并发布', '並發布'],
  ['资源并为', '資源並為'],
];

// The corrections join OpenCC's own first stage (Simplified → OpenCC Traditional), in one trie with its phrases.
const [firstStage = [], ...laterStages] = OpenCC.Locale.from[HANT_CONVERSION.from]!;
const opencc = OpenCC.ConverterFactory([[...firstStage, HANT_CORRECTIONS], ...laterStages], OpenCC.Locale.to[HANT_CONVERSION.to]!);
const plainOpencc = OpenCC.Converter({ from: HANT_CONVERSION.from, to: HANT_CONVERSION.to });

/** OpenCC without the corrections, for the test that each correction is still needed. */
export const uncorrected = (text: string) => plainOpencc(text);

/** The Traditional text of `text`, with what must stay as published left as it is. */
export function toHant(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    let at = -1;
    let kept = '';
    for (const phrase of KEPT_AS_PUBLISHED) {
      const i = text.indexOf(phrase, from);
      if (i !== -1 && (at === -1 || i < at)) [at, kept] = [i, phrase];
    }
    if (at === -1) return out + opencc(text.slice(from));
    out += opencc(text.slice(from, at)) + kept;
    from = at + kept.length;
  }
}

/**
 * For the client scripts' code (scripts/build-hant.ts): as toHant, and the
 * plan's title stays as published where a script holds it bare, as the
 * citation menu does to build 《title》 at run time.
 */
export const toHantCode = (code: string): string => code.split(PLAN_TITLE).map(toHant).join(PLAN_TITLE);

const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string) => HAN.test(text);
