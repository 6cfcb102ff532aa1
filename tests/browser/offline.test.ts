/**
 * Offline reading. A first visit keeps the pages' HTML and styles and the page
 * being read with its assets, nothing else; 离线保存全部 keeps everything;
 * Save-Data keeps the page alone. Offline here is Playwright's offline mode
 * *and* the server stopped, so nothing can come from the network whatever the
 * browser does with the worker's own requests. Then a new build in which one
 * paragraph changed, on the same origin: the worker fetches that page and
 * nothing else. Every count is the server's own log of what it sent.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/build/offline-worker.ts';
import { startStaticServer } from '../../src/server/static-server.ts';
import { formatBytes } from '../../src/lib/site/file-size.ts';
import type { OfflineConfig } from '../../src/lib/site/offline.ts';
import { withBase } from '../../src/lib/site/urls.ts';
import { sharedChromium } from '../support/browser.ts';
import { updateWorker } from '../support/offline-worker.ts';
import { DIST, requireDist } from '../support/dist.ts';

let browser: Browser;
let scratch: string;

beforeAll(async () => {
  requireDist();
  browser = await sharedChromium();
  scratch = mkdtempSync(join(tmpdir(), 'plan-offline-'));
});

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** The worker's configuration, as src/build/offline-worker.ts wrote it. */
const offlineOf = (dist: string) => JSON.parse(/^const OFFLINE = (.*);$/m.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!) as OfflineConfig;
const CONFIG = offlineOf(DIST);
const BASE = CONFIG.base;
const cacheName = (dist: string) => `ln-ip-plan ${BASE} ${offlineOf(dist).version}`;
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const STATE = withBase(BASE, '/__offline-state__');

/** What a worker should have kept: the core, and the given pages with their assets; as sorted URL paths. */
function expectedKept(config: OfflineConfig, pages: string[]): string[] {
  const kept = new Set(config.core.map((i) => config.files[i]![0]));
  for (const route of pages) {
    const url = withBase(config.base, route);
    const index = config.files.findIndex(([file]) => file === url);
    expect(index, url).toBeGreaterThanOrEqual(0);
    kept.add(url);
    for (const asset of config.assets[index] ?? []) kept.add(config.files[asset]![0]);
  }
  return [...kept].sort();
}

/** The paths in the worker's cache (its saved choices aside), sorted. */
const keptPaths = (page: Page) =>
  page.evaluate(async (state) => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]!);
    return (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path !== state).sort();
  }, STATE);

interface Served {
  path: string;
  status: number;
}

/** A server for one build that logs what it sends; `port` lets build B take build A's origin. */
async function loggingServer(root: string, port = 0) {
  const log: Served[] = [];
  const server = await startStaticServer({ root, base: BASE, port, onServed: ({ path, status }) => log.push({ path, status }) });
  return { ...server, log, port: Number(new URL(server.url).port) };
}

