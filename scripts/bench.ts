/**
 * `npm run bench`: figures, not pass/fail. Measured with the offline service
 * worker blocked, so its background download is not counted as the page's. The build's time; for each kind of
 * page, its HTML, CSS and JS bytes (raw and gzip), its requests on first load
 * and its Lighthouse scores; then search (scripts/bench-search.ts): bytes and
 * times of cold and warm queries beside the Starlight peer's, and how text
 * copied from the plan ranks. It runs a build first.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { benchSearch } from './bench-search.ts';
import { startStaticServer } from './static-server.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * The Starlight peer's build, for the side-by-side search figures: built once
 * in the system's temp folder (its README's steps), reused after. Null, and
 * the comparison skipped, where ../shared is absent.
 */
function starlightPeerDist(): string | null {
  const source = fileURLToPath(new URL('../../shared/peers/starlight/', import.meta.url));
  if (!existsSync(source)) return null;
  const copy = join(tmpdir(), 'ln-ip-plan-starlight-peer');
  if (existsSync(join(copy, 'dist', 'pagefind', 'pagefind.js'))) return join(copy, 'dist');
  cpSync(source, copy, { recursive: true });
  const env = { ...process.env, PATH: `${fileURLToPath(new URL('../node_modules/.bin', import.meta.url))}${delimiter}${process.env.PATH}` };
  for (const args of [['ci'], ['run', 'build']]) {
    const step = spawnSync('npm', args, { cwd: copy, env, encoding: 'utf8' });
    if (step.status !== 0) {
      console.error(`Starlight peer: npm ${args.join(' ')} failed\n${step.stderr}`);
      return null;
    }
  }
  return join(copy, 'dist');
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


console.log('Search bundle');
console.log(`  on disk: ${kb(sizeOf(join(dist, 'pagefind')))}, of it the index ${kb(statSync(join(dist, 'pagefind/plan-index.json')).size)}`);

// Through the dialog, as a reader: the Component UI's script and styles come on top of the search itself.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}protection/`, { waitUntil: 'networkidle' });
  served = [];
  await page.keyboard.press('/');
  await page.locator('dialog.pf-modal input').waitFor();
  await page.keyboard.type('质押融资');
  await page.locator('dialog pagefind-results a.pf-result-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  const bytes = served.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`  first query through the dialog: ${kb(bytes)} fetched (gzip) in ${served.length} requests`);
  await context.close();
}

await benchSearch(browser, dist, starlightPeerDist());

await browser.close();
await server.close();
