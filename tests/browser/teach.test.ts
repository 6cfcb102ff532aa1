/**
 * The teaching kit used as a teacher and a pupil would: the slides projected
 * by keyboard and clicker keys, the quiz answered, marked and reset by
 * keyboard alone, and each print layout saved as a PDF: the poster on one
 * A4 and one A3 page, the 手抄报 template on one A3 landscape page, the
 * paper with its key on a page of its own, each copying back as the
 * characters (no radical look-alikes). axe runs on the slides as projected;
 * the every-page sweep runs it on the kit's pages in every reader state.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeReport, siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  await doc.destroy();
  return pages;
}

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/u;

async function open(route: string, width = 1280): Promise<Page> {
  const page = await site.newPage({ viewport: { width, height: 800 } });
  await page.goto(site.url(route));
  return page;
}

describe('projecting a lesson\'s slides', () => {
  it('starts from the button, moves with PageDown/PageUp and the arrows, and leaves with Escape', async () => {
    const page = await open('/teach/junior/');
    const count = await page.locator('.slide').count();
    const start = page.getByRole('button', { name: /^放映课件/ });
    await start.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[data-slide-status]');
    await expect.poll(() => status.textContent()).toBe(`第1张，共${count}张`);
    await expect.poll(() => page.locator('.slide:not([hidden])').count()).toBe(1);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => status.textContent()).toBe(`第3张，共${count}张`);
    await page.keyboard.press('PageUp');
    await expect.poll(() => status.textContent()).toBe(`第2张，共${count}张`);
    // Every slide's points fit its box, the text made smaller where there are many (来源与许可 the most), none scrolled out of sight.
    const shown = page.locator('.slide:not([hidden])');
    const fits = () => shown.evaluate((slide) => slide.scrollHeight <= slide.clientHeight + 1);
    for (let i = 2; i < count; i += 1) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => status.textContent()).toBe(`第${i + 1}张，共${count}张`);
      expect(await fits(), `slide ${i + 1}`).toBe(true);
    }
    await expect.poll(() => page.locator('.slide:not([hidden]) .slide-title').textContent()).toBe('来源与许可');
    expect(await shown.evaluate((slide) => slide.style.fontSize)).toMatch(/^\d+(\.\d+)?px$/);
    const box = await shown.boundingBox();
    expect(Math.round((box!.width / box!.height) * 9)).toBe(16);
    expect((await axeReport(page, { include: ['.slide-stage'] })).violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.slide:not([hidden])').count()).toBe(count);
    expect(await page.evaluate(() => document.activeElement?.textContent?.startsWith('放映课件'))).toBe(true);
    await page.close();
  });

  it('without JavaScript, reads as a page: every slide shown, no button', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/teach/primary/'));
    expect(await page.locator('.slide:visible').count()).toBe(await page.locator('.slide').count());
    expect(await page.locator('[data-slide-start]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the self-check quiz, by keyboard', () => {
  it('marks each answer in words, scores, opens a wrong one\'s explanation, and 重来 clears it all', async () => {
    const page = await open('/teach/quiz/primary/', 390);
    const questions = page.locator('fieldset[data-answer]');
    const total = await questions.count();
    // The first question answered right, by keyboard: Tab into its radio group, arrow to the answer.
    const first = questions.first();
    const answer = JSON.parse((await first.getAttribute('data-answer'))!) as string;
    const radios = first.locator('input[type=radio]');
    const values = await radios.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    await radios.first().focus();
    await page.keyboard.press('Space');
    for (let i = 0; i < values.indexOf(answer); i++) await page.keyboard.press('ArrowDown');
    expect(await first.locator('input:checked').inputValue()).toBe(answer);
    // A 填空 answered wrong.
    const fill = page.locator('fieldset[data-type=fill]').first();
    await fill.locator('input').focus();
    await page.keyboard.type('不知道');
    await page.getByRole('button', { name: '交卷，看得分' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-quiz-score]').textContent()).toBe(`得分：1 / ${total}（答对1题，共${total}题）`);
    expect(await first.locator('[data-quiz-result]').textContent()).toBe('✓ 答对了');
    expect(await fill.locator('[data-quiz-result]').textContent()).toBe('✗ 答错了');
    expect(await fill.locator('details').getAttribute('open')).toBe('');
    expect(await questions.nth(1).locator('[data-quiz-result]').textContent()).toBe('✗ 没有作答');
    expect((await axeReport(page, { include: ['quiz-check'] })).violations).toEqual([]);
    await page.getByRole('button', { name: '重来' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-quiz-score]').textContent()).toBe('');
    expect(await page.locator('quiz-check input:checked').count()).toBe(0);
    expect(await fill.locator('input').inputValue()).toBe('');
    expect(await page.locator('[data-quiz-result]:not(:empty)').count()).toBe(0);
    expect(await page.locator('fieldset details[open]').count()).toBe(0);
    await page.close();
  });
});

describe('print', () => {
  it.each([
    ['A4', 'A4'],
    ['A3', 'A3'],
  ] as const)('the poster fills one %s portrait page, its text copying back as the characters', async (_, format) => {
    const page = await open('/teach/poster/');
    const pages = await pdfPages(await page.pdf({ format, preferCSSPageSize: true }));
    await page.close();
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('每万人口高价值发明专利拥有量');
    expect(pages[0]).toContain('4.09');
    expect(pages[0]).not.toMatch(RADICAL);
  });

  it('the 手抄报 template prints on one A3 landscape page', async () => {
    const page = await open('/teach/shouchaobao/');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    await page.close();
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('找一找身边的知识产权');
    expect(pages[0]).not.toMatch(RADICAL);
    const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
    const [, , w, h] = (await doc.getPage(1)).view;
    await doc.destroy();
    // A3 landscape: 420 × 297 mm in points.
    expect([Math.round(w!), Math.round(h!)]).toEqual([1191, 842]);
  });

  it('the paper prints its questions first, and the answer key starts a page of its own', async () => {
    const page = await open('/teach/quiz/junior/');
    const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const keyPage = pages.findIndex((p) => p.includes('答案与解析'));
    expect(keyPage).toBeGreaterThan(0);
    // The page's own text, without the footer that print puts on every page.
    const body = pages[keyPage]!.replace(/^第\d+页\/共\d+页来源：辽宁省知识产权局·本页：\S+?\/teach\/quiz\/junior\//, '');
    expect(body.startsWith('答案与解析（初中组）1.')).toBe(true);
    expect(pages.slice(0, keyPage).join('')).not.toContain('看答案');
    expect(pages.join('')).not.toMatch(RADICAL);
  });
});
