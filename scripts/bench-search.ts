/**
 * For `npm run bench`: search. The index's size, the bytes a first query
 * fetches and how long results take cold and warm, the first query through
 * the dialog, and how often segmentation makes a phrase of the plan
 * unfindable. Measured with the offline worker blocked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { planTerms, planWordRuns, type PlanTerm } from '../src/lib/search/plan-terms.ts';
import { topHits } from '../tests/support/search.ts';
import { DIST as dist, kb, median } from './bench-support.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const QUERIES = ['质押融资', '商标', 'PCT', '4872', '10%', '集成电路布图设计', '1+2+N'];
const RUNS = 7;

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

let served: Array<{ path: string; bytes: number }> = [];
const server = await startStaticServer({ root: dist, port: 0, onServed: (s) => served.push(s) });
const browser: Browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const SEARCH_API = `async (query) => {
  const t0 = performance.now();
  window.__pagefind ??= import('/pagefind/pagefind.js');
  const pagefind = await window.__pagefind;
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  return performance.now() - t0;
}`;
const timeQuery = (page: Page, query: string) => page.evaluate(`(${SEARCH_API})(${JSON.stringify(query)})`) as Promise<number>;


const indexBytes = ['index', 'fragment', 'filter'].reduce((sum, dir) => sum + sizeOf(join(dist, 'pagefind', dir)), 0);
console.log(`  index on disk: ${kb(sizeOf(join(dist, 'pagefind')))} for the whole bundle, ${kb(indexBytes)} of it index, fragments and filters`);

// Cold: a new browser context each run, so nothing is cached, the wasm included.
const cold: number[] = [];
const coldBytes: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}protection/`);
  served = [];
  cold.push(await timeQuery(page, QUERIES[run % QUERIES.length]!));
  coldBytes.push(served.reduce((sum, s) => sum + s.bytes, 0));
  await context.close();
}
console.log(`  first query, cold (API, wasm load included): median ${median(cold).toFixed(0)} ms of ${RUNS}, ${kb(median(coldBytes))} fetched (gzip)`);

// Through the dialog, as a reader: the Component UI's script and styles come on top.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}protection/`);
  served = [];
  await page.keyboard.press('/');
  await page.locator('dialog.pf-modal input').waitFor();
  await page.keyboard.type('质押融资');
  await page.locator('dialog pagefind-results a.pf-result-link').first().waitFor();
  await page.waitForTimeout(300);
  const bytes = served.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`  first query through the dialog: ${kb(bytes)} fetched (gzip) in ${served.length} requests`);
  await context.close();
}

// Warm: the same page, the index and wasm loaded; each query repeated.
{
  const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
  await page.goto(`${server.url}protection/`);
  await timeQuery(page, '知识产权');
  for (const query of QUERIES) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) times.push(await timeQuery(page, query));
    console.log(`  warm ${query.padEnd(10)} median ${median(times).toFixed(1)} ms of ${RUNS}`);
  }

  console.log('Segmentation gaps (a term is missed when no block containing it is in the top 3)');
  const { blocks } = JSON.parse(readFileSync(join(dist, 'data/plan-blocks.json'), 'utf8')) as { blocks: Array<{ id: string; kind: string; text: string }> };
  const text = blocks.filter((b) => b.kind !== 'table' && b.kind !== 'table-row');
  const measure = async (name: string, terms: PlanTerm[]) => {
    let missed = 0;
    let nothing = 0;
    const examples: string[] = [];
    for (const term of terms) {
      const hits = await topHits(page, term.term, 3);
      if (hits.length === 0) nothing += 1;
      if (!hits.some((h) => term.blocks.includes(h.id))) {
        missed += 1;
        if (examples.length < 8) examples.push(term.term);
      }
    }
    console.log(`  ${name}: ${terms.length} terms, ${missed} missed, ${nothing} with no result at all${examples.length ? ` (e.g. ${examples.join(', ')})` : ''}`);
  };
  await measure('phrases of 4 to 8 characters between punctuation', planTerms(text, blocks));
  await measure('runs of 2 to 4 words, 4 to 8 characters', planWordRuns(text, blocks));
  await page.close();
}

await browser.close();
await server.close();
