/**
 * A PDF saved from print copies back as the plan's characters. Chromium writes
 * a glyph's text as the lowest code point its font maps to that glyph, so a
 * font that draws 十 and the Kangxi radical ⼗ alike makes 十四五 copy as ⼗四五;
 * the print font stack (PrintFooter.astro) avoids such fonts. The text is read
 * with pdf.js, as a PDF viewer's copy would read it: poppler's pdftotext folds
 * the radicals back and would hide the fault.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';
import { restoreFullWidth } from '../../src/lib/plan/punctuation.ts';
import { sourceLines } from '../support/source.ts';

const site = siteInBrowser();

/** The PDF's text layer: each page's text items joined, white space removed. */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  await doc.destroy();
  return text.replace(/\s+/g, '');
}

const KANGXI_OR_CJK_RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF]/gu;

describe('全文 saved as PDF from print', () => {
  it('copies back as the plan text, with no radical look-alikes', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/full/'));
    const text = await pdfText(await page.pdf({ preferCSSPageSize: true }));
    await page.close();

    expect(text.match(KANGXI_OR_CJK_RADICAL) ?? []).toEqual([]);
    expect(text.length).toBeGreaterThan(14_000);
    // The plan's text in its displayed (full-width) form survives the round trip: its title, its opening, its last line.
    expect(text).toContain('辽宁省“十四五”知识产权保护和运用规划');
    expect(text).toContain('“十四五”时期（2021-2025）是我国');
    expect(text).toContain(restoreFullWidth(sourceLines().at(-1)!.text));
  });
});