/** A context whose pages report every console error, page error and failed request. */
async function newContext(problems: string[]): Promise<BrowserContext> {
  const context = await browser.newContext();
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()} ${message.location().url}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // A request cut short by the next navigation (ERR_ABORTED) is the test moving on, not a failure.
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText;
      if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${error}`);
    });
  });
  return context;
}

/** Resolves once the worker has installed (install ends with its cache complete) and controls the page. */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** 离线保存全部, as a reader presses it; resolves when the page says it is done. */
async function saveAll(page: Page): Promise<void> {
  const control = page.locator('offline-save-all');
  await control.getByRole('button', { name: '离线保存全部' }).click();
  const status = control.getByRole('status');
  // Done or failed: a failure fails here with the page's own words rather than as a timeout.
  // Some 1,400 files fetched and checked one by one: over Playwright's 30 s on a loaded 2-core machine (seen once in three runs).
  await status.filter({ hasText: /已全部保存|保存没有完成/ }).waitFor({ timeout: 120_000 });
  expect(await status.textContent()).toContain('已全部保存');
}

/** Removes from problems the one console error a status the test expects produced, and fails if there was none. */
function expectReported(problems: string[], status: number, path: string): void {
  const reported = problems.findIndex((problem) => problem.includes(`status of ${status}`) && problem.endsWith(path));
  expect(reported, `${status} ${path} in ${problems.join('\n')}`).toBeGreaterThanOrEqual(0);
  problems.splice(reported, 1);
}

/**
 * Offline, a page never visited reads without the scripts the first visit did
 * not keep (they only enhance), and the browser reports each as missing: those
 * reports, and only those, are expected. Removes them from problems. Every
 * page's one script (site-boot.ts) was kept with the first page, so a part
 * page misses none; a page with its own scripts (charts) may.
 */
function notKeptScripts(problems: string[]): void {
  const kept = expectedKept(CONFIG, ['/about/']);
  const missing = CONFIG.files.map(([url]) => url).filter((url) => url.endsWith('.js') && !kept.includes(url));
  const expected = (problem: string) => problem.includes('status of 503') && missing.some((url) => problem.endsWith(url));
  problems.splice(0, problems.length, ...problems.filter((problem) => !expected(problem)));
}

/** The paragraph that build B changes (s3-2-p2): on its part's page, on 全文, in 规划导览 and in the open data; nowhere else. */
const CHANGED = '持续提升科技自主创新能力';
let madeBuildB: string | undefined;

/** Build B: build A with one paragraph changed, and its own worker; made once, by the first test that needs it. */
function buildB(): string {
  if (madeBuildB) return madeBuildB;
  const dir = join(scratch, 'b');
  cpSync(DIST, dir, { recursive: true });
  for (const file of ['protection/index.html', 'full/index.html', 'explore/index.html', 'data/plan-blocks.json']) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    expect(before.split(CHANGED).length, file).toBe(2);
    writeFileSync(path, before.replace(CHANGED, `${CHANGED}（构建乙）`));
  }
  writeServiceWorker(dir, BASE);
  expect(cacheName(dir)).not.toBe(cacheName(DIST));
  madeBuildB = dir;
  return dir;
}

/** Serves build B on the origin build A was served from, and has the page's worker update: the paths B's server sent. */
async function updateToBuildB(page: Page, port: number): Promise<{ fetched: string[]; origin: string }> {
  const serverB = await loggingServer(buildB(), port);
  await updateWorker(page);
  expect(await cacheNames(page)).toEqual([cacheName(buildB())]);
  await serverB.close();
  return { fetched: serverB.log.map((s) => s.path).sort(), origin: serverB.url };
}

const fetchIn = (page: Page, url: string) =>
  page.evaluate(async (href) => {
    const response = await fetch(href);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  }, url);

describe('a first visit, then no network', () => {
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let served: Served[];
  let ownRequests: number;
  const problems: string[] = [];

  beforeAll(async () => {
    const server = await loggingServer(DIST);
    origin = server.url;
    served = server.log;
    context = await newContext(problems);
    page = await context.newPage();
    await page.goto(`${origin}about/`, { waitUntil: 'load' });
    ownRequests = served.length;
    await workerReady(page);
    expect(await cacheNames(page)).toEqual([cacheName(DIST)]);
    await server.close();
    await context.setOffline(true);
  });

  afterAll(async () => {
    await context?.close();
  });

  const at = (route: string) => new URL(route.slice(1), origin).href;

  it('keeps the pages’ HTML (not 全文 or 数字速查), the styles, and the page read with its assets; nothing else', async () => {
    const kept = await keptPaths(page);
    expect(kept).toEqual(expectedKept(CONFIG, ['/about/']));
    expect(kept).toContain(withBase(BASE, '/protection/'));
    expect(kept).toContain(withBase(BASE, '/_astro/') + CONFIG.files.find(([url]) => /OfflineSaveAll.*\.js$/.test(url))![0].split('/_astro/')[1]);
    expect(kept.filter((path) => /\/(pagefind|share|charts|data)\/.|\/full\/$|\/figures\/$/.test(path))).toEqual([]);
  });

  it('fetches nothing twice: the page’s own files come from the browser’s cache', () => {
    const paths = served.map((s) => s.path);
    expect(paths.length).toBe(new Set(paths).size);
    expect([...paths].sort()).toEqual([...expectedKept(CONFIG, ['/about/']), withBase(BASE, '/sw.js')].sort());
    // The page's own came first, before the worker was registered.
    expect(paths.slice(0, ownRequests)).toContain(withBase(BASE, '/about/'));
  });

  it('opens a part never visited, with its text and styles', async () => {
    const response = await page.goto(at('/protection/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('#s3-2-p2').textContent()).toContain('聚焦新材料、精细化工、高端装备制造、半导体芯片制造设备和工业基础软件等领域“卡脖子”关键核心技术');
    expect(await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily)).not.toBe('');
    // Its enhancements too: every page's one script was kept with the first page read.
    expect(await page.evaluate(() => customElements.whenDefined('site-search').then(() => true))).toBe(true);
    notKeptScripts(problems);
  });

  it('redirects a part without its slash, as the host does', async () => {
    await page.goto(at('/talent'));
    expect(page.url()).toBe(at('/talent/'));
    expect(await page.locator('h1').first().textContent()).toContain('人才');
    notKeptScripts(problems);
  });

  it('answers a page that does not exist with the site’s 404', async () => {
    const response = await page.goto(at('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe(readFileSync(join(DIST, '404.html'), 'utf8').match(/<title>([^<]*)<\/title>/)![1]);
    expectReported(problems, 404, '/no-such-page/');
  });

  it('says the reader is offline for a page the build has but this browser has not kept', async () => {
    const response = await page.goto(at('/full/'));
    expect(response?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe('您已离线');
    expect(await page.locator('main p').first().textContent()).toBe(`这个文件（${withBase(BASE, '/full/')}）没有保存在本机，联网后才能打开。`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expectReported(problems, 503, '/full/');
  });

  it('says so in Traditional characters for a 繁體中文 page, which a first visit does not keep', async () => {
    const response = await page.goto(at('/zh-hant/protection/'));
    expect(response?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe('您已離線');
    expect(await page.locator('main p').first().textContent()).toBe(`這個文件（${withBase(BASE, '/zh-hant/protection/')}）沒有儲存在本機，聯網後才能打開。`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.getByRole('link', { name: '回到首頁' }).getAttribute('href')).toBe(withBase(BASE, '/zh-hant/'));
    expectReported(problems, 503, '/zh-hant/protection/');
  });

  it('says so too for a PNG, a CSV and a share image, and opens a PNG link as the offline page', async () => {
    await page.goto(at('/protection/'));
    for (const route of ['/charts/t1.png', '/data/figures.csv', '/share/protection.png']) {
      const answer = await fetchIn(page, at(route));
      expect(answer).toEqual({ status: 503, type: 'text/plain; charset=utf-8', text: `您已离线：${withBase(BASE, route)} 没有保存在本机，联网后才能打开。` });
      expectReported(problems, 503, route);
    }
    expect((await fetchIn(page, at('/charts/no-such.png'))).status).toBe(404);
    expectReported(problems, 404, '/charts/no-such.png');
    const response = await page.goto(at('/charts/t1.png'));
    expect(response?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe('您已离线');
    expectReported(problems, 503, '/charts/t1.png');
    notKeptScripts(problems);
  });

  it('logged no other error on the way', () => {
    expect(problems).toEqual([]);
  });
});

describe('离线保存全部', () => {
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let serverA: Awaited<ReturnType<typeof loggingServer>>;
  const problems: string[] = [];

  beforeAll(async () => {
    const server = await loggingServer(DIST);
    serverA = server;
    origin = server.url;
    context = await newContext(problems);
    page = await context.newPage();
    await page.goto(`${origin}about/`);
    await workerReady(page);
  });

  afterAll(async () => {
    await context?.close();
    await serverA?.close();
  });

  const at = (route: string) => new URL(route.slice(1), origin).href;

  it('shows the size, counted at build time, before anything is fetched', async () => {
    const size = page.locator('offline-save-all [data-size]');
    await expect.poll(() => size.textContent()).not.toBe('');
    const kept = expectedKept(CONFIG, ['/about/']).length;
    expect(await size.textContent()).toBe(
      `全站共 ${CONFIG.all.files} 个文件，约 ${formatBytes(CONFIG.all.bytes)}，网络压缩传输约 ${formatBytes(CONFIG.all.gzipBytes)}；本机已保存其中 ${kept} 个。`,
    );
    expect(CONFIG.all.files).toBe(CONFIG.files.length);
  });

  it('saves every file, says so when done, and reads, searches and draws charts with no network', async () => {
    await saveAll(page);
    expect(await page.locator('offline-save-all [role="status"]').textContent()).toContain(`已全部保存（${CONFIG.all.files} 个文件）`);
    expect(await keptPaths(page)).toEqual(CONFIG.files.map(([url]) => url).sort());

    await context.setOffline(true);
    await page.goto(at('/about/'));
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('质押融资');
    const resultLinks = () => page.locator('dialog pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(resultLinks, { timeout: 60_000 }).toContain(withBase(BASE, `/utilization/?highlight=${encodeURIComponent('质押融资')}#s4-4-p1`));
    // The site's own pages too (Pagefind's index, whose requests carry ?ts=: the worker keys on the path).
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('地理标志');
    const sitePages = () => page.locator('dialog .search-site a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(async () => (await sitePages())[0], { timeout: 60_000 }).toBe(withBase(BASE, '/glossary/#term-dili-biaozhi'));

    await page.goto(at('/general-requirements/'));
    await page.locator('#chart-t2-p3 .chart-point[data-year="2025"]').hover();
    const tip = page.locator('#chart-t2-figure .chart-tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toBe('知识产权质押融资金额 2025年：49.86亿元（本站计算）');

    const svg = await fetchIn(page, at('/charts/t2.svg'));
    expect(svg).toEqual({ status: 200, type: 'image/svg+xml', text: readFileSync(join(DIST, 'charts/t2.svg'), 'utf8') });
    const png = await page.evaluate(async (href) => (await (await fetch(href)).arrayBuffer()).byteLength, at('/share/protection.png'));
    expect(png).toBe(statSync(join(DIST, 'share/protection.png')).size);
    const full = await page.goto(at('/full/'));
    expect(full?.status()).toBe(200);
    expect(problems).toEqual([]);

    // A missing 繁體中文 address gets that edition's own 404, which 离线保存全部 kept.
    const missing = await page.goto(at('/zh-hant/no-such-page/'));
    expect(missing?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    expect(await page.title()).toBe(readFileSync(join(DIST, 'zh-hant/404.html'), 'utf8').match(/<title>([^<]*)<\/title>/)![1]);
    expectReported(problems, 404, '/zh-hant/no-such-page/');
    expect(problems).toEqual([]);
  });

  // The reader who saved everything, when a new build changes one paragraph: saving the whole site again for this
  // (1,400 requests) was a third of this file's time, so the reader above goes on; run alone, it saves first.
  it('after a new build in which one paragraph changed, fetches only the files that changed', async () => {
    await context.setOffline(false);
    await page.goto(at('/about/'));
    if ((await keptPaths(page)).length < CONFIG.files.length) await saveAll(page);
    await serverA.close();
    const { fetched } = await updateToBuildB(page, serverA.port);
    // 规划导览 quotes every paragraph too, so it changes with one.
    expect(fetched).toEqual([withBase(BASE, '/data/plan-blocks.json'), withBase(BASE, '/explore/'), withBase(BASE, '/full/'), withBase(BASE, '/protection/'), withBase(BASE, '/sw.js')]);
    expect(await keptPaths(page)).toEqual(offlineOf(buildB()).files.map(([url]) => url).sort());
    expect(problems).toEqual([]);
  });
});

