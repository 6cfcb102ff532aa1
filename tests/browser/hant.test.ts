/**
 * The 繁體中文 edition as a reader uses it: the switch lands on the same
 * paragraph, and a query typed in either script finds its paragraph in
 * either edition, with results that stay in the edition being read.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

const resultLinks = (page: Page) =>
  page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

async function search(edition: '' | '/zh-hant', query: string): Promise<string[]> {
  const page = await site.browser.newPage();
  await page.goto(site.url(`${edition}/search/?q=${encodeURIComponent(query)}`));
  await page.locator('pagefind-results a.pf-result-link').first().waitFor();
  const links = await resultLinks(page);
  await page.close();
  return links.map((href) => href.replace(/\?[^#]*/, ''));
}

describe('search in both scripts and both editions', () => {
  it.each([
    ['專利質押', '/utilization/#s4-4-p1'],
    ['专利质押', '/utilization/#s4-4-p1'],
    ['商標品牌', '/protection/#c2-i1'],
    ['商标品牌', '/protection/#c2-i1'],
  ])('%s finds %s in both editions, each in its own', async (query, target) => {
    const [hans, hant] = [await search('', query), await search('/zh-hant', query)];
    expect(hans).toContain(target);
    expect(hant).toContain(`/zh-hant${target}`);
    expect(hans.every((href) => !href.startsWith('/zh-hant/'))).toBe(true);
    expect(hant.every((href) => href.startsWith('/zh-hant/'))).toBe(true);
    // The same paragraphs, whichever script the query was typed in.
    expect(hant).toEqual(hans.map((href) => `/zh-hant${href}`));
  });
});

describe('the edition switch', () => {
  it('lands on the same paragraph, both ways', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.url('/protection/#s3-2-p3'));
    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForURL(/\/zh-hant\/protection\/#s3-2-p3$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    const top = () => page.evaluate(() => Math.round(document.getElementById('s3-2-p3')!.getBoundingClientRect().top));
    await expect.poll(top).toBeLessThan(100);
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/protection\/#s3-2-p3$/);
    expect(new URL(page.url()).pathname).toBe('/protection/');
  });
});
