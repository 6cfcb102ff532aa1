/**
 * After `astro build`: the Pagefind index of the plan, one record per block,
 * from dist/data/plan-blocks.json. Pages that are not the plan (about, 404,
 * the lists) are not indexed at all, so they never outrank the text.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { PlanBlockEntry } from '../src/lib/plan/plan-blocks.ts';
import { SEARCH_INCLUDE_CHARACTERS, searchRecord } from '../src/lib/search/search-records.ts';

// A folder other than dist/ may be named: `astro dev` indexes its own answer in a cache folder (src/integrations/dev-search.ts).
const dist = process.argv[2] ? `${resolve(process.argv[2])}/` : fileURLToPath(new URL('../dist/', import.meta.url));
const { blocks } = JSON.parse(readFileSync(`${dist}data/plan-blocks.json`, 'utf8')) as { blocks: PlanBlockEntry[] };

const fail = (what: string, errors: string[]): never => {
  console.error(`search index: ${what} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn', includeCharacters: SEARCH_INCLUDE_CHARACTERS });
if (!index || errors.length) fail('createIndex', errors);
for (const block of blocks) {
  const added = await index!.addCustomRecord(searchRecord(block));
  if (added.errors.length) fail(`adding ${block.id}`, added.errors);
}
rmSync(`${dist}pagefind`, { recursive: true, force: true });
const written = await index!.writeFiles({ outputPath: `${dist}pagefind` });
if (written.errors.length) fail('writeFiles', written.errors);
// Pagefind also writes its older UIs and its highlighter; the site uses the Component UI and its own highlighting.
for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
  rmSync(join(dist, 'pagefind', unused), { force: true });
}
await pagefind.close();
console.log(`search index: ${blocks.length} blocks indexed in ${Math.round(performance.now() - started)} ms`);
