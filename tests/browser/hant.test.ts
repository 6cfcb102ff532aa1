/**
 * The 繁體中文 edition as a reader uses it: the switch lands on the same
 * paragraph, and a query typed in either script finds its paragraph in
 * either edition, with results that stay in the edition being read; what
 * the scripts write (menus, messages, tips) reads in Traditional characters,
 * and the edition's QR codes open the edition.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SITE } from '../../src/lib/site/site-url.ts';
import { fontsDrawing } from '../support/fonts.ts';
import { siteInBrowser } from '../support/browser.ts';
import { decodeQrIn, decodeQrPng, imageBytesIn, pngSize } from '../support/qr.ts';
import { colours, saveSettings, STATES, type ReaderState } from '../support/reader-states.ts';

const site = siteInBrowser();

/**
 * A page in a fresh context in a reader state, on a 360 px phone at the largest text, as a reader there would have it.
 * Its tests load their own pages and check the state's colours there (every page's, in every state, is the sweep's).
 */
async function pageIn(name: keyof typeof STATES): Promise<Page> {
  const state: ReaderState = STATES[name];
  const viewport = name === 'the largest text' ? { width: 360, height: 740 } : { width: 1280, height: 800 };
  const context = await site.newContext({ viewport, colorScheme: state.colorScheme });
  if (state.settings) await saveSettings(context, state);
  return context.newPage();
}

const resultLinks = (page: Page) =>
  page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));

/**
 * The links a search for `query` lists on `edition`'s search page, loaded in `page` (the query in its address).
 * The Component UI fills a result in only once its placeholder scrolls into view, so how many had links
 * depended on layout and timing (6 in one run, 10 in another): the page is tall enough for the first page
 * of results, and the list is read once every placeholder has its link.
 */
