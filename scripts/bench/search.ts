/**
 * For `npm run bench`: search, for the project and the Starlight peer side by
 * side (the peer as the build section left it): the bytes and time of a cold first query (a new browser
 * context, nothing cached), warm query times, and how text copied from the
 * plan ranks. Each site is searched through its own JavaScript API, as its
 * pages do: the project through `<site-search>`'s planSearch(), the peer
 * through Pagefind's pagefind.js; both fetch the top five results' data.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readPlanIndex, searchPlan } from '../../src/lib/search/plan-search.ts';
import { planWordRuns, rankCopiedPhrases } from '../../src/lib/search/plan-terms.ts';
import { DIST, kb, median, PEER_DIST, peerBuilt } from './support.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';

export interface SearchSite {
  name: string;
  /** The built site. */
  root: string;
  api: 'plan' | 'pagefind';
}

const QUERIES = ['质押融资', '商标', 'PCT', '4872', '10%', '集成电路布图设计', '1+2+N', '加快知识产权'];
const COLD_RUNS = 7;
const WARM_RUNS = 9;


/* Strings, evaluated in the page: the page, not Node, must do the import. */
const SEARCH = {
  plan: `async (query) => {
    const t0 = performance.now();
    const api = await document.querySelector('site-search').planSearch();
    const search = await api.search(query);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { ms: performance.now() - t0, texts: data.map((d) => d.content) };
  }`,
  pagefind: `async (query) => {
    const t0 = performance.now();
    window.__pagefind ??= import('/pagefind/pagefind.js');
    const pagefind = await window.__pagefind;
    const search = await pagefind.search(query);
    const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
    return { ms: performance.now() - t0, texts: data.map((d) => d.content) };
  }`,
};

type Answer = { ms: number; texts: string[] };
const ask = (page: Page, site: SearchSite, query: string) => page.evaluate(`(${SEARCH[site.api]})(${JSON.stringify(query)})`) as Promise<Answer>;

export interface SearchFigures {
  coldMs: number;
  coldBytes: number;
  warmMs: number;
  warmPerQuery: Array<[string, number]>;
}

export async function measureSearch(browser: Browser, site: SearchSite): Promise<SearchFigures> {
  let served: Array<{ path: string; bytes: number }> = [];
  const server = await startStaticServer({ root: site.root, port: 0, onServed: (s) => served.push(s) });
  try {
    const coldMs: number[] = [];
    const coldBytes: number[] = [];
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${server.url}protection/`, { waitUntil: 'networkidle' });
      served = [];
      coldMs.push((await ask(page, site, QUERIES[run % QUERIES.length]!)).ms);
      coldBytes.push(served.reduce((sum, s) => sum + s.bytes, 0));
      await context.close();
    }
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}protection/`, { waitUntil: 'networkidle' });
    for (const query of QUERIES) await ask(page, site, query);
    const all: number[] = [];
    const warmPerQuery: Array<[string, number]> = [];
    for (const query of QUERIES) {
      const times: number[] = [];
      for (let run = 0; run < WARM_RUNS; run += 1) times.push((await ask(page, site, query)).ms);
      warmPerQuery.push([query, median(times)]);
      all.push(...times);
    }
    await context.close();
    return { coldMs: median(coldMs), coldBytes: median(coldBytes), warmMs: median(all), warmPerQuery };
  } finally {
    await server.close();
  }
}

/**
 * Copied text, for the peer: every run the project measures, searched in the
 * browser. The peer's results are whole parts, so its figure is whether a
 * part holding the phrase is in the top 3, a coarser question than the
 * project's (the paragraph itself).
 */
