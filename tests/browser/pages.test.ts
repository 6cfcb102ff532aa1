/**
 * Every page in a real browser: no console errors, no request leaving
 * 127.0.0.1, no axe-core violation of WCAG 2.2 AA in the light or dark
 * scheme, and no sideways scrolling on a 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { siteInBrowser, WCAG_22_AA } from '../support/browser.ts';
import { listPages } from '../support/dist.ts';

const site = siteInBrowser();

const routes = listPages();
const url = (route: string) => new URL(route.slice(1), site.server.url).href;

describe.each(['light', 'dark'] as const)('in the %s scheme', (colorScheme) => {
  it.each(routes)('%s loads cleanly and passes axe-core', async (route) => {
    const context = await site.browser.newContext({ colorScheme });
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
    const response = await page.goto(url(route), { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(violations).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('on a 360 px phone', () => {
  it.each(routes)('%s does not scroll sideways', async (route) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(url(route));
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(360);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await context.close();
  });
});
