/** Chromium driven by playwright-core, against dist/ served on 127.0.0.1. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';
import { DIST, requireDist } from './dist.ts';

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

/**
 * axe-core's WCAG 2.2 AA check of the page as it stands; with `enhancedContrast`
 * (the high-contrast setting promises 7:1), AAA's contrast rule on top.
 */
export async function axeReport(page: Page, { enhancedContrast = false } = {}): Promise<AxeReport> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await new AxeBuilder({ page, axeSource: AXE_PRESENT })
    // One options object, since options() replaces what withTags() would set. Passing nodes are
    // counted per rule but not sent back: thousands of them on the longer pages.
    .options({
      runOnly: { type: 'tag', values: WCAG_22_AA },
      resultTypes: ['violations'],
      ...(enhancedContrast ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {}),
    })
    // Legacy mode runs axe in the page itself. The site has no frames, and the default mode opens
    // an extra page per check to merge frame results, which costs a third of the time.
    .setLegacyMode(true)
    .analyze();
  if (results.passes.length < 10) throw new Error(`axe-core passed only ${results.passes.length} rules on ${page.url()}: did it run?`);
  return {
    violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    checked: [...results.passes, ...results.violations].map((r) => r.id),
  };
}

/** axe-core's WCAG 2.2 AA violations on the page as it stands, one "rule: targets" line each. */
export async function axeViolations(page: Page, options: { enhancedContrast?: boolean } = {}): Promise<string[]> {
  return (await axeReport(page, options)).violations;
}

/**
 * axeViolations in the light scheme, then the dark one on the same load and in
 * the same state: the scheme changes the page's colours and nothing else.
 */
export async function axeViolationsInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  if (!(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))) throw new Error('the dark scheme did not apply');
  const dark = await axeViolations(page);
  return { light, dark };
}

export interface SiteInBrowser {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveDist>>;
  /** The served address of a route such as "/protection/#s3-2-p3". */
  url(route: string): string;
}

/** For a test file: serves dist/ and connects to Chromium before its tests, and stops both after them. */
export function siteInBrowser(base = '/'): SiteInBrowser {
  const site = {
    url: (route: string) => new URL(route.slice(1), site.server.url).href,
  } as SiteInBrowser;
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
