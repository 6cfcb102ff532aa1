/**
 * A phrase copied from the plan is found whether its marks are typed
 * full-width, as the site shows them, or ASCII, as in the received copy and
 * in many other copies of the plan: src/lib/search/query.ts folds both the
 * text and the query to ASCII marks; this pins that it does.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldFullWidth } from '../../src/lib/plan/punctuation.ts';
import { siteInBrowser } from '../support/browser.ts';
import { topHits } from '../support/search.ts';

const site = siteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
  await page.goto(site.server.url);
});

const PHRASES: Array<[phrase: string, id: string]> = [
  ['通过“揭榜挂帅”，持续提升科技自主创新能力', 's3-2-p2'],
  ['中国（葫芦岛）泳装快速维权中心', 's3-3-p3'],
  ['10个县（区）被认定为国家知识产权强县工程试点示范县（区），26家企业', 's1-1-p4'],
  ['（四）深化知识产权金融服务', 's4-4'],
  ['建成2～3个知识产权服务业集聚发展区', 's2-3-p4'],
];

describe('search, whatever the width of the marks typed', () => {
  it.each(PHRASES)('%s reaches %s typed either way', async (phrase, id) => {
    const ascii = foldFullWidth(phrase);
    expect(ascii).not.toBe(phrase);
    const [full, half] = [await topHits(page, phrase, 3), await topHits(page, ascii, 3)];
    expect(full.map((h) => h.id)).toContain(id);
    expect(half.map((h) => h.id)).toEqual(full.map((h) => h.id));
  });
});

