/**
 * `npm run dev` with every feature: `astro dev`, on a scratch copy of the
 * project, answers every page the build makes, every endpoint (charts, open
 * data, share images) with the very bytes the build wrote, and search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium } from '../support/browser.ts';
import { DIST, findAll, listPages, readPage, requireDist, textOf } from '../support/dist.ts';
import { ScratchProject, type DevServer } from '../support/scratch-project.ts';

let project: ScratchProject;
let dev: DevServer;

beforeAll(async () => {
  requireDist();
  project = new ScratchProject();
  dev = await project.startDev();
});

afterAll(async () => {
  await dev?.stop();
  project?.remove();
});

/** Every file the build writes that is not a page, and that `astro dev` makes too: the endpoints. */
function endpoints(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return endpoints(path);
    const route = `/${relative(DIST, path).split(sep).join('/')}`;
    // Written after `astro build` (search index, service worker) or by its last hook (sitemap, robots, the nginx CSP header), or Vite's bundles.
    // The 繁體中文 edition is written from the built pages, so `astro dev` has none.
    if (/^\/(pagefind|_astro|zh-hant)\//.test(route) || /\.html$/.test(route) || ['/sw.js', '/sitemap.xml', '/robots.txt', '/favicon.svg', '/csp-header.conf'].includes(route)) return [];
    return [route];
  });
}

const h1 = (html: string) => findAll(parse(html), (el) => el.tagName === 'h1').map(textOf);

describe('astro dev', () => {
  it('knows every endpoint the build writes', () => {
    // The share QR codes (one per page and anchor) are counted, not listed.
    expect(endpoints().filter((route) => route.startsWith('/qr/')).length).toBeGreaterThan(250);
    expect(endpoints().filter((route) => !route.startsWith('/qr/')).sort()).toEqual([
      '/charts/t1.csv', '/charts/t1.png', '/charts/t1.svg',
      '/charts/t2-index.csv', '/charts/t2-index.png', '/charts/t2-index.svg',
      '/charts/t2.csv', '/charts/t2.png', '/charts/t2.svg',
      '/data/figures.csv', '/data/figures.json', '/data/indicators.csv', '/data/indicators.json', '/data/ln-ip-plan.xlsx', '/data/plan-blocks.json', '/data/quiz.csv', '/data/quiz.json', '/data/reported-values.csv', '/data/reported-values.json',
      '/glossary/tips.json',
      '/share/background.png', '/share/general-requirements.png', '/share/implementation.png', '/share/international-cooperation.png',
      '/share/plan.png', '/share/protection.png', '/share/services.png', '/share/talent.png', '/share/utilization.png',
      '/teach/quiz-junior.docx', '/teach/quiz-primary.docx', '/teach/quiz-senior.docx',
      '/teach/slides-junior.pptx', '/teach/slides-primary.pptx', '/teach/slides-senior.pptx',
    ]);
  });

  it('answers every endpoint with the bytes the build wrote', async () => {
    for (const route of endpoints()) {
      const response = await fetch(new URL(route.slice(1), dev.url));
      expect(response.status, `${route}\n${dev.output().slice(-2000)}`).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.equals(readFileSync(join(DIST, route))), route).toBe(true);
    }
  });

  it('answers every page with its heading', async () => {
    for (const route of listPages().filter((r) => r !== '/404.html' && !r.startsWith('/zh-hant/'))) {
      const response = await fetch(new URL(route.slice(1), dev.url));
      expect(response.status, `${route}\n${dev.output().slice(-2000)}`).toBe(200);
      expect(h1(await response.text()), route).toEqual(findAll(readPage(route), (el) => el.tagName === 'h1').map(textOf));
    }
  });

  it('searches: / opens the dialog and a phrase finds its paragraph', async () => {
    const browser = await sharedChromium();
    try {
      const page = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL('protection/', dev.url).href);
      // In dev the page's scripts are compiled on first request: `/` is heard once the search element is defined.
      await page.waitForFunction(() => customElements.get('site-search') !== undefined, undefined, { timeout: 60_000 });
      await page.keyboard.press('/');
      await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
      await page.keyboard.type('质押融资');
      await expect
        .poll(() => page.locator('dialog pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')), { timeout: 60_000 })
        .toContain(`/utilization/?highlight=${encodeURIComponent('质押融资')}#s4-4-p1`);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
