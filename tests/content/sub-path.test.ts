/**
 * Deployable under a sub-path: a build with BASE_PATH=/plan/ and another
 * SITE_URL has no broken link, and its search, anchors, downloads and share
 * tags all point under /plan/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../src/server/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { attr, findAll, textOf } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';
import { ScratchProject } from '../support/scratch-project.ts';
import { parse } from 'parse5';

let project: ScratchProject;
let built: { output: string };

/** 38 pages and their 繁體中文 twins. */
const PAGES = 76;

// Without blocking: the build's own time limit (the synchronous build's) was sized for a quiet machine, and a busy
// one went past it. The hook's limit is sized to the pages the build makes, beside the four bad-content builds that
// run with it: two minutes and 6 s a page. On this 2-core machine shared with other work the build took 140 s at a
// load average of 20, and over the content project's 240 s at 24.
beforeAll(async () => {
  project = new ScratchProject();
  // With the mainland hosting records set, as a site hosted there would have them.
  const result = await project.buildAsync(
    { BASE_PATH: '/plan/', SITE_URL: 'https://ipplan.ln.cn', ICP_BEIAN: '辽ICP备12345678号-1', GONGAN_BEIAN: '辽公网安备 21010202000123号', SITE_CODE: '2100000033' },
  );
  built = result;
  expect(result.status, result.output.slice(-3000)).toBe(0);
}, 120_000 + 6_000 * PAGES);

afterAll(() => project?.remove());

const page = (route: string) => parse(readFileSync(`${project.dist}/${route}`, 'utf8'));

describe('a build under /plan/', () => {
  it('has no broken link, asset or fragment', () => {
    const result = checkLinks(project.dist, '/plan/');
    expect(result.broken).toEqual([]);
    // Every page, linked under the base.
    expect(result.pages).toBe(PAGES);
  });

  it('points canonical URLs, share images, the sitemap and robots.txt under the sub-path', () => {
    const home = page('protection/index.html');
    const canonical = findAll(home, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'));
    expect(canonical).toEqual(['https://ipplan.ln.cn/plan/protection/']);
    const image = findAll(home, (el) => attr(el, 'property') === 'og:image').map((el) => attr(el, 'content'));
    expect(image).toEqual(['https://ipplan.ln.cn/plan/share/protection.png']);
    expect(readFileSync(`${project.dist}/robots.txt`, 'utf8')).toContain('Sitemap: https://ipplan.ln.cn/plan/sitemap.xml');
    expect(readFileSync(`${project.dist}/sitemap.xml`, 'utf8')).toContain('<loc>https://ipplan.ln.cn/plan/figures/</loc>');
  });

  it('shows the hosting records in the footer of every page, linked to their registries', () => {
    for (const route of ['index.html', 'protection/index.html', '404.html']) {
      const records = findAll(page(route), (el) => attr(el, 'class') === 'site-records')[0]!;
      const links = findAll(records, (el) => el.tagName === 'a').map((a) => [attr(a, 'href'), textOf(a)]);
      expect(links, route).toEqual([
        ['https://beian.miit.gov.cn/', '辽ICP备12345678号-1'],
        ['https://beian.mps.gov.cn/#/query/webSearch?code=21010202000123', '辽公网安备21010202000123号'],
      ]);
      expect(textOf(records)).toContain('网站标识码：2100000033');
    }
  });

  it('makes the share QR codes under the sub-path, for addresses under it', () => {
    const tools = findAll(page('protection/index.html'), (el) => el.tagName === 'reader-tools')[0]!;
    expect(attr(tools, 'data-qr-folder')).toBe('/plan/qr/protection/');
    expect(readFileSync(`${project.dist}/qr/protection/s3-2-p2.svg`, 'utf8')).toContain('aria-label="二维码：https://ipplan.ln.cn/plan/protection/#s3-2-p2"');
    // The 繁體中文 edition's codes, for its addresses.
    const hant = findAll(page('zh-hant/protection/index.html'), (el) => el.tagName === 'reader-tools')[0]!;
    expect(attr(hant, 'data-qr-folder')).toBe('/plan/qr/zh-hant/protection/');
    expect(readFileSync(`${project.dist}/qr/zh-hant/protection/s3-2-p2.svg`, 'utf8')).toContain('aria-label="QR碼：https://ipplan.ln.cn/plan/zh-hant/protection/#s3-2-p2"');
  });

  it('prints the QR code to the site on the handout, and says nothing of a preview', () => {
    const qr = findAll(page('handout/index.html'), (el) => el.tagName === 'svg' && attr(el, 'class') === 'qr-code');
    expect(qr.map((el) => attr(el, 'aria-label'))).toEqual(['二维码：本站网址 https://ipplan.ln.cn/plan/']);
    const hant = findAll(page('zh-hant/handout/index.html'), (el) => el.tagName === 'svg' && attr(el, 'class') === 'qr-code');
    expect(hant.map((el) => attr(el, 'aria-label'))).toEqual(['QR碼：本站網址 https://ipplan.ln.cn/plan/zh-hant/']);
    expect(built.output).not.toContain('PREVIEW BUILD');
  });

  it('searches and links results under the sub-path', async () => {
    const server = await startStaticServer({ root: project.dist, base: '/plan/', port: 0 });
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await tab.goto(`${server.url}search/?q=${encodeURIComponent('质押融资')}`);
      const first = tab.locator('pagefind-results a.pf-result-link').first();
      await first.waitFor();
      expect(await first.getAttribute('href')).toMatch(/^\/plan\/utilization\/\?highlight=.*#s4-4-p1$/);
      expect(requests.filter((p) => !p.startsWith('/plan/'))).toEqual([]);
      // The 繁體中文 edition: its own scripts, search index and results, none of the other edition's bundles (Pagefind's UI is shared).
      requests.length = 0;
      await tab.goto(`${server.url}zh-hant/search/?q=${encodeURIComponent('質押融資')}`);
      const hant = tab.locator('pagefind-results a.pf-result-link').first();
      await hant.waitFor();
      expect(await hant.getAttribute('href')).toMatch(/^\/plan\/zh-hant\/utilization\/\?highlight=.*#s4-4-p1$/);
      expect(requests).toContain('/plan/zh-hant/pagefind/plan-index.json');
      expect(requests.filter((p) => p.includes('/_astro/') && p.endsWith('.js') && !p.startsWith('/plan/zh-hant/_astro/'))).toEqual([]);
      expect(requests.filter((p) => p.startsWith('/plan/zh-hant/_astro/')).length).toBeGreaterThan(3);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
