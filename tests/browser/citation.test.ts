/** Copying a paragraph's link and citation, by keyboard, as a journalist does. */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PREVIEW_SITE } from '../../src/lib/site/site-url.ts';
import { axeViolationsInBothSchemes, siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

const OFFICIAL = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';
/** 一（一）第5段 as published, which /checks/ marks (增长3.6倍 有出入). */
const PARAGRAPH_S1_1_P5 = '专利流动性显著增强，全省专利转让由2015年的1356件，提高到2020年的4872件，增长3.6倍。省内高校、科研院所专利转让2526件，其中转让给省内企业930件。';
const url = (route: string) => new URL(route.slice(1), site.server.url).href;

async function openPage(route: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.newContext({ colorScheme });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
  const page = await context.newPage();
  await page.goto(url(route));
  return { context, page };
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.getAttribute('href') ?? '');
const announced = (page: Page) => page.locator('[role="status"][aria-live="polite"]').textContent();

/** Reach a paragraph's anchor the way a keyboard user does, tabbing past the glossary links on the way, then activate it. */
async function openMenu(page: Page, before: string, id: string) {
  await page.locator(`a.anchor[href="#${before}"]`).focus();
  const here = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.hash);
  for (let presses = 0; presses < 30 && (await here()) !== `#${id}`; presses += 1) await page.keyboard.press('Tab');
  expect(await here()).toBe(`#${id}`);
  await page.keyboard.press('Enter');
  await page.locator('.cite-menu:not([hidden])').waitFor();
}

