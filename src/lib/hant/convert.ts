/**
 * The 繁體中文 edition's one conversion: OpenCC (opencc-js) from Mainland
 * Simplified ('cn') to Taiwan standard characters ('tw'). 'tw' changes
 * character forms only, never vocabulary, so every word of the plan stays the
 * word published; its forms (為, 著, 群) are those HK, Macao, TW and overseas
 * readers all read. Numbers, Latin letters and marks are not touched by OpenCC.
 */
import * as OpenCC from 'opencc-js';
import { PLAN_TITLE } from '../site/site.ts';
import { HANS_LANG, HANT_CONVERSION, HANT_LANG, hantCorrections, hantInterface } from './edition.ts';

export { HANS_LANG, HANT_CONVERSION, HANT_LANG, HANT_SEGMENT, hantCorrections, hantInterface, hantReviewed } from './edition.ts';

// The reviewed conversions join OpenCC's own first stage (Simplified → OpenCC Traditional), in one trie with its phrases,
// and first: where a group's dictionaries give one phrase twice, the first one's wins (opencc-js loads them in reverse).
const [firstStage = [], ...laterStages] = OpenCC.Locale.from[HANT_CONVERSION.from]!;
// Built on first use: loading OpenCC's dictionaries costs about 0.2 s of CPU, which pages that only import a name need not pay.
let corrected: ((text: string) => string) | undefined;
const opencc = (text: string) => (corrected ??= OpenCC.ConverterFactory([[hantCorrections(), ...firstStage], ...laterStages], OpenCC.Locale.to[HANT_CONVERSION.to]!))(text);

/** OpenCC without the corrections, for the test that each correction is still needed. */
let plain: ((text: string) => string) | undefined;
export const uncorrected = (text: string) => (plain ??= OpenCC.Converter({ from: HANT_CONVERSION.from, to: HANT_CONVERSION.to }))(text);

/**
 * The Traditional text of `text`: OpenCC's forms with the review table's
 * (src/content/hant/reviewed.json). The plan's words and its title are
 * converted alike; where the official title is cited, the page keeps it in an
 * element marked data-edition-keep (page.ts marks it lang="zh-Hans").
 */
export const toHant = (text: string): string => opencc(text);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let interfaceWords: { pattern: RegExp; form: Map<string, string> } | undefined;
// Longest first, so 搜索信息 is taken before 搜索.
const interfaceTable = () =>
  (interfaceWords ??= {
    pattern: new RegExp([...hantInterface()].sort(([a], [b]) => b.length - a.length).map(([hans]) => escape(hans)).join('|'), 'g'),
    form: new Map(hantInterface()),
  });

/**
 * The site's own text (navigation, buttons, labels, notes, the scripts'
 * messages) in the edition: toHant, with the interface table's words in
 * Taiwan usage, written by hand (搜尋, 列印, 連結, 設定, 資料, 網路 …). Never
 * for the plan's blocks; no entry occurs in the plan's text, so a quotation of
 * the plan elsewhere keeps its words.
 */
export function toHantSite(text: string): string {
  let out = '';
  let from = 0;
  const { pattern, form } = interfaceTable();
  for (const match of text.matchAll(pattern)) {
    out += opencc(text.slice(from, match.index)) + form.get(match[0])!;
    from = match.index + match[0].length;
  }
  return out + opencc(text.slice(from));
}

/**
 * For the client scripts' code (src/build/hant-edition.ts): their messages are
 * the site's text (toHantSite), and the plan's title stays as published where
 * a script holds it bare, as the citation menu does to cite it.
 */
export const toHantCode = (code: string): string => code.split(PLAN_TITLE).map(toHantSite).join(PLAN_TITLE);

/** Traditional to Simplified, only to tell in which script a quote was stored. */
let toHans: ((text: string) => string) | undefined;
/** How many characters `convert` changes in `text` (OpenCC keeps each character's place). */
const changed = (text: string, convert: (t: string) => string) => {
  const out = [...convert(text)];
  return [...text].filter((c, i) => out[i] !== c).length;
};

/**
 * The script a source's words were stored in: Traditional when more of their
 * characters have a Simplified form than a Traditional one (國務院印發, and
 * 宣傳週 … 主題爲 with the variants Taiwan writes otherwise), otherwise
 * Simplified (words the same in both scripts are read as Simplified, the
 * script they stand among on the site).
 */
export function storedScript(text: string): typeof HANS_LANG | typeof HANT_LANG {
  toHans ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return changed(text, toHans) > changed(text, opencc) ? HANT_LANG : HANS_LANG;
}

const HAN = /\p{Script=Han}/u;
export const hasHan = (text: string) => HAN.test(text);
