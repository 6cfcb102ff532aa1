/**
 * The 繁體中文 edition's one conversion: OpenCC (opencc-js) from Mainland
 * Simplified ('cn') to Taiwan standard characters ('tw'). 'tw' changes
 * character forms only, never vocabulary, so every word of the plan stays the
 * word published; its forms (為, 著, 群) are those HK, Macao, TW and overseas
 * readers all read. Numbers, Latin letters and marks are not touched by OpenCC.
 */
import * as OpenCC from 'opencc-js';
import { PLAN_TITLE } from '../site/site.ts';
import { HANT_CONVERSION, HANT_CORRECTIONS, KEPT_AS_PUBLISHED } from './edition.ts';

export { HANS_LANG, HANT_CONVERSION, HANT_CORRECTIONS, HANT_LANG, HANT_SEGMENT, KEPT_AS_PUBLISHED } from './edition.ts';

// The corrections join OpenCC's own first stage (Simplified → OpenCC Traditional), in one trie with its phrases.
const [firstStage = [], ...laterStages] = OpenCC.Locale.from[HANT_CONVERSION.from]!;
// Built on first use: loading OpenCC's dictionaries costs about 0.2 s of CPU, which pages that only import a name need not pay.
let corrected: ((text: string) => string) | undefined;
const opencc = (text: string) => (corrected ??= OpenCC.ConverterFactory([[...firstStage, HANT_CORRECTIONS], ...laterStages], OpenCC.Locale.to[HANT_CONVERSION.to]!))(text);

/** OpenCC without the corrections, for the test that each correction is still needed. */
let plain: ((text: string) => string) | undefined;
export const uncorrected = (text: string) => (plain ??= OpenCC.Converter({ from: HANT_CONVERSION.from, to: HANT_CONVERSION.to }))(text);

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
 * For the client scripts' code (src/build/hant-edition.ts): as toHant, and the
 * plan's title stays as published where a script holds it bare, as the
 * citation menu does to build 《title》 at run time.
 */
export const toHantCode = (code: string): string => code.split(PLAN_TITLE).map(toHant).join(PLAN_TITLE);

const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string) => HAN.test(text);
