/** Chromium driven by playwright-core, against dist/ served on 127.0.0.1. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';
import { DIST, requireDist } from './dist.ts';
import { COLOUR_RULES } from './axe-rules.ts';

/** A Chromium of this file's own: for a test that must control the browser process itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}

/**
 * The run's shared Chromium (tests/support/chromium-server.ts) where the
 * project has one, else a launch of this file's own. Closing what this returns
 * closes the file's contexts and leaves the shared browser running.
 */
export function sharedChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}

export function serveDist(base = '/') {
  return startStaticServer({ root: DIST, base, host: '127.0.0.1', port: 0 });
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core itself (the version @axe-core/playwright pins), 580 KB of script. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into every page the context opens, with the page's own
 * scripts: for a context that runs axe on page after page, or on one page
 * reloaded in several states. Sent once, and parsed by the browser as a
 * page's script rather than evaluated afresh for each check (about 0.25 s each).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * What AxeBuilder injects, as its axeSource, into a page that has axe-core
 * already: nothing. In legacy mode it injects its source twice per check,
 * 0.5 s of a 1–1.8 s check of a long page.
 */
const AXE_PRESENT = 'void 0';

export interface AxeReport {
  /** One "rule: targets" line a violation. */
  violations: string[];
  /** The rules that ran and applied to something on the page. */
  checked: string[];
}

export interface AxeOptions {
  /**
   * Only these rules (axe's runOnly by rule), for a page in a state that can
   * change no others (axe-rules.ts); by default the whole WCAG 2.2 AA set.
   */
  rules?: readonly string[];
  /**
   * Only what these selectors match (axe's include), for a test of what a
   * reader opens on a page (a panel, a menu, a tooltip, a chart in use): the
   * page as loaded is the every-page sweep's to check, in every state.
   */
  include?: readonly string[];
  /** The whole WCAG 2.2 AA set but these rules, for a page whose twin is checked with them (axe-rules.ts). */
  except?: readonly string[];
}

/** axe-core's check of the page as it stands: WCAG 2.2 AA's rules, or the `rules` asked for, on the page or what `include` names. */
export async function axeReport(page: Page, { rules, include, except }: AxeOptions = {}): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const builder = new AxeBuilder({ page, axeSource: AXE_PRESENT });
  if (include) {
    // An include that matches nothing would check nothing and pass.
    for (const selector of include) if ((await page.locator(selector).count()) === 0) throw new Error(`axe-core was asked to check ${selector}, which ${page.url()} does not have`);
    for (const selector of include) builder.include(selector);
  }
  const results = await builder
    // One options object, since options() replaces what withTags() would set. Passing nodes are
    // counted per rule but not sent back: thousands of them on the longer pages.
    .options({
      runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_22_AA },
      ...(except ? { rules: Object.fromEntries(except.map((rule) => [rule, { enabled: false }])) } : {}),
      resultTypes: ['violations'],
    })
    // Legacy mode runs axe in the page itself. The site has no frames, and the default mode opens
    // an extra page per check to merge frame results, which costs a third of the time.
    .setLegacyMode(true)
    .analyze();
  // A rule stands in more than one list when its nodes fare differently (some pass, some need review).
  const ran = [...new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id))];
  // A check that ran nothing, or other rules than asked, would pass without saying so.
  if (rules && ran.sort().join() !== [...rules].sort().join()) throw new Error(`axe-core ran ${ran.join(', ')} on ${page.url()}, not the rules asked: ${rules.join(', ')}`);
  if (!rules && results.passes.length < (include ? 3 : 10)) throw new Error(`axe-core passed only ${results.passes.length} rules on ${page.url()}: did it run?`);
  return {
    violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    checked: [...results.passes, ...results.violations].map((r) => r.id),
  };
}

/** axe-core's violations on the page as it stands, one "rule: targets" line each. */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  return (await axeReport(page, options)).violations;
}

/**
 * axeViolations in the light scheme, then the dark one on the same load and in
 * the same state: the scheme changes the page's colours and nothing else, so
 * in the dark only the rules that read colours run again (axe-rules.ts).
 */
export async function axeViolationsInBothSchemes(page: Page, { include }: Pick<AxeOptions, 'include'> = {}): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, { include });
  await page.emulateMedia({ colorScheme: 'dark' });
  if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) throw new Error('the dark scheme did not apply');
  const dark = await axeViolations(page, { rules: COLOUR_RULES, include });
  return { light, dark };
}

