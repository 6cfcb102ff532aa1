/**
 * What the 繁體 edition writes for the site's own text, read from the built
 * pages themselves: each Simplified page and its twin are walked side by side.
 * src/lib/hant/page.ts edits a page only inside its texts and shown
 * attributes, and the conversion keeps every text's length, so the n-th text
 * of the twin is the n-th text of the page, converted, character for
 * character. The plan's addressed blocks (reviewed on their own) and what the
 * edition keeps in Simplified (data-edition-keep) and the sources' words it
 * keeps as stored (data-edition-quote) are left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEP_ATTRIBUTE, QUOTE_ATTRIBUTE } from '../../src/lib/hant/edition.ts';
import { parseAddress } from '../../src/lib/plan/addresses.ts';
import { attr, DIST, isElement, listPages, readPage, type Node } from './dist.ts';

/** Attributes a reader sees or hears, which page.ts converts too. */
const SHOWN = ['aria-label', 'title', 'alt', 'content', 'placeholder'];

/** The page's site texts in document order. */
function siteTexts(node: Node, out: string[] = []): string[] {
  if (isElement(node)) {
    if (node.tagName === 'script' || node.tagName === 'style') return out;
    if (parseAddress(attr(node, 'id') ?? '') || attr(node, KEEP_ATTRIBUTE) !== undefined || attr(node, QUOTE_ATTRIBUTE) !== undefined) return out;
    for (const name of SHOWN) {
      const value = attr(node, name);
      if (value) out.push(value);
    }
    for (const child of node.childNodes) siteTexts(child, out);
  } else if (node.nodeName === '#text') out.push((node as { value: string }).value);
  else if ('childNodes' in node) for (const child of node.childNodes) siteTexts(child, out);
  return out;
}

export interface SitePair {
  where: string;
  hans: string;
  hant: string;
}

/** Each site text of every Simplified page and bundle beside what its twin writes for it. */
export function sitePairs(): { pairs: SitePair[]; unpaired: string[] } {
  const pairs: SitePair[] = [];
  const unpaired: string[] = [];
  for (const route of listPages().filter((r) => !r.startsWith('/zh-hant/'))) {
    const [hans, hant] = [siteTexts(readPage(route)), siteTexts(readPage(`/zh-hant${route}`))];
    if (hans.length !== hant.length) {
      unpaired.push(`${route}: ${hans.length} texts, its twin ${hant.length}`);
      continue;
    }
    hans.forEach((text, i) => {
      // Only the edition switch's label (繁體中文 → 简体中文) differs in length.
      if (text.length === hant[i]!.length) pairs.push({ where: route, hans: text, hant: hant[i]! });
      else unpaired.push(`${route}: ${text.trim()} → ${hant[i]!.trim()}`);
    });
  }
  const dir = join(DIST, '_astro');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    // The copy names the chunks it preloads in the edition's folder: the one difference in length.
    const hans = readFileSync(join(dir, file), 'utf8');
    const hant = readFileSync(join(DIST, 'zh-hant/_astro', file), 'utf8').replaceAll('"zh-hant/_astro/', '"_astro/');
    if (hans.length === hant.length) pairs.push({ where: `_astro/${file}`, hans, hant });
    else unpaired.push(`_astro/${file}`);
  }
  return { pairs, unpaired };
}
