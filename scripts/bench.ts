/**
 * `npm run bench`: figures, not pass/fail. Measured with the offline service
 * worker blocked, so its background download is not counted as the page's. The build's time; for each kind of
 * page, its HTML, CSS and JS bytes (raw and gzip), its requests on first load
 * and its Lighthouse scores; then search: the index's size, the bytes a first
 * query fetches, how long results take cold and warm, and how often
 * segmentation makes a phrase of the plan unfindable. It runs a build first.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type Page } from 'playwright-core';
import { planTerms, planWordRuns, type PlanTerm } from '../src/lib/search/plan-terms.ts';
import { topHits } from '../tests/support/search.ts';
import { startStaticServer } from './static-server.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const QUERIES = ['质押融资', '商标', 'PCT', '4872', '10%', '集成电路布图设计', '1+2+N'];
const RUNS = 7;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGE_TYPES: Array<[string, string]> = [
  ['home', ''],
  ['a part (三)', 'protection/'],
  ['全文', 'full/'],
  ['指标', 'indicators/'],
  ['数字速查', 'figures/'],
  ['搜索', 'search/?q=%E5%95%86%E6%A0%87'],
];

// The build, timed as a reader of the README runs it.
{
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
  console.log(`Build: ${((performance.now() - started) / 1000).toFixed(1)} s for \`npm run build\` (astro build, search index, offline worker)`);
}

let served: Array<{ path: string; bytes: number }> = [];
const server = await startStaticServer({ root: dist, port: 0, onServed: (s) => served.push(s) });
const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });

console.log('Pages on first load (gzip as served; raw as built)');
for (const [name, route] of PAGE_TYPES) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  served = [];
  await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
  await context.close();
  const kinds: Record<'html' | 'css' | 'js' | 'other', [raw: number, gzip: number]> = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
  for (const s of served) {
    const ext = extname(s.path);
    const kind = ext === '.css' ? 'css' : ext === '.js' ? 'js' : ext === '' || ext === '.html' ? 'html' : 'other';
    const file = join(dist, s.path.endsWith('/') ? `${s.path}index.html` : s.path);
    kinds[kind][0] += statSync(file).size;
    kinds[kind][1] += s.bytes;
  }
  const total = served.reduce((sum, s) => sum + s.bytes, 0);
  const show = (k: keyof typeof kinds) => `${k.toUpperCase()} ${kb(kinds[k][0])} / ${kb(kinds[k][1])}`;
  console.log(`  ${name.padEnd(12)} ${show('html')}, ${show('css')}, ${show('js')}, other ${kb(kinds.other[1])}; ${served.length} requests, ${kb(total)} in all`);
}

console.log('Lighthouse (performance, accessibility, best practices, SEO)');
{
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_FLAGS] });
  for (const [name, route] of PAGE_TYPES) {
    const result = await lighthouse(`${server.url}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = Object.values(result!.lhr.categories).map((c) => Math.round((c.score ?? 0) * 100));
    console.log(`  ${name.padEnd(12)} ${scores.join(' / ')}`);
  }
  chrome.kill();
}


const SEARCH_API = `async (query) => {
  const t0 = performance.now();
  window.__pagefind ??= import('/pagefind/pagefind.js');
  const pagefind = await window.__pagefind;
  const search = await pagefind.search(query);
  await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
  return performance.now() - t0;
}`;
const timeQuery = (page: Page, query: string) => page.evaluate(`(${SEARCH_API})(${JSON.stringify(query)})`) as Promise<number>;

console.log('Search');
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