export interface SiteInBrowser {
  /** The shared Chromium, as connected: its contexts run the site's service worker (see newContext). */
  browser: Browser;
  server: Awaited<ReturnType<typeof serveDist>>;
  /** The served address of a route such as "/protection/#s3-2-p3". */
  url(route: string): string;
  /**
   * A context whose pages do not start the site's offline worker unless `options` asks for it:
   * on a first visit it installs and fetches the edition's pages in the background, about 2 s of
   * CPU a context (measured), which only the tests of the worker (offline.test.ts) look at.
   */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /**
   * A page as a first visit finds it: nothing stored, no permissions, the
   * viewport, colour scheme and reduced motion asked for (Playwright's
   * 1280 × 720, light and no preference by default). Its `close()` hands it back for the file's next test, cleared:
   * a new context costs a renderer process, 0.4–0.7 s on a 2-core machine, and
   * its first page load 0.3 s more than a later one. A test that fails before
   * closing it leaves it out. Options beyond these three get a context of the
   * page's own. A test that needs init scripts or a fake clock opens its own
   * context (newContext): the reused one refuses them.
   */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/** Playwright's viewport for a context that names none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** The site's pages that site.newPage hands out again, cleared, for one test file. */
function pagePool(site: SiteInBrowser) {
  const idle: Page[] = [];
  const refuse = (what: string) => () =>
    Promise.reject(new Error(`${what} would stay on a page that site.newPage hands on to the next test: open a context of the test's own (site.newContext)`));

  async function clear(page: Page): Promise<void> {
    if (page.url().startsWith(site.server.url)) {
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
    }
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.context().clearCookies();
    await page.context().clearPermissions();
    await page.goto('about:blank');
  }

  return async (options: BrowserContextOptions = {}): Promise<Page> => {
    const { viewport, colorScheme, reducedMotion, ...rest } = options;
    if (Object.keys(rest).length > 0) return site.browser.newPage({ serviceWorkers: 'block', ...options });
    let page = idle.pop();
    if (!page) {
      const context = await site.newContext();
      Object.assign(context, { addInitScript: refuse('An init script') });
      Object.assign(context.clock, { install: refuse('A fake clock') });
      page = await context.newPage();
      Object.assign(page, { addInitScript: refuse('An init script') });
      const handOn = page;
      // Closing clears the page and hands it on.
      Object.assign(page, { close: () => clear(handOn).then(() => void idle.push(handOn)) });
    }
    await page.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
    await page.emulateMedia({ colorScheme: colorScheme ?? 'light', media: null, reducedMotion: reducedMotion ?? null, forcedColors: null, contrast: null });
    return page;
  };
}

/** For a test file: serves dist/ and connects to Chromium before its tests, and stops both after them. */
export function siteInBrowser(base = '/'): SiteInBrowser {
  const site = {
    url: (route: string) => new URL(route.slice(1), site.server.url).href,
    newContext: (options: BrowserContextOptions = {}) => site.browser.newContext({ serviceWorkers: 'block', ...options }),
  } as SiteInBrowser;
  site.newPage = pagePool(site);
  beforeAll(async () => {
    requireDist();
    site.server = await serveDist(base);
    site.browser = await sharedChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * Pages kept from test to test, one for each test running at once, each in a
 * context of its own (a context's pages share localStorage, where the reader
 * states are saved). A new context costs a renderer process and whatever
 * `prepare` loads parsed and compiled again in it: on a busy machine six pages
 * took 15 s with axe-core run on one page, 31–41 s with a context each. A page
 * whose test failed is closed, not handed on.
 */
export function reusedPages(site: SiteInBrowser, options: BrowserContextOptions, prepare: (context: BrowserContext) => Promise<void>) {
  const idle: Page[] = [];
  return {
    async use<T>(test: (page: Page) => Promise<T>): Promise<T> {
      let page = idle.pop();
      if (!page) {
        const context = await site.newContext(options);
        await prepare(context);
        page = await context.newPage();
      }
      let passed = false;
      try {
        const result = await test(page);
        passed = true;
        return result;
      } finally {
        if (passed) idle.push(page);
        else await page.context().close();
      }
    },
  };
}
