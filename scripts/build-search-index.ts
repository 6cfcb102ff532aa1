/**
 * After `astro build`: the search index, dist/pagefind/plan-index.json, the
 * plan's blocks as src/lib/search/plan-search.ts reads them; and Pagefind's
 * Component UI (script and styles), which shows the results. Pagefind's own
 * engine, wasm and word index are not used (see plan-search.ts), so they are
 * not shipped. Pages that are not the plan are not searchable at all.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { PlanBlockEntry } from '../src/lib/plan/plan-blocks.ts';
import { planIndexFile } from '../src/lib/search/plan-search.ts';

// A folder other than dist/ may be named: `astro dev` indexes its own answer in a cache folder (src/integrations/dev-search.ts).
const dist = process.argv[2] ? `${resolve(process.argv[2])}/` : fileURLToPath(new URL('../dist/', import.meta.url));
const out = join(dist, 'pagefind');
const { blocks } = JSON.parse(readFileSync(`${dist}data/plan-blocks.json`, 'utf8')) as { blocks: PlanBlockEntry[] };

const fail = (what: string, errors: string[]): never => {
  console.error(`search index: ${what} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

const started = performance.now();
rmSync(out, { recursive: true, force: true });
// An empty Pagefind index still writes its UI files; everything else it writes is removed.
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
if (!index || errors.length) fail('createIndex', errors);
const written = await index!.writeFiles({ outputPath: out });
if (written.errors.length) fail('writeFiles', written.errors);
await pagefind.close();
const KEEP = new Set(['pagefind-component-ui.js', 'pagefind-component-ui.css']);
for (const name of readdirSync(out)) if (!KEEP.has(name)) rmSync(join(out, name), { recursive: true, force: true });

writeFileSync(join(out, 'plan-index.json'), JSON.stringify(planIndexFile(blocks)));
console.log(`search index: ${blocks.length} blocks in ${Math.round(performance.now() - started)} ms`);