async function peerCopiedPhrases(browser: Browser, site: SearchSite, runs: string[]): Promise<number> {
  const server = await startStaticServer({ root: site.root, port: 0 });
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}protection/`);
    let missed = 0;
    for (const run of runs) {
      const { texts } = await ask(page, site, run);
      if (!texts.slice(0, 3).some((t) => t.includes(run))) missed += 1;
    }
    return missed;
  } finally {
    await page.close();
    await server.close();
  }
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(2)}%`;

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** A reader's first search through the dialog: the Component UI's script and styles come on top of the search itself. */
async function throughTheDialog(browser: Browser, root: string): Promise<void> {
  let served: Array<{ path: string; bytes: number }> = [];
  const server = await startStaticServer({ root, port: 0, onServed: (s) => served.push(s) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}protection/`, { waitUntil: 'networkidle' });
    served = [];
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal input').waitFor();
    await page.keyboard.type('质押融资');
    await page.locator('dialog pagefind-results a.pf-result-link').first().waitFor();
    // And the group of the site's other pages (质押融资 is a glossary entry), which Pagefind's engine finds after the plan's.
    await page.locator('dialog .search-site a').first().waitFor();
    await page.waitForLoadState('networkidle');
    console.log(`  first query through the dialog: ${kb(served.reduce((sum, s) => sum + s.bytes, 0))} fetched (gzip) in ${served.length} requests`);
    // The group of the site's own pages: Pagefind's engine, wasm, index and fragments (site-pages-search.ts), fetched once a query is typed.
    const site = served.filter((s) => /\/pagefind\//.test(s.path) && !/pagefind-component-ui|plan-index/.test(s.path));
    console.log(`    of it the site's other pages (Pagefind's engine and index): ${kb(site.reduce((sum, s) => sum + s.bytes, 0))} in ${site.length} requests`);
  } finally {
    await context.close();
    await server.close();
  }
}

/** Prints the search figures; the peer is skipped (and said so) when `peerRoot` is null. */
export async function benchSearch(browser: Browser, projectRoot: string, peerRoot: string | null): Promise<void> {
  console.log(`  bundle on disk: ${kb(sizeOf(join(projectRoot, 'pagefind')))}, of it the index ${kb(statSync(join(projectRoot, 'pagefind/plan-index.json')).size)}`);
  await throughTheDialog(browser, projectRoot);
  console.log('  cold: a first query in a new browser context, bytes as served (gzip); warm: median of every query repeated');
  const sites: SearchSite[] = [{ name: 'project', root: projectRoot, api: 'plan' }];
  if (peerRoot && existsSync(join(peerRoot, 'pagefind', 'pagefind.js'))) sites.push({ name: 'Starlight', root: peerRoot, api: 'pagefind' });
  else console.log('  Starlight peer: not built (the build section builds it), comparison skipped');
  for (const site of sites) {
    const f = await measureSearch(browser, site);
    console.log(
      `  ${site.name.padEnd(10)} cold ${f.coldMs.toFixed(0)} ms, ${kb(f.coldBytes)}; warm ${f.warmMs.toFixed(2)} ms` +
        ` (${f.warmPerQuery.map(([q, ms]) => `${q} ${ms.toFixed(2)}`).join(', ')})`,
    );
  }

  const { blocks } = JSON.parse(readFileSync(join(projectRoot, 'data/plan-blocks.json'), 'utf8')) as { blocks: Array<{ id: string; kind: string; text: string }> };
  const index = readPlanIndex(JSON.parse(readFileSync(join(projectRoot, 'pagefind/plan-index.json'), 'utf8')));
  const terms = planWordRuns(blocks.filter((b) => b.kind !== 'table' && b.kind !== 'table-row'), blocks);
  const ranks = rankCopiedPhrases(terms, (q) => searchPlan(index, q).hits.map((h) => h.block.id));
  console.log(`Copied phrases (runs of 2 to 4 words, 4 to 8 characters, from the text: ${ranks.runs})`);
  console.log(
    `  project    ${ranks.missed.length} (${percent(ranks.missed.length, ranks.runs)}) without a block holding them in the top 3,` +
      ` ${ranks.firstWrong.length} with another block first;` +
      ` of ${ranks.pairs} (phrase, block) pairs, ${ranks.pairsMissed.length} phrases leave one of their blocks out of the top 3,` +
      ` each held by ${Math.min(...ranks.pairsMissed.map((t) => t.blocks.length))} or more blocks`,
  );
  const peer = sites.find((s) => s.api === 'pagefind');
  if (peer) {
    const missed = await peerCopiedPhrases(browser, peer, terms.map((t) => t.term));
    console.log(`  Starlight  ${missed} (${percent(missed, ranks.runs)}) without a part holding them in the top 3 (its results are parts, not paragraphs)`);
  }
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  await benchSearch(browser, DIST, peerBuilt() ? PEER_DIST : null);
} finally {
  await browser.close();
}
