/**
 * The plan explorer driven as a reader drives it: the state in the address,
 * the form and the list in step with it, back and forward, an unknown value
 * explained, the city tiles filtering without a page load, the keyboard; and
 * axe-core on /explore/ and /scorecard/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeReport, siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

async function open(route: string): Promise<Page> {
  const page = await site.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(site.url(route));
  // The form is hidden until its script has read the address.
  await page.locator('explore-filters:not([hidden])').waitFor();
  // A mark that only survives if no page load happens after this.
  await page.evaluate(() => ((window as unknown as { loadMark: number }).loadMark = 1));
  return page;
}

const shown = (page: Page) => page.locator('.explore-results > li:not([hidden])').evaluateAll((items) => items.map((li) => li.id));
const count = (page: Page) => page.locator('.explore-count').textContent();
const value = (page: Page, facet: string) => page.locator(`select[name="${facet}"]`).inputValue();
const optionText = (page: Page, facet: string, v: string) => page.locator(`select[name="${facet}"] option[value="${v}"]`).textContent();
const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);
const sameLoad = (page: Page) => page.evaluate(() => (window as unknown as { loadMark?: number }).loadMark === 1);

describe('/explore/ with JS', () => {
  it('reads ?place=大连&ip=商标: the form shows both, 2 of 84 blocks are listed, and each option counts under the other facets', async () => {
    const page = await open('/explore/?place=大连&ip=商标');
    expect([await value(page, 'place'), await value(page, 'ip'), await value(page, 'theme')]).toEqual(['大连', '商标', '']);
    expect(await count(page)).toBe('符合条件的有2段（共84段）');
    expect(await shown(page)).toEqual(['x-s1-1-p8', 'x-s3-3-p3']);
    // Place counts under ip=商标, ip counts under place=大连: 大连 has 2 商标 blocks and 5 专利 ones.
    expect(await optionText(page, 'place', '大连')).toBe('大连（2）');
    expect(await optionText(page, 'ip', '商标')).toBe('商标（2）');
    expect(await optionText(page, 'ip', '专利')).toBe('专利（5）');
    expect(await page.locator('.explore-unknown').isHidden()).toBe(true);
    await page.close();
  });

  it('puts a change in the address, and Back restores the previous state and list without a page load', async () => {
    const page = await open('/explore/?place=大连&ip=商标');
    await page.locator('select[name="ip"]').selectOption('专利');
    await expect.poll(() => search(page)).toBe('?place=大连&ip=专利');
    expect(await count(page)).toBe('符合条件的有5段（共84段）');
    expect(await shown(page)).toEqual(['x-s1-1-p2', 'x-s1-1-p8', 'x-s3-3-p3', 'x-s4-6-p1', 'x-s6-1-p1']);

    await page.locator('select[name="place"]').selectOption('');
    await expect.poll(() => search(page)).toBe('?ip=专利');
    expect(await count(page)).toBe('符合条件的有43段（共84段），先列出前10段');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?place=大连&ip=专利');
    await expect.poll(() => count(page)).toBe('符合条件的有5段（共84段）');
    expect(await value(page, 'place')).toBe('大连');

    await page.goBack();
    await expect.poll(() => search(page)).toBe('?place=大连&ip=商标');
    await expect.poll(() => count(page)).toBe('符合条件的有2段（共84段）');
    expect(await shown(page)).toEqual(['x-s1-1-p8', 'x-s3-3-p3']);
    expect(await value(page, 'ip')).toBe('商标');

    await page.goForward();
    await expect.poll(() => value(page, 'ip')).toBe('专利');
    expect(await sameLoad(page)).toBe(true);
    await page.close();
  });

  it('narrows by the words typed: one history entry for the typing, and 清除筛选 clears state, address and fields', async () => {
    const page = await open('/explore/?place=大连');
    const length = await page.evaluate(() => history.length);
    const box = page.locator('input[name="q"]');
    await box.fill('质押');
    await expect.poll(() => search(page)).toBe('?place=大连&q=质押');
    // The next keystrokes update the entry the first one made.
    await box.press('End');
    await page.keyboard.type(' 保险');
    await expect.poll(() => search(page)).toBe('?place=大连&q=质押+保险');
    expect(await count(page)).toBe('没有同时符合这些条件的段落，请减少条件。');
    await page.locator('select[name="place"]').selectOption('');
    await expect.poll(() => search(page)).toBe('?q=质押+保险');
    expect(await count(page)).toBe('符合条件的有2段（共84段）');
    expect(await shown(page)).toEqual(['x-s4-4-p1', 'x-c4-i2']);
    // Typing was one entry (its change event on leaving the box added none), the select another.
    expect(await page.evaluate(() => history.length)).toBe(length + 2);

    await page.locator('button.explore-reset').click();
    await expect.poll(() => count(page)).toBe('共84段，先列出前10段');
    expect(search(page)).toBe('');
    expect(await box.inputValue()).toBe('');
    expect(await shown(page)).toHaveLength(10);
    expect(await page.evaluate(() => history.length)).toBe(length + 3);

    await page.goBack();
    await expect.poll(() => count(page)).toBe('符合条件的有2段（共84段）');
    expect(await box.inputValue()).toBe('质押 保险');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?place=大连&q=质押+保险');
    await page.goBack();
    await expect.poll(() => search(page)).toBe('?place=大连');
    expect(await count(page)).toBe('符合条件的有10段（共84段）');
    expect(await box.inputValue()).toBe('');
    expect(await sameLoad(page)).toBe(true);
    await page.close();
  });

  it('explains an unknown value in the address and lists what the rest select', async () => {
    const page = await open('/explore/?place=火星');
    const message = page.locator('.explore-unknown');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toBe('网址中的“place=火星”不是“地区”中的选项，已不按它筛选。下面显示的是其余条件的结果。');
    expect(await count(page)).toBe('共84段，先列出前10段');
    expect(await shown(page)).toHaveLength(10);
    expect(await value(page, 'place')).toBe('');
    await page.close();

    // A right-to-left override in the address is shown as its code, not obeyed.
    const reversed = await open(`/explore/?place=${encodeURIComponent('火\u202e星')}`);
    expect(await reversed.locator('.explore-unknown').textContent()).toBe('网址中的“place=火〈U+202E〉星”不是“地区”中的选项，已不按它筛选。下面显示的是其余条件的结果。');
    await reversed.close();

    const mixed = await open('/explore/?place=火星&ip=商标');
    expect(await mixed.locator('.explore-unknown').textContent()).toContain('“place=火星”');
    expect(await count(mixed)).toBe('符合条件的有11段（共84段），先列出前10段');
    // A choice made after that is a new state: the message goes.
    await mixed.locator('select[name="place"]').selectOption('沈阳');
    await expect.poll(() => mixed.locator('.explore-unknown').isHidden()).toBe(true);
    await mixed.close();
  });

  it('lists the first 10 matches, then the rest on 显示其余, with the keyboard on the first block it brought; a new choice lists 10 again', async () => {
    const page = await open('/explore/?ip=专利');
    const more = page.locator('button.explore-more');
    expect(await shown(page)).toHaveLength(10);
    expect(await more.textContent()).toBe('显示其余33段');
    const first21 = await page.locator('.explore-results > li').evaluateAll((items) => items.filter((li) => (li.dataset.ip ?? '').split('|').includes('专利'))[10]!.id);
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await shown(page)).toHaveLength(43);
    expect(await more.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(first21);
    expect(search(page)).toBe('?ip=专利');
    await page.locator('select[name="ip"]').selectOption('地理标志');
    await expect.poll(() => count(page)).toBe('符合条件的有7段（共84段）');
    expect(await more.isHidden()).toBe(true);
    await page.locator('select[name="ip"]').selectOption('');
    await expect.poll(() => shown(page)).toHaveLength(10);
    expect(await more.textContent()).toBe('显示其余74段');
    await page.close();
  });

  it('filters by a city tile without a page load', async () => {
    const page = await open('/explore/');
    expect(await count(page)).toBe('共84段，先列出前10段');
    await page.locator('.city-tiles a[data-value="沈阳"]').click();
    await expect.poll(() => search(page)).toBe('?place=沈阳');
    expect(await count(page)).toBe('符合条件的有11段（共84段），先列出前10段');
    expect(await value(page, 'place')).toBe('沈阳');
    expect(await shown(page)).toHaveLength(10);
    expect(await sameLoad(page)).toBe(true);
    await page.close();
  });

  it('reaches every select and the text box by Tab from the last city tile, and a select changes with the arrow keys', async () => {
    const page = await open('/explore/');
    await page.locator('.city-tiles a[data-value="大连"]').focus();
    const reached: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('name') ?? document.activeElement?.textContent ?? ''));
    }
    expect(reached).toEqual(['place', 'ip', 'theme', 'means', 'target', 'status', 'q', '清除筛选']);
    await page.locator('select[name="theme"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page)).toBe('?theme=保护');
    expect(await count(page)).toBe('符合条件的有22段（共84段），先列出前10段');
    await page.close();
  });

  it('passes axe-core filtered, with an unknown value explained', async () => {
    const page = await open('/explore/?place=火星&ip=商标');
    expect((await axeReport(page)).violations).toEqual([]);
    await page.close();
  });
});

describe('/scorecard/', () => {
  // The page as loaded passes axe-core in every reader state in the every-page sweep (tests/support/every-page.ts),
  // whose first run there is this one's was: the whole WCAG 2.2 AA set, light, on a wide screen.
  it('shows each status in words', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/scorecard/'));
    expect(await page.locator('tr#goal-t1-r5 .status-badge').textContent()).toBe('✗未达到');
    await page.close();
  });
});

describe('/zh-hant/explore/', () => {
  it('reads ?place=大連&ip=商標, and a tile filters by the edition’s own value', async () => {
    const page = await open('/zh-hant/explore/?place=大連&ip=商標');
    expect([await value(page, 'place'), await value(page, 'ip')]).toEqual(['大連', '商標']);
    expect(await count(page)).toBe('符合條件的有2段（共84段）');
    expect(await shown(page)).toEqual(['x-s1-1-p8', 'x-s3-3-p3']);
    await page.locator('.city-tiles a[data-value="瀋陽"]').click();
    await expect.poll(() => search(page)).toBe('?place=瀋陽&ip=商標');
    expect(await sameLoad(page)).toBe(true);
    // The tile's own address, opened afresh, selects the same city.
    const href = await page.locator('.city-tiles a[data-value="瀋陽"]').getAttribute('href');
    await page.goto(new URL(href!, page.url()).href);
    await page.locator('explore-filters:not([hidden])').waitFor();
    expect(await value(page, 'place')).toBe('瀋陽');
    expect(await count(page)).toBe('符合條件的有11段（共84段），先列出前10段');
    expect(await page.locator('.explore-unknown').isHidden()).toBe(true);
    await page.close();
  });
});
