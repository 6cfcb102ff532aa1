/**
 * The 繁體中文 edition's names and settings, apart from the conversion
 * itself (convert.ts): pages import these, and importing them does not bring
 * OpenCC's 1 MB of dictionaries into the build's page bundle.
 */
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

/** Marks an element (and what it holds) as staying as published in the Traditional edition. */
export const KEEP_ATTRIBUTE = 'data-edition-keep';
/**
 * Marks an element whose text and attributes show the address of a page of
 * the site (the share panel's caption, the handout's QR code): in the
 * Traditional edition they show the edition's address. Its value, where
 * given, is the address a QR code inside it (svg.qr-code) encodes, which is
 * drawn again for the edition.
 */
export const ADDRESS_ATTRIBUTE = 'data-edition-address';
/** The header's link to the other edition. */
export const SWITCH_ATTRIBUTE = 'data-edition-switch';
