/** The search box and the /search/ page, driven as a reader drives them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolationsInBothSchemes, siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();
const url = site.url;
/* A first search loads the UI, the search code and the index: give a busy machine time. */
const PATIENT = { timeout: 15_000 };

const resultLinks = (page: Page, scope = 'body') =>
  page.locator(`${scope} pagefind-results a.pf-result-link`).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

async function openPage(route: string): Promise<Page> {
  const page = await site.newPage();
  await page.goto(url(route));
  return page;
}

describe('the search dialog', () => {
  it('opens with /, finds a phrase, moves through results with the arrow keys and closes with Esc', async () => {
    const page = await openPage('/protection/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.pf-modal');
    await dialog.waitFor({ state: 'visible' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), PATIENT).toBe('INPUT');
    // Pagefind's engine, for the group of the site's other pages, waits for a query.
    expect(fetched.filter((path) => path.startsWith('/pagefind/') && !path.startsWith('/pagefind/pagefind-component-ui'))).toEqual([]);
    await page.keyboard.type('质押融资');
    await expect.poll(() => resultLinks(page, 'dialog'), PATIENT).toContain(`/utilization/?highlight=${encodeURIComponent('质押融资')}#s4-4-p1`);
    expect(await dialog.locator('.search-result-place').first().textContent()).toBe('四、加快知识产权转化运用，引领支撑经济转型升级 › （四）深化知识产权金融服务');
    expect(await dialog.locator('pagefind-summary').textContent()).toContain('质押融资');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''), PATIENT).toMatch(/#s4-4-p1$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open), PATIENT).toBe(false);
    await page.close();
  });

  it('opens with Ctrl+K and passes axe-core while open, in either scheme', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(url('/'));
    await page.keyboard.press('Control+k');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('PCT');
    await expect.poll(async () => (await resultLinks(page, 'dialog')).length, PATIENT).toBeGreaterThan(0);
    expect(await axeViolationsInBothSchemes(page, { include: ['dialog.pf-modal', 'site-search'] })).toEqual({ light: [], dark: [] });
    await context.close();
  });

  it('says a query of spaces cannot be searched', async () => {
    const page = await openPage('/protection/');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('   ');
    await expect.poll(() => page.locator('dialog .search-note').textContent(), PATIENT).toBe('请输入要搜索的词语：只有空格无法搜索。');
    expect(await page.locator('dialog pagefind-summary').isHidden()).toBe(true);
    await page.close();
  });

  it('lands on the paragraph with the searched phrase marked', async () => {
    const page = await openPage('/');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('质押融资');
    const first = page.locator('dialog pagefind-results a.pf-result-link').first();
    await expect.poll(() => first.getAttribute('href'), PATIENT).toMatch(/#s4-4-p1$/);
    await first.click();
    await page.waitForURL(/\/utilization\/\?highlight=.*#s4-4-p1$/);
    const paragraph = page.locator('#s4-4-p1');
    const occurrences = ((await paragraph.textContent()) ?? '').split('质押融资').length - 1;
    expect(occurrences).toBe(6);
    await expect.poll(() => paragraph.locator('mark.search-highlight').allTextContents(), PATIENT).toEqual(Array(6).fill('质押融资'));
    expect(await page.locator('main mark.search-highlight').evaluateAll((marks) => marks.every((m) => m.textContent === '质押融资'))).toBe(true);
    await page.close();
  });
});

