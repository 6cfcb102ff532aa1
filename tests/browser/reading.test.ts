/** Reading with the keyboard, by link, with JavaScript off, and on a phone (issue 25). */
import { describe, expect, it } from 'vitest';
import { TEXT_SIZES } from '../../src/lib/reader/settings.ts';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();
const url = site.url;

describe('reading', () => {
  it('opens with a skip link that the first Tab shows and that moves focus to the text', async () => {
    const page = await site.newPage();
    await page.goto(url('/protection/'));
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(await skip.textContent()).toBe('跳到正文');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('shows a 分享 control beside each paragraph, outside its words: never copied with them, a link without JavaScript, 44 px on a phone', async () => {
    const page = await site.newPage();
    await page.goto(url('/protection/'));
    const anchor = page.locator('a.anchor[href="#s3-2-p1"]');
    expect(await anchor.evaluate((el) => [getComputedStyle(el).opacity, getComputedStyle(el, '::before').content])).toEqual(['1', '"分享"']);
    expect(await anchor.getAttribute('aria-label')).toBe('分享：三（二）第1段');
    // The word is the site's, drawn by CSS: selecting the paragraph copies the plan's words alone.
    const [selected, text] = await page.locator('#s3-2-p1').evaluate((p) => {
      getSelection()!.selectAllChildren(p);
      return [getSelection()!.toString(), p.textContent];
    });
    expect(selected).toBe(text);
    expect(selected).not.toContain('分享');
    // Tab from the heading's own control to the paragraph's, as a keyboard user does.
    await page.locator('a.anchor[href="#s3-2"]').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => anchor.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await anchor.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
    await page.setViewportSize({ width: 390, height: 844 });
    const box = (await anchor.boundingBox())!;
    expect([box.width, box.height].every((side) => side >= 44)).toBe(true);
    // Beside the text, inside the column.
    const column = (await page.locator('#s3-2-p1').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
    await page.close();
  });

  it('lands on the paragraph an address names and marks it', async () => {
    const page = await site.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(url('/protection/#s3-3-p4'));
    const target = page.locator('#s3-3-p4');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(100);
    expect(await target.textContent()).toMatch(/^塑造知识产权同保护工作环境/);
    const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('shows the whole text, the columns and the tables with JavaScript off', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url('/full/'));
    expect(await page.locator('p[id]').count()).toBe(74);
    expect(await page.locator('section.plan-column').count()).toBe(6);
    expect(await page.locator('#t1 tbody tr').count()).toBe(5);
    expect(await page.locator('#t2-r4').innerText()).toBe('专利转让\t4872件\t年均增长10%\t预期性');
    expect(await page.locator('#s8-4-p2').innerText()).toBe('本规划由辽宁省知识产权局负责解释。');
    // 菜单 is a <details>: it opens the navigation without scripts.
    const nav = page.getByRole('navigation', { name: '网站导航' });
    expect(await nav.isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    expect(await nav.getByRole('link', { name: '执行情况' }).isVisible()).toBe(true);
    await context.close();
  });

  it('on a 390 × 844 phone: a sticky header of at most 12% of the screen, 44 px targets, the tools at the foot, 目录 from anywhere, no keyboard hint on touch, tables as cards that keep their headers', async () => {
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(url('/protection/'));
    const header = page.locator('body > header');
    const heightAt = (step: number) =>
      page.evaluate((step) => {
        if (step === 0) document.documentElement.removeAttribute('data-text-size');
        else document.documentElement.setAttribute('data-text-size', String(step));
        return document.querySelector('body > header')!.getBoundingClientRect().height;
      }, step);
    const shares: Record<string, number> = {};
    for (const { step, label } of TEXT_SIZES) shares[label] = Math.round(((await heightAt(step)) / 844) * 1000) / 10;
    await heightAt(0);
    // One row at the default size (64 px measured, 7.5%); at twice the size (176 px, 20.8%) most of the screen is the text's.
    expect(shares['标准']).toBeLessThanOrEqual(12);
    expect(Math.max(...Object.values(shares))).toBeLessThanOrEqual(25);

    // Every control of the header, with 菜单 open, of the breadcrumb, the part's contents and the pagination: 44 × 44 px at least.
    await page.locator('.site-menu > summary').click();
    const targets = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('body > header :is(a, button, summary), .breadcrumb a, nav.toc a, .pagination a')]
          .filter((el) => el.checkVisibility())
          .map((el) => {
            const box = el.getBoundingClientRect();
            return { name: el.innerText.trim(), size: Math.min(box.width, box.height) };
          }),
      );
    const sizes = await targets();
    expect(sizes.map((t) => t.name)).toEqual(expect.arrayContaining(['搜索', '繁體中文', '目录', '菜单', '阅读设置', '分享', '打印', '全文', '关于', '首页', '（一）优化知识产权法治环境', '专栏3 知识产权保护工程']));
    expect(sizes.filter((t) => t.size < 44)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('navigation', { name: '网站导航' }).isVisible()).toBe(false);

    // The reader's tools, one tap away without 菜单: a bar at the foot of the screen (53 px, 6.3%), which steps aside
    // while the reader scrolls down through the text, is back on scrolling up, and leaves the page's end uncovered.
    const bar = page.locator('body > header reader-tools');
    const barTop = async () => Math.round((await bar.boundingBox())!.y);
    expect([await barTop(), Math.round((await bar.boundingBox())!.height)]).toEqual([791, 53]);
    for (const tool of ['阅读设置', '分享', '打印']) expect(await page.getByRole('button', { name: tool, exact: true }).isVisible()).toBe(true);
    await page.mouse.move(195, 400);
    await page.mouse.wheel(0, 1200);
    await expect.poll(barTop).toBe(844);
    await page.mouse.wheel(0, -300);
    await expect.poll(barTop).toBe(791);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(barTop).toBe(791);
    expect(await page.locator('body > footer').evaluate((el) => Math.round(el.getBoundingClientRect().bottom))).toBeLessThanOrEqual(791);
    await page.evaluate(() => scrollTo(0, 0));

    // Far down the part, the header is still on screen, and its 目录 leads back to the part's contents, not under the header.
    await page.locator('#s3-4').scrollIntoViewIfNeeded();
    expect((await header.boundingBox())!.y).toBe(0);
    await page.getByRole('link', { name: '本部分目录' }).click();
    await page.waitForURL(/#toc$/);
    const headerBottom = (await header.boundingBox())!.height;
    await expect.poll(async () => (await page.locator('#toc').boundingBox())!.y).toBeGreaterThanOrEqual(headerBottom);
    expect((await page.locator('#toc').boundingBox())!.y).toBeLessThan(headerBottom + 40);

    // The search link's `/` hint shows for a mouse and a keyboard, not on a touch screen (here wide, so width is not why).
    await page.setViewportSize({ width: 1000, height: 800 });
    const hint = page.locator('.search-trigger kbd');
    expect(await hint.isVisible()).toBe(true);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    expect(await hint.isVisible()).toBe(false);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    await cdp.detach();

    // Below 600 px a wide table of the site's is a card per row, every value under its column's header.
    const cards = () =>
      page.locator('#table2-status-table').evaluate((table) => {
        const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
        return {
          display: getComputedStyle(table).display,
          labels: [...table.querySelectorAll('tbody tr')].map((tr) =>
            [...tr.children].map((cell, i) => (i === 0 ? cell.tagName : getComputedStyle(cell, '::before').content === `"${headers[i]}"`)),
          ),
        };
      });
    await page.goto(url('/progress/'));
    expect(await cards()).toEqual({ display: 'table', labels: Array(5).fill(['TH', false, false, false, false]) });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await cards()).toEqual({ display: 'block', labels: Array(5).fill(['TH', true, true, true, true]) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await page.close();
  });
});
