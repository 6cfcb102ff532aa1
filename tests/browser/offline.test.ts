/**
 * Offline reading: after one visit, the service worker has kept the pages,
 * the charts and search. Offline here is Playwright's offline mode *and* the
 * server stopped, so nothing can come from the network whatever the browser
 * does with the worker's own requests. Then a new build on the same origin
 * replaces the old cache.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../scripts/build-offline.ts';
import { startStaticServer } from '../../scripts/static-server.ts';
import { withBase } from '../../src/lib/site/urls.ts';
import { sharedChromium } from '../support/browser.ts';
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

/** The worker's configuration, as scripts/build-offline.ts wrote it: the version, and the base the build was made for. */
const offlineOf = (dist: string) => JSON.parse(/^const OFFLINE = (.*);$/m.exec(readFileSync(join(dist, 'sw.js'), 'utf8'))![1]!) as { version: string; base: string };
const BASE = offlineOf(DIST).base;
const cacheName = (dist: string) => `ln-ip-plan ${BASE} ${offlineOf(dist).version}`;
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const resultLinks = (page: Page) =>
  page.locator('dialog pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

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

/** The first visit: the page loads, the worker installs, keeps the build and takes control. */
async function visitOnce(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

describe('after one visit, with no network', () => {
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const server = await startStaticServer({ root: DIST, base: BASE, port: 0 });
    origin = server.url;
    context = await newContext(problems);
    page = await context.newPage();
    await visitOnce(page, origin);
    expect(await cacheNames(page)).toEqual([cacheName(DIST)]);
    await server.close();
    await context.setOffline(true);
  });

  afterAll(async () => {
    await context?.close();
  });

  const at = (route: string) => new URL(route.slice(1), origin).href;

  it('opens a part never visited, with its text', async () => {
    const response = await page.goto(at('/protection/'));
    expect(response?.status()).toBe(200);
    expect(await page.locator('#s3-2-p2').textContent()).toContain('聚焦新材料、精细化工、高端装备制造、半导体芯片制造设备和工业基础软件等领域“卡脖子”关键核心技术');
  });

  it('draws the charts and their tooltips, and serves their SVG downloads', async () => {
    await page.goto(at('/general-requirements/'));
    await page.locator('#chart-t2-p3 .chart-point[data-year="2025"]').hover();
    const tip = page.locator('#chart-t2-figure .chart-tooltip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('知识产权质押融资金额 2025年：49.86亿元（本站计算）');
    // Fetched, not opened: an SVG document has no icon link, and the browser's guess at /favicon.ico would fail offline.
    const href = await page.locator('a[href$="/charts/t2.svg"]').first().getAttribute('href');
    expect(href).toBe(withBase(BASE, '/charts/t2.svg'));
    const download = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, text: await response.text() };
    }, href!);
    expect(download).toEqual({ status: 200, text: readFileSync(join(DIST, 'charts/t2.svg'), 'utf8') });
  });

  it('searches, though search was never opened online, and lands on the paragraph marked', async () => {
    await page.goto(at('/about/'));
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('质押融资');
    await expect.poll(() => resultLinks(page)).toContain(withBase(BASE, '/utilization/?highlight=%E8%B4%A8&highlight=%E6%8A%BC&highlight=%E8%9E%8D%E8%B5%84#s4-4-p1'));
    await page.locator('dialog pagefind-results a.pf-result-link[href$="#s4-4-p1"]').click();
    await page.waitForURL(/\/utilization\/\?highlight=.*#s4-4-p1$/);
    await expect.poll(() => page.locator('#s4-4-p1 mark.search-highlight').allTextContents()).toEqual(Array(6).fill('质押融资'));
  });

  it('redirects a part without its slash, as the host does', async () => {
    await page.goto(at('/talent'));
    expect(page.url()).toBe(at('/talent/'));
    expect(await page.locator('h1').first().textContent()).toContain('人才');
  });

  it('answers a page that does not exist with the site’s 404', async () => {
    const response = await page.goto(at('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe(readFileSync(join(DIST, '404.html'), 'utf8').match(/<title>([^<]*)<\/title>/)![1]);
    // The browser reports a 404 page as an error; it is the one expected.
    const reported = problems.findIndex((problem) => problem.includes('404 (Not Found)') && problem.endsWith('/no-such-page/'));
    expect(reported).toBeGreaterThanOrEqual(0);
    problems.splice(reported, 1);
  });

  it('logged no error on the way', () => {
    expect(problems).toEqual([]);
  });
});

describe('a new build', () => {
  it('replaces the old cache: build A is visited, build B is served on the same origin and seen, offline too', async () => {
    const buildB = join(scratch, 'b');
    cpSync(DIST, buildB, { recursive: true });
    const aboutB = join(buildB, 'about/index.html');
    const before = readFileSync(aboutB, 'utf8');
    const after = before.replace('<h1>关于本站</h1>', '<h1>关于本站（构建乙）</h1>');
    expect(after).not.toBe(before);
    writeFileSync(aboutB, after);
    writeServiceWorker(buildB, BASE);
    expect(cacheName(buildB)).not.toBe(cacheName(DIST));

    const problems: string[] = [];
    const context = await newContext(problems);
    const page = await context.newPage();
    const serverA = await startStaticServer({ root: DIST, base: BASE, port: 0 });
    const port = new URL(serverA.url).port;
    await visitOnce(page, `${serverA.url}about/`);
    expect(await page.locator('h1').textContent()).toBe('关于本站');
    expect(await cacheNames(page)).toEqual([cacheName(DIST)]);
    await serverA.close();

    const serverB = await startStaticServer({ root: buildB, base: BASE, port: Number(port) });
    expect(serverB.url).toBe(serverA.url);
    // Pages go to the network first: B's text is there on the first reload, before B's worker has even installed.
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('关于本站（构建乙）');
    // The reload made the browser fetch sw.js, which differs: B's worker keeps B, takes over and deletes A's cache.
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([cacheName(buildB)]);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${serverB.url}sw.js`);
    await serverB.close();
    await context.setOffline(true);

    await page.goto(`${serverB.url}about/`);
    expect(await page.locator('h1').textContent()).toBe('关于本站（构建乙）');
    await page.goto(`${serverB.url}protection/`);
    expect(await page.locator('#s3-2-p2').textContent()).toContain('通过“揭榜挂帅”，持续提升科技自主创新能力');
    expect(problems).toEqual([]);
    await context.close();
  });
});
