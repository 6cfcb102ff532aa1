/**
 * Deployable under a sub-path: a build with BASE_PATH=/plan/ and another
 * SITE_URL has no broken link, and its search, anchors, downloads and share
 * tags all point under /plan/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { launchChromium } from '../support/browser.ts';
import { attr, findAll } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';
import { ScratchProject } from '../support/scratch-project.ts';
import { parse } from 'parse5';

let project: ScratchProject;
let built: { output: string };

beforeAll(() => {
  project = new ScratchProject();
  const result = project.build({ BASE_PATH: '/plan/', SITE_URL: 'https://example.gov.cn' }, true);
  built = result;
  expect(result.status, result.output.slice(-3000)).toBe(0);
});

afterAll(() => project?.remove());

const page = (route: string) => parse(readFileSync(`${project.dist}/${route}`, 'utf8'));

describe('a build under /plan/', () => {
  it('has no broken link, asset or fragment', () => {
    const result = checkLinks(project.dist, '/plan/');
    expect(result.broken).toEqual([]);
    // 23 pages and their 繁體中文 twins, linked under the base.
    expect(result.pages).toBe(46);
  });

  it('points canonical URLs, share images, the sitemap and robots.txt under the sub-path', () => {
    const home = page('protection/index.html');
    const canonical = findAll(home, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical').map((el) => attr(el, 'href'));
    expect(canonical).toEqual(['https://example.gov.cn/plan/protection/']);
    const image = findAll(home, (el) => attr(el, 'property') === 'og:image').map((el) => attr(el, 'content'));
    expect(image).toEqual(['https://example.gov.cn/plan/share/protection.png']);
    expect(readFileSync(`${project.dist}/robots.txt`, 'utf8')).toContain('Sitemap: https://example.gov.cn/plan/sitemap.xml');
    expect(readFileSync(`${project.dist}/sitemap.xml`, 'utf8')).toContain('<loc>https://example.gov.cn/plan/figures/</loc>');
  });

  it('prints the QR code to the site on the handout, and says nothing of a preview', () => {
    const qr = findAll(page('handout/index.html'), (el) => el.tagName === 'svg' && attr(el, 'class') === 'qr-code');
    expect(qr.map((el) => attr(el, 'aria-label'))).toEqual(['二维码：本站网址 https://example.gov.cn/plan/']);
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
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
