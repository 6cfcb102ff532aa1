/**
 * The 繁體中文 edition's names and settings, apart from the conversion
 * itself (convert.ts): pages import these, and importing them does not bring
 * OpenCC's 1 MB of dictionaries into the build's page bundle.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Named on /about/; a unit test checks the version against the installed package. */
export const HANT_CONVERSION = { library: 'opencc-js', version: '1.4.2', from: 'cn', to: 'tw' } as const;

/** The edition's path segment under the base, and its language tag. */
export const HANT_SEGMENT = 'zh-hant';
export const HANT_LANG = 'zh-Hant';
export const HANS_LANG = 'zh-Hans';

/** One reviewed conversion (src/content/hant/reviewed.json). */
export interface ReviewedConversion {
  /** The Simplified context, as it stands in the text. */
  hans: string;
  /** Its reviewed Traditional form. */
  hant: string;
  /** 'plan' when the context occurs in the plan's own text, 'site' when only in the site's. */
  where: 'plan' | 'site';
  reason: string;
}

/**
 * The review table: where OpenCC's cn→tw writes a form Taiwan readers would
 * not (新征程 as 新徵程, 沈抚 as 沈撫, 伙伴 kept), or two forms of one word
 * (發佈 and 發布), the Simplified context is given with its reviewed form.
 * Joined to OpenCC's first stage: each is at least as long as the OpenCC
 * phrase it overlaps, so OpenCC's longest match takes it. Listed on /about/;
 * unit tests check each still changes OpenCC's result.
 */
export const HANT_REVIEWED_FILE = 'src/content/hant/reviewed.json';
export const HANT_INTERFACE_FILE = 'src/content/hant/interface.json';

// Read from the project's folder (as src/data reads the explorer's tags), on first use: pages that import only a name read nothing.
const readEntries = <T>(file: string): T[] => (JSON.parse(readFileSync(resolve(file), 'utf8')) as { entries: T[] }).entries;
let reviewed: ReadonlyArray<ReviewedConversion> | undefined;
let interfaceTable: ReadonlyArray<readonly [string, string]> | undefined;

export const hantReviewed = (): ReadonlyArray<ReviewedConversion> => (reviewed ??= readEntries<ReviewedConversion>(HANT_REVIEWED_FILE));
export const hantCorrections = (): ReadonlyArray<readonly [string, string]> => hantReviewed().map(({ hans, hant }) => [hans, hant] as const);

/** How many times `phrase` occurs in `text`, not overlapping. */
export const occurrences = (text: string, phrase: string): number => text.split(phrase).length - 1;

/**
 * The places of `text` each reviewed conversion takes, as the conversion
 * does: the longest context first, a place taken once (并发布 is not also a
 * place of 发布). By entry, in the table's order.
 */
export function reviewedPlaces(text: string, entries: ReadonlyArray<ReviewedConversion> = hantReviewed()): number[] {
  const taken = new Uint8Array(text.length);
  const counts = new Map<string, number>();
  for (const { hans } of [...entries].sort((a, b) => b.hans.length - a.hans.length)) {
    let n = 0;
    for (let at = text.indexOf(hans); at !== -1; at = text.indexOf(hans, at + hans.length)) {
      if (taken.subarray(at, at + hans.length).some(Boolean)) continue;
      taken.fill(1, at, at + hans.length);
      n += 1;
    }
    counts.set(hans, n);
  }
  return entries.map(({ hans }) => counts.get(hans) ?? 0);
}

/**
 * The site's interface words in Taiwan usage, written by hand
 * (HANT_INTERFACE_FILE, src/content/hant/interface.json): 搜索 → 搜尋, 打印 → 列印, 链接 → 連結 …
 * Applied to the site's text and the scripts' messages, never to the plan's
 * blocks; no entry occurs in the plan's text (a unit test), so the plan's
 * words are never rewritten wherever they are quoted. Each keeps its length.
 */
export const hantInterface = (): ReadonlyArray<readonly [string, string]> =>
  (interfaceTable ??= readEntries<{ hans: string; hant: string }>(HANT_INTERFACE_FILE).map(({ hans, hant }) => [hans, hant] as const));

/**
 * Marks an element (and what it holds) as staying as published in the Traditional edition:
 * there it is marked lang="zh-Hans" (the plan's official title in a citation, Simplified examples).
 */
export const KEEP_ATTRIBUTE = 'data-edition-keep';
/**
 * Marks a source's words quoted as stored (Sources.astro, SourceNote.astro, the
 * scorecard's latest value): in the Traditional edition they stay in the
 * characters they were stored in, since a quote is the source's words as
 * stored, and are marked with that script (lang="zh-Hans", or "zh-Hant" for a
 * quote stored in Traditional), so each draws in its own font.
 */
export const QUOTE_ATTRIBUTE = 'data-edition-quote';
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
