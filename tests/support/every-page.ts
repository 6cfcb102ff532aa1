/**
 * Every page in a real browser, loaded once and then checked in each reader
 * state of issue 14 (light, dark, high contrast in each, the largest text on a
 * 360 px phone): no console errors, no request leaving 127.0.0.1, landmarks
 * and headings in order after scripts have run, the state's colours, and no
 * axe-core violation of WCAG 2.2 AA (and AAA's 7:1 contrast in high
 * contrast; a 繁體 page in its first state, and in light and the largest text
 * only: HANT_STATES). Then, at 200% zoom and
 * on a 360 px phone, no sideways scrolling and no text cut off. A 简体 page
 * is loaded once, in one state, from settings saved on an earlier visit
 * (LOADED_IN; a 繁體 page as a first visit); the others are set on the open
 * page, as the settings panel sets them.
 *
 * axe-core is most of the time (its colour-contrast rule above all), so the
 * whole WCAG 2.2 AA set runs once per page, in the first state, and each other
 * state runs only the rules it can change (axe-rules.ts), the colour states on
 * one element of each look the page's text has (contrast-sample.ts). Its runs are in each
 * page's own renderer, so two pages at a time keep both cores of a small
 * machine busy, and the pages are split between two test files
 * (tests/browser/every-page-*.test.ts), so that Vitest's two workers share
 * them evenly. Each test's time limit is sized to its page (timeLimit).
 *
 * A page is reused from test to test (reusedPages): a new context costs a
 * renderer process, and axe-core parsed and compiled again in it.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { STATE_RULES, TWIN_TEXT_RULES } from './axe-rules.ts';
import { markContrastSamples, SAMPLE_SELECTOR } from './contrast-sample.ts';
import { axeReport, preloadAxe, reusedPages, siteInBrowser, type AxeReport } from './browser.ts';
import { fileForRoute } from './dist.ts';
import { parseSettings, settingsAttributes } from '../../src/lib/reader/settings.ts';
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

// A screen of twice the pixel density, as most phones and many laptops have: the same layout in CSS
// pixels, and 200% zoom is then half the width at the same density.
const DENSITY = 2;
const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const ZOOMED = { width: WIDE.width / 2, height: WIDE.height / 2 };

/**
 * The one state each 简体 page is loaded in, as a returning reader would find
 * it, with its settings saved on an earlier visit: that proves every page's
 * blocking boot script applies them. The other states are put on the loaded
 * page as the 阅读设置 panel puts them when a reader changes a setting (the
 * same attributes, from settingsAttributes), which costs no reload. A 繁體
 * page is loaded as a first visit, nothing saved: its head loads the same
 * boot script as its 简体 twin, so the two editions prove the script's two
 * paths (settings saved, nothing saved) on every kind of page, and a script
 * missing from an edition fails its load as a console error. One load a page:
 * a second (a reload for this state) was a third of the sweep's page loads,
 * each evaluating axe-core again and running its first, slowest check anew.
 */
const LOADED_IN: StateName = 'high contrast';

/** The states whose axe run checks colours alone (axe-rules.ts), on one element of each look. */
const COLOUR_STATES: StateName[] = ['dark', 'high contrast', 'high contrast, dark'];

/** The states in the order a page is checked in: the one it was loaded in first, as loaded. */
const stateOrder = (loadedIn: StateName): StateName[] => [loadedIn, ...(Object.keys(STATES) as StateName[]).filter((name) => name !== loadedIn)];

/**
 * A 繁體 page's states: light, as loaded, and the largest text on a phone, where the Traditional
 * font's widths can push a line or a control past the screen. The colour states change custom
 * properties by an attribute on <html>, in the styles both editions share, whose :lang rules set
 * only the font and a label's words, no colour: the twin's checks in each colour state answer for
 * both. Entering them and reading them back took a fifth of a 繁體 page's time in the sweep.
 */
const HANT_STATES: StateName[] = ['light', 'the largest text'];

/** The colour scheme each sweep page's system was last given. */
const schemes = new WeakMap<Page, 'light' | 'dark'>();

/**
 * Gives the page's system `scheme`, unless it has it already: Chromium restyles
 * the whole page on each call, changed or not (70 ms on /full/ here), and the
 * states follow one another mostly in the same scheme.
 */
async function emulateScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  if (schemes.get(page) === scheme) return;
  await page.emulateMedia({ colorScheme: scheme });
  schemes.set(page, scheme);
}

/** Puts the loaded page into `name`'s state: the scheme as the system's, the screen's width, and the settings (unless it was loaded in it). */
async function enter(page: Page, name: StateName, asLoaded = false): Promise<void> {
  const state = STATES[name];
  await emulateScheme(page, state.colorScheme);
  const viewport = name === 'the largest text' ? PHONE : WIDE;
  if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
  if (asLoaded) return;
  await page.evaluate((attributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null) document.documentElement.removeAttribute(name);
      else document.documentElement.setAttribute(name, value);
    }
  }, settingsAttributes(parseSettings(savedSettings(state))));
}