describe('copy link and citation', () => {
  it('copies the short citation by keyboard, announces it and returns focus to the paragraph', async () => {
    const { context, page } = await openPage('/protection/');
    await openMenu(page, 's3-2', 's3-2-p1');
    expect(await page.locator('.cite-menu').getAttribute('aria-label')).toBe('引用三（二）第1段');
    expect(await focused(page)).toBe('复制链接');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('复制引用（简式）');
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe('《辽宁省“十四五”知识产权保护和运用规划》三（二）第1段');
    await expect.poll(() => announced(page)).toBe('已复制引用：《辽宁省“十四五”知识产权保护和运用规划》三（二）第1段');
    expect(await page.locator('.cite-menu').isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe('#s3-2-p1');
    expect(new URL(page.url()).hash).toBe('#s3-2-p1');
    await context.close();
  });

  it('copies the link to the paragraph and the GB/T 7714—2025 citation with the official URL, the date cited and the place beside it', async () => {
    const { context, page } = await openPage('/background/');
    await openMenu(page, 's1-1-p4', 's1-1-p5');
    await page.getByRole('button', { name: '复制链接' }).click();
    // The test build sets no SITE_URL: its canonical addresses are the preview's, not the test server's.
    await expect.poll(() => clipboard(page)).toBe(`${PREVIEW_SITE}/background/#s1-1-p5`);
    await page.locator('a.anchor[href="#s1-1-p5"]').click();
    await page.getByRole('button', { name: '复制引用（GB/T 7714—2025）' }).click();
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect
      .poll(() => clipboard(page))
      .toBe(`辽宁省知识产权局. 辽宁省“十四五”知识产权保护和运用规划[EB/OL]. [${today}]. ${OFFICIAL}.\n引文位置：一（一）第5段（正文中标在该文献序号的“[ ]”之外）`);

    // Selecting the paragraph on through its 本站核算 line and copying gives the plan's words alone.
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      const paragraph = document.getElementById('s1-1-p5')!;
      const range = document.createRange();
      range.setStart(paragraph, 0);
      range.setEndAfter(paragraph.nextElementSibling!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+C');
    // Chromium ends a selection that crosses into the next block with line breaks: the words themselves are exact.
    await expect.poll(async () => (await clipboard(page)).replace(/\n+$/, '')).toBe(PARAGRAPH_S1_1_P5);
    await context.close();
  });

  it('keeps focus inside the open menu: Tab and Shift+Tab cycle, Esc closes and returns focus', async () => {
    const { context, page } = await openPage('/protection/');
    await openMenu(page, 's3-2', 's3-2-p1');
    const seen: string[] = [await focused(page)];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    // 分享这段's buttons and the share section's (二维码, from reader-tools.ts) are in the cycle too; 系统分享 and 朗读 are not offered in headless Chromium.
    expect(seen).toEqual(['复制链接', '复制引用（简式）', '复制引用（GB/T 7714—2025）', '复制摘录和链接', '分享图', '二维码', '关闭', '复制链接']);
    const back: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      back.push(await focused(page));
    }
    expect(back).toEqual(['关闭', '二维码', '分享图']);
    expect(await page.locator('.cite-menu').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('.cite-menu').isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe('#s3-2-p1');
    await context.close();
  });

  it('offers the same for a table row and a chart, and closes with Esc', async () => {
    const { context, page } = await openPage('/general-requirements/');
    await page.locator('a.anchor[href="#t2-r4"]').click();
    await page.getByRole('button', { name: '复制引用（简式）' }).click();
    await expect.poll(() => clipboard(page)).toBe('《辽宁省“十四五”知识产权保护和运用规划》表2第4行');
    await page.locator('a.anchor[href="#chart-t2-figure"]').click();
    expect(await page.locator('.cite-menu').getAttribute('aria-label')).toBe('引用表2图示');
    // The chart is the site's drawing: cited as the site's, at this page's address.
    await page.getByRole('button', { name: '复制引用（GB/T 7714—2025）' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^辽宁知识产权“十四五”规划在线版\. 表2图示：据《辽宁省“十四五”知识产权保护和运用规划》表2绘制\[EB\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. (\S+)\/general-requirements\/#chart-t2-figure\.$/);
    expect(await clipboard(page)).toContain(` ${PREVIEW_SITE}/general-requirements/#chart-t2-figure.`);
    await page.locator('a.anchor[href="#chart-t2-figure"]').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('.cite-menu').isHidden()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe('#chart-t2-figure');
    await context.close();
  });

  // However the reader reached the page (index.html, a doubled slash, a query), what is copied or shared is the canonical address.
  it.each([
    ['/talent/index.html#s6-1-p1', '/talent/', '复制链接', '分享本页'],
    ['//talent/?from=wechat#s6-1-p1', '/talent/', '复制链接', '分享本页'],
    ['/zh-hant/talent/index.html?from=wechat#s6-1-p1', '/zh-hant/talent/', '複製連結', '分享本頁'],
    ['//zh-hant/talent/#s6-1-p1', '/zh-hant/talent/', '複製連結', '分享本頁'],
  ])('copies and shares the canonical address from %s', async (visited, page_, copyLabel, panelName) => {
    const context = await site.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    // The system share sheet, as a phone browser offers it, recording what it is given.
    await context.addInitScript(() => {
      (window as unknown as { shared: unknown[] }).shared = [];
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => (window as unknown as { shared: unknown[] }).shared.push(data) });
    });
    const page = await context.newPage();
    await page.goto(`${new URL(site.server.url).origin}${visited}`);
    // The browser keeps the address as visited; only the copy is tidied.
    expect(new URL(page.url()).pathname).toBe(visited.replace(/[?#].*$/, ''));
    const canonical = `${PREVIEW_SITE}${page_}`;
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(canonical);

    await page.locator('a.anchor[href="#s6-1-p1"]').click();
    const menu = page.locator('.cite-menu');
    await menu.getByRole('button', { name: copyLabel }).click();
    await expect.poll(() => clipboard(page)).toBe(`${canonical}#s6-1-p1`);
    await page.locator('a.anchor[href="#s6-1-p1"]').click();
    await menu.getByRole('button', { name: /分享…$/ }).click();

    await page.getByRole('button', { name: '分享', exact: true }).click();
    const panel = page.getByRole('group', { name: panelName });
    await panel.getByRole('button', { name: copyLabel }).click();
    await expect.poll(() => clipboard(page)).toBe(canonical);
    await panel.getByRole('button', { name: /分享…$/ }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared.map((s) => s.url))).toEqual([`${canonical}#s6-1-p1`, canonical]);
    await context.close();
  });

  it('passes axe-core with the menu open, in either scheme', async () => {
    const { context, page } = await openPage('/');
    await page.locator('a.anchor[href="#s0-p1"]').click();
    await page.locator('.cite-menu:not([hidden])').waitFor();
    expect(await axeViolationsInBothSchemes(page, { include: ['.cite-menu', '#s0-p1'] })).toEqual({ light: [], dark: [] });
    await context.close();
  });
});
