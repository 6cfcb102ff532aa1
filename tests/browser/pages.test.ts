/**
 * Every page in a real browser, each loaded once per check: no console
 * errors, no request leaving 127.0.0.1, landmarks and headings in order after
 * scripts have run, and no axe-core violation of WCAG 2.2 AA, in the light and
 * then the dark scheme on the same load; then, at 200% zoom and on a 360 px
 * phone, no sideways scrolling and no text cut off.
 */
import { describe, expect, it } from 'vitest';
import { axeViolationsInBothSchemes, siteInBrowser } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';

const site = siteInBrowser();

const routes = listPages();

/** Landmarks, navigation names, heading levels, and anything a reader sees outside a landmark. */
const STRUCTURE = () => {
  const count = (selector: string) => document.querySelectorAll(selector).length;
  const navNames = [...document.querySelectorAll('nav')].map((nav) => {
    const labelledby = nav.getAttribute('aria-labelledby');
    return nav.getAttribute('aria-label') ?? (labelledby ? document.getElementById(labelledby)?.textContent?.trim() : '') ?? '';
  });
  const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => !h.closest('[hidden], dialog:not([open])'))
    .map((h) => Number(h.tagName[1]));
  // Everything a reader sees stands in a landmark (the skip link and tooltips aside).
  const outside = [...document.body.children]
    .filter((el) => !['HEADER', 'MAIN', 'FOOTER', 'SCRIPT', 'TEMPLATE', 'TERM-TIPS', 'DIALOG', 'STYLE'].includes(el.tagName))
    // Pagefind's announcer is a live region for screen readers, seen by no one.
    .filter((el) => !el.matches('.skip-link, [role="tooltip"], [hidden], [data-pagefind-announcer]') && (el as HTMLElement).offsetParent !== null)
    .map((el) => el.tagName);
  return { banner: count('body > header'), main: count('main'), contentinfo: count('body > footer'), navNames, levels, outside };
};

/** Elements whose content is wider or taller than their box while overflow hides it: text cut off. */
const CLIPPED = () =>
  [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden], dialog:not([open]), .skip-link')) return false;
      const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      return (hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1);
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);

/** Wide tables scroll inside their own box, which the keyboard must reach. */
const UNREACHABLE_SCROLLERS = () =>
  [...document.querySelectorAll<HTMLElement>('.table-scroll')].filter((el) => el.scrollWidth > el.clientWidth && el.tabIndex < 0 && !el.querySelector('a, button')).length;

describe('every page, light then dark', () => {
  it.each(routes)('%s loads cleanly, has its landmarks and headings in order, and passes axe-core in both schemes', async (route) => {
    const context = await site.browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const origin = new URL(site.server.url).origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
    });
    const response = await page.goto(site.url(route), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);

    const report = await page.evaluate(STRUCTURE);
    expect(report.banner).toBe(1);
    expect(report.main).toBe(1);
    expect(report.contentinfo).toBe(1);
    expect(report.navNames.every((name) => name.length > 0)).toBe(true);
    expect(new Set(report.navNames).size).toBe(report.navNames.length);
    expect(report.levels.filter((l) => l === 1)).toHaveLength(1);
    expect(report.levels[0]).toBe(1);
    report.levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(report.levels[i - 1]! + 1);
    });
    expect(report.outside).toEqual([]);

    expect(await axeViolationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('every page at 200% zoom (a 1280 px screen), then on a 360 px phone', () => {
  it.each(routes)('%s loses nothing: no sideways scroll, no text cut off, wide tables reachable', async (route) => {
    const context = await site.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(site.url(route));
    for (const viewport of [{ width: 640, height: 400 }, { width: 360, height: 740 }]) {
      await page.setViewportSize(viewport);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(clientWidth, `${viewport.width} px`).toBe(viewport.width);
      expect(scrollWidth, `${viewport.width} px`).toBeLessThanOrEqual(clientWidth);
      expect(await page.evaluate(CLIPPED), `${viewport.width} px`).toEqual([]);
      expect(await page.evaluate(UNREACHABLE_SCROLLERS), `${viewport.width} px`).toBe(0);
    }
    await context.close();
  });
});
