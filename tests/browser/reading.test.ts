/** Reading with the keyboard, by link, and with JavaScript off. */
import { describe, expect, it } from 'vitest';
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
    await context.close();
  });
});
