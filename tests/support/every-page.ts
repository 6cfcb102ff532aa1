/**
 * Every page in a real browser, loaded once and then checked in each reader
 * state of issue 14 (light, dark, high contrast in each, the largest text on a
 * 360 px phone): no console errors, no request leaving 127.0.0.1, landmarks
 * and headings in order after scripts have run, the state's colours, and no
 * axe-core violation of WCAG 2.2 AA (and AAA's 7:1 contrast in high
 * contrast; a 繁體 page in its first state, see below). Then, at 200% zoom and
 * on a 360 px phone, no sideways scrolling and no text cut off.
 *
 * One load per page for all five states, axe-core preloaded into each load
 * (browser.ts: preloadAxe), and two pages at a time: axe-core is most of the
 * time (1–1.5 s a run on the longer pages, mostly its colour-contrast rule),
 * and it runs in each page's own renderer process, so two of them keep both
 * cores of a small machine busy. The pages are split between two test files
 * (tests/browser/every-page-*.test.ts), so that Vitest's two workers share
 * them evenly.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeReport, preloadAxe, siteInBrowser } from './browser.ts';
import { colours, rootFontSize, savedSettings, STATES, type StateName } from './reader-states.ts';

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

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 800 };

/** Puts the loaded page into `name`'s state: the scheme as the system's, the settings as saved on an earlier visit, then a reload. */
async function enter(page: Page, name: StateName, previous: StateName | undefined): Promise<void> {
  const state = STATES[name];
  await page.emulateMedia({ colorScheme: state.colorScheme });
  const viewport = name === 'the largest text' ? PHONE : WIDE;
  if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
  const before = previous ? savedSettings(STATES[previous]) : savedSettings(STATES.light);
  const now = savedSettings(state);
  if (now !== before) {
    await page.evaluate((value) => localStorage.setItem('ln-plan-reader', value), now);
    await page.reload({ waitUntil: 'load' });
  }
}


/** Declares, in the calling test file, the checks of every page in `routes`. */
export function checkEveryPage(routes: string[]): void {
  const site = siteInBrowser();

  describe.concurrent('every page, in every reader state', () => {
    it.for(routes)('%s loads cleanly, has its landmarks and headings in order, and passes axe-core in each state', async (route, { expect }) => {
      const context = await site.browser.newContext({ viewport: WIDE, colorScheme: 'light' });
      await preloadAxe(context);
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

      const seen: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      let previous: StateName | undefined;
      // A 繁體 page is its 简体 twin with the text converted character for character (src/lib/hant/page.ts):
      // the same elements, styles and colours, whose states are checked on the twin. It gets axe-core once,
      // for what conversion could change (names, labels, lang), and each state's colours and sizes here.
      const axeStates = route.startsWith('/zh-hant/') ? new Set<StateName>(['light']) : new Set(Object.keys(STATES) as StateName[]);
      for (const name of Object.keys(STATES) as StateName[]) {
        await enter(page, name, previous);
        previous = name;
        const contrast = name.startsWith('high contrast') && axeStates.has(name);
        const axe = axeStates.has(name) ? await axeReport(page, { enhancedContrast: contrast }) : { violations: [], checked: [] };
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        seen[name] = {
          colours: await colours(page),
          violations: axe.violations,
          enhancedContrastChecked: axe.checked.includes('color-contrast-enhanced'),
          fontSize: await rootFontSize(page),
          widerThanScreen: scrollWidth > clientWidth,
        };
        expected[name] = {
          colours: STATES[name].colours,
          violations: [],
          enhancedContrastChecked: contrast,
          fontSize: name === 'the largest text' ? '32px' : '16px',
          widerThanScreen: false,
        };
      }
      expect(seen).toEqual(expected);
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
}
