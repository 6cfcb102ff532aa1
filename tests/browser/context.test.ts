/** A 《…》 title in the text: the glossary's tooltip shows issuer, date and status; Esc hides it; Enter opens the entry. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

describe('document titles in the text', () => {
  it('shows issuer, date and status on focus, hides them with Esc, and Enter opens the 关联文件 entry', async () => {
    const context = await site.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url('/protection/'));
    const title = page.locator('#c1-i1 a.doc-ref', { hasText: '《辽宁省知识产权保护条例》' });
    await title.focus();
    const tip = page.locator('#term-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe(
      '《辽宁省知识产权保护条例》：制定机关 辽宁省人民代表大会常务委员会；通过日期 2021-07-27；状态 已出台（截至2026-11-26）详见关联文件（本站整理，附来源）',
    );
    expect(await title.getAttribute('aria-describedby')).toBe('term-tip');
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/documents\/#doc-ip-protection-regulation$/);
    expect(await page.locator('#doc-ip-protection-regulation h3').textContent()).toBe('《辽宁省知识产权保护条例》');
    await context.close();
  });
});
