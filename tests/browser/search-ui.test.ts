/** The search box and the /search/ page, driven as a reader drives them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolationsInBothSchemes, siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();
const url = site.url;

const resultLinks = (page: Page, scope = 'body') =>
  page.locator(`${scope} pagefind-results a.pf-result-link`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

async function openPage(route: string): Promise<Page> {
  const page = await site.browser.newPage();
  await page.goto(url(route));
  return page;
}

describe('the search dialog', () => {
  it('opens with /, finds a phrase, moves through results with the arrow keys and closes with Esc', async () => {
    const page = await openPage('/protection/');
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.pf-modal');
    await dialog.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await page.keyboard.type('质押融资');
    await expect.poll(() => resultLinks(page, 'dialog')).toContain('/utilization/?highlight=%E8%B4%A8&highlight=%E6%8A%BC&highlight=%E8%9E%8D%E8%B5%84#s4-4-p1');
    expect(await dialog.locator('.search-result-place').first().textContent()).toBe('四、加快知识产权转化运用，引领支撑经济转型升级 › （四）深化知识产权金融服务');
    expect(await dialog.locator('pagefind-summary').textContent()).toContain('质押融资');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')).toMatch(/#s4-4-p1$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    await page.close();
  });

  it('opens with Ctrl+K and passes axe-core while open, in either scheme', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('PCT');
    await expect.poll(async () => (await resultLinks(page, 'dialog')).length).toBeGreaterThan(0);
    expect(await axeViolationsInBothSchemes(page)).toEqual({ light: [], dark: [] });
    await context.close();
  });

  it('lands on the paragraph with the searched phrase marked', async () => {
    const page = await openPage('/');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('质押融资');
    const first = page.locator('dialog pagefind-results a.pf-result-link').first();
    await expect.poll(() => first.getAttribute('href')).toMatch(/#s4-4-p1$/);
    await first.click();
    await page.waitForURL(/\/utilization\/\?highlight=.*#s4-4-p1$/);
    const paragraph = page.locator('#s4-4-p1');
    const occurrences = ((await paragraph.textContent()) ?? '').split('质押融资').length - 1;
    expect(occurrences).toBe(6);
    await expect.poll(() => paragraph.locator('mark.search-highlight').allTextContents()).toEqual(Array(6).fill('质押融资'));
    // The single characters 质 and 押 that Pagefind also passes are never marked alone.
    expect(await page.locator('main mark.search-highlight').evaluateAll((marks) => marks.every((m) => m.textContent === '质押融资'))).toBe(true);
    await page.close();
  });
});

describe('the /search/ page', () => {
  it('runs the search in its address and keeps the address in step with typing', async () => {
    const page = await openPage('/search/?q=%E5%95%86%E6%A0%87');
    await expect.poll(() => resultLinks(page)).toContain('/protection/?highlight=%E5%95%86%E6%A0%87#s3-2-p3');
    await page.locator('#search-q').fill('专利保险');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('专利保险');
    await expect.poll(async () => (await resultLinks(page)).some((h) => h.endsWith('#s4-4-p1'))).toBe(true);
    await page.close();
  });

  it('filters by kind: 4872 among tables is the row of 表2', async () => {
    const page = await openPage('/search/?q=4872');
    await expect.poll(async () => (await resultLinks(page)).length).toBe(2);
    await page.getByLabel('类型').selectOption('表格');
    await expect.poll(() => resultLinks(page)).toEqual(['/general-requirements/?highlight=4872#t2-r4']);
    expect(new URL(page.url()).search).toBe('?q=4872&kind=%E8%A1%A8%E6%A0%BC');
    await page.close();
  });

  it('filters by part', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('人才')}&kind=${encodeURIComponent('专栏')}`);
    expect(await page.getByLabel('类型').inputValue()).toBe('专栏');
    await expect.poll(async () => {
      const links = await resultLinks(page);
      return links.length > 0 && links.every((h) => /#c\d/.test(h));
    }).toBe(true);
    await page.getByLabel('部分').selectOption('六、加强知识产权人才队伍建设，提供坚实人才保障');
    await expect.poll(async () => {
      const links = await resultLinks(page);
      return links.length > 0 && links.every((h) => h.startsWith('/talent/'));
    }).toBe(true);
    await page.close();
  });

  it('says when nothing is found and offers shorter or related terms that work', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('专利保险费率')}`);
    const tips = page.locator('[data-search-tips]');
    await tips.waitFor({ state: 'visible' });
    expect(await tips.locator('p').textContent()).toBe('没有找到“专利保险费率”。可以试试更短或相关的词：');
    const offered = await tips.locator('button').allTextContents();
    expect(offered).toContain('专利保险');
    await tips.locator('button', { hasText: '专利保险' }).first().click();
    await expect.poll(async () => (await resultLinks(page)).some((h) => h.endsWith('#s4-4-p1'))).toBe(true);
    expect(await page.locator('#search-q').inputValue()).toBe('专利保险');
    expect(await tips.isHidden()).toBe(true);
    await page.close();
  });

  it('shows a query containing HTML as text and never runs it', async () => {
    const page = await site.browser.newPage();
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs += 1;
      await d.dismiss();
    });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const query = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    await page.goto(`${url('/search/')}?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-tips]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-search-tips] p').textContent()).toContain(query);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script:not([type])').count()).toBe(0);
    expect(await page.locator('#search-q').inputValue()).toBe(query);
    // An injected <img src=x> would have been requested, and its onerror run, by the time the network is idle.
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('without JavaScript, offers the form and says how to search the full text instead', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/protection/'));
    expect(await page.locator('a.search-trigger').getAttribute('href')).toBe('/search/');
    await page.goto(url('/search/?q=%E5%95%86%E6%A0%87'));
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('全文页');
    await context.close();
  });
});
