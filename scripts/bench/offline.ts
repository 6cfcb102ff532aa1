/**
 * The offline worker's cost to a reader, for `npm run bench` (or alone:
 * `node scripts/bench/offline.ts`, on the dist/ already built):
 *   - a first visit with the worker: the page's own requests, then the
 *     worker's, and the bytes of both as served (gzip for text);
 *   - the same with Save-Data on;
 *   - 离线保存全部: its announced size and what it really fetches;
 *   - a build that changes one paragraph (a scratch copy of the project,
 *     really built): what a returning reader's worker fetches again.
 * Each measure is the static server's own count of responses and body bytes,
 * so nothing the browser served from a cache is counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { updateWorker } from '../../tests/support/offline-worker.ts';
import { ScratchProject } from '../../tests/support/scratch-project.ts';
import type { OfflineConfig } from '../../src/lib/site/offline.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Served {
  path: string;
  status: number;
  bytes: number;
}

const sum = (served: readonly Served[]) => served.reduce((total, s) => total + s.bytes, 0);
const describeServed = (served: readonly Served[]) => `${served.length} requests, ${kb(sum(served))}`;

/** A server for one build whose responses are counted; `port` lets build B take build A's origin. */
async function countingServer(root: string, port = 0) {
  const log: Served[] = [];
  const server = await startStaticServer({ root, port, onServed: (s) => log.push(s) });
  return { ...server, log, port: Number(new URL(server.url).port) };
}

/** Resolves once the worker has installed (its cache is complete) and controls the page. */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 120_000 });
}

/** 离线保存全部, as a reader presses it on /about/; resolves when the page says it is done. */
async function saveAll(page: Page): Promise<string> {
  const control = page.locator('offline-save-all');
  await control.locator('button').click();
  await control.locator('[role="status"]').filter({ hasText: '已全部保存' }).waitFor({ timeout: 300_000 });
  return (await control.locator('[data-size]').textContent()) ?? '';
}

async function firstVisit(browser: Browser, root: string, route: string, saveData = false) {
  const server = await countingServer(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  if (saveData) await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await page.goto(`${server.url}${route}`, { waitUntil: 'load' });
  const own = server.log.length;
  await workerReady(page);
  const result = { page: server.log.slice(0, own), worker: server.log.slice(own) };
  await context.close();
  await server.close();
  return result;
}

/**
 * The project built again in a scratch copy with one paragraph of part 三
 * changed (三(二)第2段, a few words added), as `npm run build` builds it; the
 * caller removes it. Measuring only: the plan's text is never changed.
 */
export function buildWithOneParagraphChanged(): ScratchProject {
  const project = new ScratchProject();
  project.edit('src/content/chapters/03-protection.mdx', (text) => text.replace('持续提升科技自主创新能力', '持续提升科技自主创新能力和成果转化水平'));
  const built = project.build();
  if (built.status !== 0) throw new Error(`the scratch build failed:\n${built.output}`);
  return project;
}

export async function benchOffline(browser: Browser, dist: string, changedBuild?: string): Promise<void> {
  console.log('Offline worker (bytes as served, gzip for text)');
  for (const [name, route] of [
    ['home', ''],
    ['a part (三)', 'protection/'],
  ] as const) {
    const visit = await firstVisit(browser, dist, route);
    const all = [...visit.page, ...visit.worker];
    console.log(`  first visit, ${name.padEnd(11)} ${describeServed(all)}: the page ${describeServed(visit.page)}, then the worker ${describeServed(visit.worker)}`);
  }
  const light = await firstVisit(browser, dist, 'protection/', true);
  console.log(`  first visit with Save-Data, a part (三): ${describeServed([...light.page, ...light.worker])} (the worker ${describeServed(light.worker)})`);

  {
    const server = await countingServer(dist);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}about/`);
    await workerReady(page);
    const before = server.log.length;
    const size = await saveAll(page);
    console.log(`  离线保存全部 announces: ${size.trim()}; it fetched ${describeServed(server.log.slice(before))}`);
    await context.close();
    await server.close();
  }

  if (!changedBuild) return;
  const manifest = (root: string) =>
    new Map((JSON.parse(/^const OFFLINE = (.*);$/m.exec(readFileSync(join(root, 'sw.js'), 'utf8'))![1]!) as OfflineConfig).files);
  const [before, after] = [manifest(dist), manifest(changedBuild)];
  const changed = [...after].filter(([url, revision]) => before.get(url) !== revision).map(([url]) => url);
  const gone = [...before.keys()].filter((url) => !after.has(url));
  console.log(`  a one-paragraph change (三(二)第2段) rebuilt: ${changed.length} of ${after.size} files new or changed, ${gone.length} gone: ${changed.join(', ')}`);
  // Build A is visited by two readers, one who kept the default and one who pressed 离线保存全部; then build B is served on the same origin.
  for (const reader of ['default', '离线保存全部'] as const) {
    const serverA = await countingServer(dist);
    const context: BrowserContext = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${serverA.url}about/`);
    await workerReady(page);
    if (reader !== 'default') await saveAll(page);
    await serverA.close();
    const serverB = await countingServer(changedBuild, serverA.port);
    await updateWorker(page);
    const refetched = serverB.log.filter((s) => !s.path.endsWith('/sw.js'));
    console.log(
      `  after a one-paragraph change, reader with ${reader.padEnd(6)}: ${describeServed(serverB.log)} (sw.js and ${refetched.map((s) => s.path).join(', ') || 'nothing else'})`,
    );
    await context.close();
    await serverB.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
  const changed = buildWithOneParagraphChanged();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    await benchOffline(browser, dist, changed.dist);
  } finally {
    await browser.close();
    changed.remove();
  }
}