describe('Save-Data', () => {
  it('keeps only the page read and its assets, fetching nothing twice, and notes the Save-Data header of later pages', async () => {
    const problems: string[] = [];
    const server = await loggingServer(DIST);
    const context = await newContext(problems);
    const page = await context.newPage();
    // What a browser with 节省流量 on reports (navigator.connection.saveData) and sends (the Save-Data header).
    await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(`${server.url}protection/`, { waitUntil: 'load' });
    await workerReady(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${server.url}sw.js?save-data=on`);
    const page3 = [withBase(BASE, '/protection/'), ...(CONFIG.assets[CONFIG.files.findIndex(([url]) => url === withBase(BASE, '/protection/'))] ?? []).map((i) => CONFIG.files[i]![0])];
    expect(await keptPaths(page)).toEqual([...page3].sort());
    const paths = server.log.map((s) => s.path);
    expect(paths.length).toBe(new Set(paths).size);
    expect(paths.filter((path) => !page3.includes(path)).sort()).toEqual([withBase(BASE, '/favicon.svg'), withBase(BASE, '/sw.js')]);

    // The next page goes through the worker, which reads the header and keeps the choice for the next build's install.
    await page.goto(`${server.url}talent/`);
    const state = () => page.evaluate(async (key) => (await (await caches.open((await caches.keys())[0]!)).match(key))?.json(), STATE);
    await expect.poll(state).toEqual({ saveDataSeen: true });
    expect(problems).toEqual([]);
    await context.close();
    await server.close();
  });
});

describe('a new build in which one paragraph changed', () => {
  it('makes a reader who kept the default fetch sw.js and that page only, and shows the change offline', async () => {
    const problems: string[] = [];
    const context = await newContext(problems);
    const page = await context.newPage();
    const serverA = await loggingServer(DIST);
    await page.goto(`${serverA.url}about/`);
    await workerReady(page);
    await serverA.close();
    const { fetched, origin } = await updateToBuildB(page, serverA.port);
    expect(fetched).toEqual([withBase(BASE, '/protection/'), withBase(BASE, '/sw.js')]);
    expect(await keptPaths(page)).toEqual(expectedKept(offlineOf(buildB()), ['/about/']));
    await context.setOffline(true);
    await page.goto(`${origin}protection/`);
    expect(await page.locator('#s3-2-p2').textContent()).toContain(`${CHANGED}（构建乙）`);
    await page.goto(`${origin}about/`);
    expect(await page.locator('h1').textContent()).toBe('关于本站');
    notKeptScripts(problems);
    expect(problems).toEqual([]);
    await context.close();
  });
});
