/**
 * Chinese typesetting in Chromium (W3C clreq, GB/T 15834): the paragraph is
 * drawn in a Chinese font alone, digits and marks included; plan paragraphs
 * open with a two-character indent and nothing else does; and a chart's data
 * table prints instead of a bare toggle heading.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';
import { fontsDrawing as fontsDrawingIn } from '../support/fonts.ts';

const site = siteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
});

const fontsDrawing = (selector: string) => fontsDrawingIn(page, selector);

describe('a part page', () => {
  beforeAll(async () => {
    await page.goto(site.url('/background/'));
  });

  it('draws a paragraph with digits, % and full-width marks in one Chinese font, none in DejaVu', async () => {
    // 一（一）第3段: 2020年，全省专利申请量86527件，…108.9%…；
    expect(await fontsDrawing('#s1-1-p3')).toEqual(['Noto Sans CJK SC']);
    expect(await fontsDrawing('#s1-1')).toEqual(['Noto Sans CJK SC']);
  });

  it('indents plan paragraphs by two characters, and not headings, column items or table cells', async () => {
    const indent = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).textIndent);
    const fontSize = await page.locator('#s1-1-p3').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await indent('#s1-1-p3')).toBe(`${2 * fontSize}px`);
    expect(await indent('#s1-1')).toBe('0px');
    expect(await indent('table td')).toBe('0px');
    await page.goto(site.url('/protection/'));
    expect(await indent('#c1-i1')).toBe('0px');
    expect(await indent('#s3-2-p1')).toBe(`${2 * fontSize}px`);
  });

  it('breaks lines strictly', async () => {
    expect(await page.locator('#s3-2-p1').evaluate((el) => getComputedStyle(el).lineBreak)).toBe('strict');
  });

  it('never starts a line with a range\'s dash or wave: 2021—2035 and 2～3 stay whole at every phone width, in the plan and the site\'s prose', async () => {
    const split: string[] = [];
    // The plan's text, and the site's prose where ranges and codes are densest; that every other page wraps them is a build test (punctuation.test.ts).
    for (const route of ['/full/', '/glossary/']) {
      await page.goto(site.url(route));
      expect(await page.locator('.keep').count(), route).toBeGreaterThan(2);
      for (let width = 320; width <= 480; width += 4) {
        await page.setViewportSize({ width, height: 800 });
        // A span broken across lines has one box per line.
        const broken = await page.locator('.keep').evaluateAll((spans) => spans.filter((s) => s.getClientRects().length > 1).map((s) => s.textContent));
        split.push(...broken.map((text) => `${route} ${width} px: ${text}`));
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(split).toEqual([]);
  });

  it('sets a table of words from the start of each cell, and keeps an address whole, on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url('/about/'));
    const cells = await page.locator('table.address-scheme td, table.hant-reviewed td').evaluateAll((tds) => [...new Set(tds.map((td) => getComputedStyle(td).textAlign))]);
    expect(cells).toEqual(['start']);
    // Each address on one line (c1-i2 had broken at its hyphen).
    const broken = await page.locator('table.address-scheme code').evaluateAll((codes) => codes.filter((c) => c.getClientRects().length > 1).map((c) => c.textContent));
    expect(broken).toEqual([]);
    // The indicator tables keep their figures at the end of the cell.
    await page.goto(site.url('/indicators/'));
    expect(await page.locator('main table td').first().evaluate((td) => getComputedStyle(td).textAlign)).toBe('end');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe('print', () => {
  it('prints a chart’s data table open, not a closed toggle', async () => {
    await page.goto(site.url('/background/'));
    const table = page.locator('details.chart-data table').first();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('td').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