/** Console errors, page errors and requests that leave the site, while `page` is watched; `stop` ends the watch. */
function watchProblems(page: Page, origin: string): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onRequest = (request: { url(): string }) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`);
  };
  page.on('console', onConsole);
  page.on('pageerror', onError);
  page.on('request', onRequest);
  return {
    problems,
    stop: () => {
      page.off('console', onConsole);
      page.off('pageerror', onError);
      page.off('request', onRequest);
    },
  };
}

/**
 * A test's time limit, in proportion to its page: axe-core's time grows with
 * the elements it checks and the runs it makes (five on a 简体 page, one on a
 * 繁體 one). Measured in a run of the whole browser project on a 2-core
 * machine beside other work (load average about 10): 4–5 s for the page's
 * loads, and about 5 ms per element per run (/figures/, 1,281 elements: 36 s).
 * The limit allows a minute for the loads and eight times the rest: a machine
 * much busier still (the sweep once ran 3.5 times slower under a run queue of
 * 29) stays well within it, and only something really wrong reaches it.
 */
function timeLimit(route: string): number {
  const elements = readFileSync(fileForRoute(route), 'utf8').match(/<[a-z]/g)?.length ?? 0;
  const axeRuns = route.startsWith('/zh-hant/') ? 1 : Object.keys(STATES).length;
  const msPerElementRun = 5;
  return 60_000 + 8 * msPerElementRun * elements * axeRuns;
}

/** Declares, in the calling test file, the checks of every page in `routes`. */
export function checkEveryPage(routes: string[]): void {
  const site = siteInBrowser();
  const pages = reusedPages(site, { viewport: WIDE, deviceScaleFactor: DENSITY, colorScheme: 'light' }, preloadAxe);

  describe.concurrent('every page, in every reader state, then at 200% zoom and on a phone', () => {
    for (const route of routes) {
      it(`${route} loads cleanly, has its landmarks and headings in order, passes axe-core in each state, and loses nothing at 200% zoom or on a phone`, { timeout: timeLimit(route) }, ({ expect }) =>
        pages.use(async (page) => {
          const hant = route.startsWith('/zh-hant/');
          // A 繁體 page as a first visit: nothing saved, the system's light scheme, a wide screen. A 简体 page as a
          // returning reader's, its settings saved on an earlier visit (LOADED_IN). Storage is the origin's: a page
          // new to it (a reused page's first test) loads the route once as a first visit to save them in.
          const loadedIn: StateName = hant ? 'light' : LOADED_IN;
          await emulateScheme(page, STATES[loadedIn].colorScheme);
          await page.setViewportSize(WIDE);
          const watch = watchProblems(page, new URL(site.server.url).origin);
          if (!page.url().startsWith(site.server.url)) await page.goto(site.url(route), { waitUntil: 'load' });
          await page.evaluate((saved) => {
            localStorage.clear();
            if (saved) localStorage.setItem('ln-plan-reader', saved);
          }, hant ? null : savedSettings(STATES[loadedIn]));
          const response = await page.goto(site.url(route), { waitUntil: 'load' });
          expect(response?.status()).toBe(200);
          // Gone again once read, so that the states set on the page and the next test's page start from nothing saved.
          await page.evaluate(() => localStorage.clear());

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
          // A 繁體 page is its 简体 twin with the text converted character for character (src/lib/hant/page.ts):
          // the same elements, styles and colours, whose states are checked on the twin. It gets axe-core once,
          // for what conversion could change (names, labels, title, lang: TWIN_TEXT_RULES), and each state's
          // colours and sizes here.
          for (const name of hant ? HANT_STATES : stateOrder(loadedIn)) {
            await enter(page, name, name === loadedIn);
            const runsAxe = name === 'light' || !hant;
            // The colour states check one element of each look (contrast-sample.ts); light checks every element.
            const sampled = !hant && COLOUR_STATES.includes(name) && (await markContrastSamples(page)).looks > 0;
            const axe: AxeReport = !runsAxe
              ? { violations: [], checked: [] }
              : hant
                ? await axeReport(page, { rules: TWIN_TEXT_RULES })
                : await axeReport(page, { rules: STATE_RULES[name], ...(sampled ? { include: [SAMPLE_SELECTOR] } : {}) });
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
            seen[name] = {
              colours: await colours(page),
              violations: axe.violations,
              contrastChecked: axe.checked.filter((rule) => rule.startsWith('color-contrast')).sort(),
              fontSize: await rootFontSize(page),
              widerThanScreen: scrollWidth > clientWidth,
            };
            expected[name] = {
              colours: STATES[name].colours,
              violations: [],
              contrastChecked: !runsAxe || hant || name === 'the largest text' ? [] : name.startsWith('high contrast') ? ['color-contrast', 'color-contrast-enhanced'] : ['color-contrast'],
              fontSize: name === 'the largest text' ? '32px' : '16px',
              widerThanScreen: false,
            };
          }
          expect(seen).toEqual(expected);

          // 200% zoom of a 1280 px screen, as a reader zooms an open page (the viewport shrinks, nothing reloads);
          // then a 360 px phone.
          await enter(page, 'light');
          for (const viewport of [ZOOMED, PHONE]) {
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
          watch.stop();
          expect(watch.problems).toEqual([]);
        }),
      );
    }
  });
}
