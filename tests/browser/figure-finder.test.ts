/** The figure finder on /figures/: filtering and sorting the 117 figures as a reader does. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

async function openFinder(): Promise<Page> {
  const page = await site.newPage();
  await page.goto(site.url('/figures/'));
  await page.evaluate(() => customElements.whenDefined('figure-finder'));
  return page;
}

const count = (page: Page) => page.locator('[data-count]').textContent();
const shownRows = (page: Page) => page.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => row.id));

describe('the figure finder', () => {
  it('keeps the rows that hold the words typed and the part and unit chosen, and counts them', async () => {
    const page = await openFinder();
    expect(await count(page)).toBe('117');
    await page.getByLabel('文字').fill('专利转让');
    await expect.poll(() => count(page)).toBe('14');
    await page.getByLabel('文字').fill(' 4872 ');
    await expect.poll(() => shownRows(page)).toEqual(['f-s1-1-p5-1', 'f-s1-1-p5-2', 'f-s1-1-p5-3', 'f-s1-1-p5-4', 'f-s1-1-p5-5', 'f-t2-r4-1', 'f-t2-r4-2']);
    await page.getByLabel('文字').fill('');
    await page.getByLabel('部分').selectOption('二、总体要求');
    await page.getByLabel('单位').selectOption('件');
    await expect.poll(() => shownRows(page)).toEqual(['f-t2-r1-1', 'f-t2-r2-1', 'f-t2-r4-1', 'f-t2-r5-1']);
    expect(await count(page)).toBe('4');
    await page.close();
  });

  it('sorts a column by its header button, figures as numbers, and back to the plan’s order by 位置', async () => {
    const page = await openFinder();
    const place = page.getByRole('columnheader', { name: '位置' });
    const value = page.getByRole('columnheader', { name: '数字' });
    // 位置 is the order the page comes in, so its first click turns it round.
    await place.getByRole('button').click();
    expect(await place.getAttribute('aria-sort')).toBe('descending');
    expect((await shownRows(page))[0]).toBe('f-s8-4-p1-1');
    await value.getByRole('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('ascending');
    expect(await place.getAttribute('aria-sort')).toBeNull();
    expect((await shownRows(page)).slice(0, 3)).toEqual(['f-s1-1-p3-23', 'f-t1-r3-1', 'f-t1-r3-2']);
    await value.getByRole('button').click();
    expect(await value.getAttribute('aria-sort')).toBe('descending');
    expect((await shownRows(page)).slice(0, 3)).toEqual(['f-s1-1-p3-3', 'f-s1-1-p3-2', 'f-s1-1-p3-9']);
    // Names and standard numbers have no value: last, whichever way the figures run, in the order they stood (位置 descending).
    expect((await shownRows(page)).slice(-3)).toEqual(['f-c5-i1-1', 'f-s4-2-p1-1', 'f-s2-3-p3-1']);
    await place.getByRole('button').click();
    expect(await place.getAttribute('aria-sort')).toBe('ascending');
    expect((await shownRows(page)).slice(0, 2)).toEqual(['f-s0-p1-1', 'f-s1-1-p3-1']);
    await page.close();
  });
});