describe('the /search/ page', () => {
  it('runs the search in its address and keeps the address in step with typing', async () => {
    const page = await openPage('/search/?q=%E5%95%86%E6%A0%87');
    await expect.poll(() => resultLinks(page), PATIENT).toContain('/protection/?highlight=%E5%95%86%E6%A0%87#s3-2-p3');
    await page.locator('#search-q').fill('专利保险');
    await expect.poll(() => new URL(page.url()).searchParams.get('q'), PATIENT).toBe('专利保险');
    await expect.poll(async () => (await resultLinks(page)).some((h) => h.endsWith('#s4-4-p1')), PATIENT).toBe(true);
    // A glossary term: the plan's paragraphs, then the site's own pages, its entry first, in each edition its own.
    const sitePages = () => page.locator('.search-site a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    await page.locator('#search-q').fill('地理标志');
    await expect.poll(async () => (await sitePages())[0], PATIENT).toBe('/glossary/#term-dili-biaozhi');
    expect(await page.locator('.search-site h2').textContent()).toBe('本站其他页面');
    expect(await page.locator('.search-site a').first().textContent()).toBe('术语 › 地理标志');
    expect(await page.locator('pagefind-summary').textContent()).toContain('找到 7 个');
    await page.goto(url('/zh-hant/search/'));
    await page.locator('#search-q').fill('地理標誌');
    await expect.poll(async () => (await sitePages())[0], PATIENT).toBe('/zh-hant/glossary/#term-dili-biaozhi');
    expect(await page.locator('.search-site h2').textContent()).toBe('本站其他頁面');
    expect((await sitePages()).every((href) => href.startsWith('/zh-hant/'))).toBe(true);
    // Typed in Simplified, as the plan's search in this edition allows: the edition's pages are found all the same.
    await page.locator('#search-q').fill('地理标志');
    await expect.poll(async () => (await sitePages())[0], PATIENT).toBe('/zh-hant/glossary/#term-dili-biaozhi');
    await page.close();
  });

  it('filters by kind: 4872 among tables is the row of 表2', async () => {
    const page = await openPage('/search/?q=4872');
    await expect.poll(async () => (await resultLinks(page)).length, PATIENT).toBe(2);
    await page.getByLabel('类型').selectOption('表格');
    await expect.poll(() => resultLinks(page), PATIENT).toEqual(['/general-requirements/?highlight=4872#t2-r4']);
    expect(new URL(page.url()).search).toBe('?q=4872&kind=%E8%A1%A8%E6%A0%BC');
    await page.close();
  });

  it('filters by part', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('人才')}&kind=${encodeURIComponent('专栏')}`);
    expect(await page.getByLabel('类型').inputValue()).toBe('专栏');
    await expect.poll(async () => {
      const links = await resultLinks(page);
      return links.length > 0 && links.every((h) => /#c\d/.test(h));
    }, PATIENT).toBe(true);
    await page.getByLabel('部分').selectOption('六、加强知识产权人才队伍建设，提供坚实人才保障');
    await expect.poll(async () => {
      const links = await resultLinks(page);
      return links.length > 0 && links.every((h) => h.startsWith('/talent/'));
    }, PATIENT).toBe(true);
    await page.close();
  });

  it('lists what holds the query\'s words when nothing holds it all, saying what each lacks', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('专利保险费率')}`);
    await expect.poll(async () => (await resultLinks(page))[0], PATIENT).toMatch(/#s4-4-p1$/);
    expect(await page.locator('[data-search-tips]').isHidden()).toBe(true);
    await page.close();
  });

  it('says when the plan writes none of the query\'s words, and offers shorter terms that work', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('侵权费')}`);
    const tips = page.locator('[data-search-tips]');
    await tips.waitFor({ state: 'visible' });
    expect(await tips.locator('p').textContent()).toBe('规划中没有“侵权费”。可以试试更短或相关的词：');
    expect(await tips.locator('button').allTextContents()).toContain('侵权');
    await tips.locator('button', { hasText: '侵权' }).first().click();
    await expect.poll(async () => (await resultLinks(page)).some((h) => h.endsWith('#s3-3-p1')), PATIENT).toBe(true);
    expect(await page.locator('#search-q').inputValue()).toBe('侵权');
    expect(await tips.isHidden()).toBe(true);
    await page.close();
  });

  it('quotes a query not found with its control characters shown, not obeyed', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('\u202e侵权费')}`);
    const tips = page.locator('[data-search-tips]');
    await tips.waitFor({ state: 'visible' });
    expect(await tips.locator('p').textContent()).toBe('规划中没有“〈U+202E〉侵权费”。可以试试更短或相关的词：');
    // Pagefind's own summary line quotes it the same way.
    await expect.poll(() => page.locator('pagefind-summary').textContent()).toContain('〈U+202E〉侵权费');
    expect(await page.locator('pagefind-summary').textContent()).not.toContain('\u202e');
    await page.close();
  });

  it('shows a query containing HTML as text and never runs it', async () => {
    const page = await site.newPage();
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
    // Quoted as text, its first 30 characters (the tip's echo, src/lib/site/echo.ts).
    expect(await page.locator('[data-search-tips] p').textContent()).toContain(`“${query.slice(0, 30)}…”`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script:not([type])').count()).toBe(0);
    expect(await page.locator('#search-q').inputValue()).toBe(query);
    // An injected <img src=x> would have been requested, and its onerror run, by the time the network is idle.
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.endsWith('/x'))).toEqual([]);
    expect(dialogs).toBe(0);
    await page.close();
  });

  it('says a query of spaces cannot be searched, instead of 未找到 的相关结果', async () => {
    const page = await openPage(`/search/?q=${encodeURIComponent('   ')}`);
    await page.locator('#search-q').fill('   ');
    await page.locator('#search-q').press('Enter');
    const note = page.locator('.search-note');
    await expect.poll(() => note.textContent(), PATIENT).toBe('请输入要搜索的词语：只有空格无法搜索。');
    expect(await page.locator('pagefind-summary').isHidden()).toBe(true);
    expect(await page.locator('main').innerText()).not.toContain('未找到');
    await page.close();
  });

  it('asks for a query when a filter is chosen without one, instead of a blank page', async () => {
    const page = await openPage(`/search/?kind=${encodeURIComponent('专栏')}`);
    await expect.poll(() => page.locator('.search-note').textContent(), PATIENT).toBe('请先输入要搜索的词语，筛选条件会用于搜索结果。');
    await page.close();
  });

  it('cuts an over-long query to 100 characters, in the address too, and says so', async () => {
    const long = '知识产权'.repeat(200);
    const page = await openPage(`/search/?q=${encodeURIComponent(long)}`);
    await expect.poll(() => page.locator('.search-note').textContent(), PATIENT).toBe('搜索词太长，只搜索了前100个字。');
    expect(new URL(page.url()).searchParams.get('q')).toBe('知识产权'.repeat(25));
    // The capped address reloads (the full one is over 7 KB once encoded).
    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await page.close();
  });

  it('without JavaScript, offers the form and says how to search the full text instead', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/protection/'));
    expect(await page.locator('a.search-trigger').getAttribute('href')).toBe('/search/');
    await page.goto(url('/search/?q=%E5%95%86%E6%A0%87'));
    expect(await page.locator('form[role="search"] input[name="q"]').count()).toBe(1);
    expect(await page.locator('main').innerText()).toContain('全文页');
    await context.close();
  });
});
