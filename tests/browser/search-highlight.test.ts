/**
 * The page reached from a search result marks what was sought: across a
 * link's edge, never inside a chart's SVG, in the case printed, and every
 * phrase the address names, several in one text node included.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();
const PATIENT = { timeout: 15_000 };

async function reached(route: string, ...phrases: string[]): Promise<Page> {
  const page = await site.newPage();
  const query = new URLSearchParams(phrases.map((p) => ['highlight', p]));
  await page.goto(site.url(`${route}?${query}`));
  // <site-search> marks as it connects; its definition is the signal that it has run.
  await page.evaluate(() => customElements.whenDefined('site-search'));
  return page;
}

/** Each marked occurrence's text, its parts (split by a link) joined. */
const markedPhrases = (page: Page) =>
  page.evaluate(() => {
    const groups = new Map<string, string>();
    for (const mark of document.querySelectorAll<HTMLElement>('main mark.search-highlight')) {
      groups.set(mark.dataset.highlight!, (groups.get(mark.dataset.highlight!) ?? '') + mark.textContent);
    }
    return [...groups.values()];
  });

/** How often a phrase stands in the page's visible text, SVG left out. */
const occurrences = (page: Page, phrase: string) =>
  page.evaluate((p) => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const svg of main.querySelectorAll('svg')) svg.remove();
    return (main.textContent ?? '').split(p).length - 1;
  }, phrase);

describe('marking the phrase sought on the page reached', () => {
  it('marks 知识产权强国建设 on /protection/, and a phrase that runs into a link, in two parts', async () => {
    const page = await reached('/protection/', '知识产权强国建设', '法律法规和《知识产权强国建设纲要');
    const times = await occurrences(page, '知识产权强国建设');
    expect(times).toBeGreaterThan(0);
    await expect
      .poll(() => markedPhrases(page), PATIENT)
      .toEqual(expect.arrayContaining([...Array(times).fill('知识产权强国建设'), '法律法规和《知识产权强国建设纲要']));
    // 三（一）第1段: the text before the document title's link, and the title inside it, marked as one phrase in two
    // parts; the part inside the link leaves it a link.
    const inLink = page.locator('#s3-1-p1 a.doc-ref mark.search-highlight');
    await expect.poll(() => inLink.count(), PATIENT).toBeGreaterThan(0);
    const id = await inLink.first().getAttribute('data-highlight');
    expect(await page.locator(`main mark.search-highlight[data-highlight="${id}"]`).allTextContents()).toEqual(['法律法规和', '《知识产权强国建设纲要']);
    await page.close();
  });

  it('leaves the chart alone: nothing marked inside SVG, its label whole', async () => {
    const page = await reached('/background/', '发明专利拥有量');
    const label = page.locator('main svg text', { hasText: '万人有效发明专利拥有量' }).first();
    expect(await label.textContent()).toBe('1. 万人有效发明专利拥有量（件）');
    await expect.poll(async () => (await markedPhrases(page)).length, PATIENT).toBe(await occurrences(page, '发明专利拥有量'));
    expect(await page.locator('main svg mark').count()).toBe(0);
    expect(await label.textContent()).toBe('1. 万人有效发明专利拥有量（件）');
    await page.close();
  });

  it('respects case: PCT is marked for PCT, nothing for pct', async () => {
    const upper = await reached('/protection/', 'PCT');
    await expect.poll(() => markedPhrases(upper), PATIENT).toEqual(['PCT']);
    await upper.close();
    const lower = await reached('/protection/', 'pct');
    expect(await lower.locator('main mark').count()).toBe(0);
    await lower.close();
  });

  it('marks every phrase named, two in one text node included', async () => {
    const page = await reached('/utilization/', '质押融资', '白名单');
    const expected = [await occurrences(page, '质押融资'), await occurrences(page, '白名单')];
    expect(expected[0]).toBeGreaterThan(1);
    expect(expected[1]).toBeGreaterThan(0);
    await expect.poll(async () => {
      const marked = await markedPhrases(page);
      return [marked.filter((m) => m === '质押融资').length, marked.filter((m) => m === '白名单').length];
    }, PATIENT).toEqual(expected);
    // Somewhere the two phrases stood in one text node: two marks with only text between them.
    const together = await page.locator('main').evaluate((main) =>
      [...main.querySelectorAll('mark.search-highlight')].some((mark) => {
        let node = mark.nextSibling;
        while (node && node.nodeType === Node.TEXT_NODE) node = node.nextSibling;
        return node instanceof HTMLElement && node.matches('mark.search-highlight') && node.textContent !== mark.textContent;
      }),
    );
    expect(together).toBe(true);
    await page.close();
  });
});