async function search(page: Page, edition: '' | '/zh-hant', query: string): Promise<string[]> {
  await page.goto(site.url(`${edition}/search/?q=${encodeURIComponent(query)}`));
  await page.locator('pagefind-results a.pf-result-link').first().waitFor();
  const filledIn = () =>
    page.locator('pagefind-results ul.pf-results').evaluate((list) => list.querySelectorAll(':scope > li').length === list.querySelectorAll(':scope > li a.pf-result-link').length);
  await expect.poll(filledIn, { timeout: 15_000 }).toBe(true);
  const links = await resultLinks(page);
  return links.map((href) => href.replace(/\?[^#]*/, ''));
}

describe('search in both scripts and both editions', () => {
  // One page for the searches, each a new load of the search page: a context each would cost a renderer each.
  let page: Page;
  beforeAll(async () => {
    page = await site.newPage();
    await page.setViewportSize({ width: 1280, height: 8000 });
  });
  afterAll(() => page?.close());

  it.each([
    ['專利質押', '/utilization/#s4-4-p1'],
    ['专利质押', '/utilization/#s4-4-p1'],
    ['商標品牌', '/protection/#c2-i1'],
    ['商标品牌', '/protection/#c2-i1'],
  ])('%s finds %s in both editions, each in its own', async (query, target) => {
    const [hans, hant] = [await search(page, '', query), await search(page, '/zh-hant', query)];
    expect(hans).toContain(target);
    expect(hant).toContain(`/zh-hant${target}`);
    expect(hans.every((href) => !href.startsWith('/zh-hant/'))).toBe(true);
    expect(hant.every((href) => href.startsWith('/zh-hant/'))).toBe(true);
    // The same paragraphs, whichever script the query was typed in.
    expect(hant).toEqual(hans.map((href) => `/zh-hant${href}`));
  });
});

describe.each(Object.keys(STATES) as Array<keyof typeof STATES>)('in %s', (name) => {
  // One context in the state for its tests, each a new load in it: a context each would cost a renderer each.
  let page: Page;
  beforeAll(async () => {
    page = await pageIn(name);
  });
  afterAll(() => page?.context().close());

  // A query's results read no colour: searched where the layout differs, at the largest text, where the form fills a
  // phone's first screen (the same queries at the default size are the searches above, in both editions). The edition
  // switch below, which carries the reader's settings, runs in every state.
  if (name === 'the largest text') {
    it.each([
      ['專利質押', '/utilization/#s4-4-p1'],
      ['商標品牌', '/protection/#c2-i1'],
    ])('the Traditional query %s finds %s in both editions', async (query, target) => {
      for (const edition of ['', '/zh-hant']) {
        await page.goto(site.url(`${edition}/search/?q=${encodeURIComponent(query)}`));
        expect(await colours(page)).toEqual(STATES[name].colours);
        // Results are drawn as they come into view (at the largest text on a phone the form fills the first
        // screen): scrolled to, one placeholder at a time, as a reader scrolling down would.
        const drawn = async () => {
          await page.evaluate(() => document.querySelector('pagefind-results li.pf-result[aria-hidden="true"]')?.scrollIntoView({ block: 'center' }));
          return (await resultLinks(page)).map((href) => href.replace(/\?[^#]*/, ''));
        };
        // First the search itself (its script and index loaded, the query run), on a machine as busy as it may be.
        await page.locator('pagefind-results li.pf-result').first().waitFor({ state: 'attached', timeout: 60_000 });
        await expect.poll(drawn, { timeout: 60_000 }).toContain(`${edition}${target}`);
      }
    });
  }

  it('the edition switch lands on the same paragraph, both ways', async () => {
    await page.goto(site.url('/protection/#s3-2-p3'));
    // Measured from the sticky header's foot, which a followed link stops below (scroll-padding-top): at the largest text it is 176 px tall.
    const top = () =>
      page.evaluate(() => Math.round(document.getElementById('s3-2-p3')!.getBoundingClientRect().top - document.querySelector('.site-header')!.getBoundingClientRect().bottom));
    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForURL(/\/zh-hant\/protection\/#s3-2-p3$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
    expect(await colours(page)).toEqual(STATES[name].colours);
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    expect(await top()).toBeLessThan(100);
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/protection\/#s3-2-p3$/);
    expect(new URL(page.url()).pathname).toBe('/protection/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    expect(await top()).toBeLessThan(100);
  });
});

describe('the edition switch', () => {
  // Landing on the same paragraph both ways, with each edition's lang, is checked in each reader state above.
  it('carries the paragraph a search result or anchor put in the address, from the Traditional edition too', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/zh-hant/utilization/'));
    await page.locator('#s4-4-p1 a.anchor').click();
    // The menu's code loads on this first click (site-boot.ts), which it then handles.
    await page.locator('.cite-menu:not([hidden])').waitFor();
    await page.keyboard.press('Escape');
    expect(new URL(page.url()).hash).toBe('#s4-4-p1');
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/utilization\/#s4-4-p1$/);
    expect(new URL(page.url()).pathname).toBe('/utilization/');
    await page.close();
  });
});

describe('what the scripts write, in the Traditional edition', () => {
  it('the anchor menu: its labels, the citation (the plan’s title as published), the paragraph’s QR code, and 分享这段 in both editions', async () => {
    // A dark screen: the 分享图 is light whatever the page's theme.
    const context = await site.newContext({ colorScheme: 'dark' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(site.url('/zh-hant/protection/'));
    const openMenu = async () => {
      await page.locator('#s3-2-p1 a.anchor').click();
      await page.locator('.cite-menu:not([hidden])').waitFor();
    };
    await openMenu();
    const menu = page.locator('.cite-menu');
    expect(await menu.getAttribute('aria-label')).toBe('引用三（二）第1段');
    expect(await menu.getByRole('button').allTextContents()).toEqual(['複製連結', '複製引用（簡式）', '複製引用（GB/T 7714—2025）', '複製摘錄和連結', '分享圖', 'QR碼', '關閉']);
    await menu.getByRole('button', { name: '複製引用（簡式）' }).click();
    const citation = '《辽宁省“十四五”知识产权保护和运用规划》三（二）第1段';
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').textContent()).toBe(`已複製引用：${citation}`);
    await openMenu();
    await menu.getByRole('button', { name: 'QR碼' }).click();
    expect(await menu.locator('img').getAttribute('alt')).toBe(`本處地址的QR碼：${PREVIEW_SITE}/zh-hant/protection/#s3-2-p1`);
    expect(await decodeQrIn(page, '.cite-menu img')).toBe(`${PREVIEW_SITE}/zh-hant/protection/#s3-2-p1`);
    // A term's tooltip: its note from the edition's own file, in Traditional.
    await page.keyboard.press('Escape');
    await page.locator('#s3-2-p2 a.term', { hasText: '揭榜掛帥' }).focus();
    await expect.poll(() => page.locator('#term-tip').textContent()).toBe('揭榜掛帥：把需要攻克的關鍵技術難題公開“張榜”，誰有本事誰來“揭榜”領銜攻關，不論資歷。詳見術語表（本站解釋）');

    // 分享这段: the link with the place and the first 30 characters, and the 分享图, in each edition's own words.
    const editions = [
      ['/zh-hant', '遼寧省“十四五”知識產權保護和運用規劃', '推動知識產權提質增量。健全知識產權申請數量動態跟蹤和反饋機制', ['複製摘錄和連結', '分享圖', '儲存圖片', '規劃', '已複製摘錄和連結']],
      ['', '辽宁省“十四五”知识产权保护和运用规划', '推动知识产权提质增量。健全知识产权申请数量动态跟踪和反馈机制', ['复制摘录和链接', '分享图', '保存图片', '规划', '已复制摘录和链接']],
    ] as const;
    for (const [edition, title, quote, [copyLabel, imageLabel, saveLabel, plan, copied]] of editions) {
      if (edition === '') await page.goto(site.url('/protection/'));
      const address = `${PREVIEW_SITE}${edition}/protection/#s3-2-p1`;
      const text = `《${title}》三（二）第1段：“${quote}…”\n${address}`;
      await openMenu();
      await menu.getByRole('button', { name: copyLabel }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').textContent()).toBe(`${copied}：${text}`);
      await openMenu();
      const make = menu.getByRole('button', { name: imageLabel });
      await make.click();
      const save = menu.getByRole('link', { name: saveLabel });
      expect(await save.getAttribute('download')).toBe(`${plan}-三（二）第1段.png`);
      expect(await make.getAttribute('aria-expanded')).toBe('true');
      const png = await imageBytesIn(page, '.share-block img');
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(pngSize(png).width).toBe(1080);
      expect(decodeQrPng(png)).toBe(address);
    }
    await context.close();
  });

  it('the share panel: the page’s QR code decodes to the Traditional address, and copying says so in Traditional', async () => {
    const context = await site.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    await page.goto(site.url('/zh-hant/protection/'));
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const panel = page.getByRole('group', { name: '分享本頁' });
    expect(await panel.getByRole('img').getAttribute('alt')).toBe(`本頁地址的QR碼：${PREVIEW_SITE}/zh-hant/protection/`);
    expect(await decodeQrIn(page, '#share-page img')).toBe(`${PREVIEW_SITE}/zh-hant/protection/`);
    await panel.getByRole('button', { name: '複製連結' }).click();
    await expect.poll(() => page.locator('reader-tools [role="status"]').textContent()).toBe(`已複製連結：${PREVIEW_SITE}/zh-hant/protection/`);
    await context.close();
  });

  it('search: nothing found, and shorter terms offered, in Traditional', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`/zh-hant/search/?q=${encodeURIComponent('侵權費')}`));
    const tips = page.locator('[data-search-tips]');
    await tips.waitFor({ state: 'visible' });
    expect(await tips.locator('p').textContent()).toBe('規劃中沒有“侵權費”。可以試試更短或相關的詞：');
    expect(await tips.locator('button').allTextContents()).toContain('侵權');
    await page.close();
  });
});

describe('the edition’s font', () => {
  /** Where the ink of ，and 。 sits across its square, in the font of `selector`: 0 is the left edge, 1 the right. */
  const inkCentres = (page: Page, selector: string) =>
    page.locator(selector).evaluate((el) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      return ['，', '。'].map((mark) => {
        const m = ctx.measureText(mark);
        return (m.actualBoundingBoxRight - m.actualBoundingBoxLeft) / 2 / m.width;
      });
    });

  it('draws the Traditional edition in a Traditional Chinese font, its ，。 centred; the Simplified one as before', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/zh-hant/background/'));
    expect(await fontsDrawing(page, '#s1-1-p3')).toEqual(['Noto Sans CJK TC']);
    for (const centre of await inkCentres(page, '#s1-1-p3')) expect(centre).toBeGreaterThan(0.35);
    await page.goto(site.url('/background/'));
    expect(await fontsDrawing(page, '#s1-1-p3')).toEqual(['Noto Sans CJK SC']);
    for (const centre of await inkCentres(page, '#s1-1-p3')) expect(centre).toBeLessThan(0.35);
    // What the edition keeps in Simplified characters (the plan's title as a citation's) keeps the Simplified font.
    await page.goto(site.url('/zh-hant/about/'));
    expect(await fontsDrawing(page, 'cite[lang="zh-Hans"]')).toEqual(['Noto Sans CJK SC']);
    await page.close();
  });
});
