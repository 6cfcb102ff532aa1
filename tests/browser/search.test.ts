/**
 * Search, in Chromium against the built site: each query must reach the
 * paragraph that says it, within the top three results.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { planTerms } from '../../src/lib/search/plan-terms.ts';
import { siteInBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { topHits } from '../support/search.ts';

const site = siteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(site.server.url);
});

/** Query → the block it must reach, with words from that block to prove the pairing. */
const QUERIES: Array<[query: string, id: string]> = [
  ['商标', 's3-2-p3'],
  ['人才', 's6-2-p1'],
  ['质押融资', 's4-4-p1'],
  ['集成电路布图设计', 's3-2-p3'],
  ['地理标志', 's3-2-p3'],
  ['专利导航', 's3-2-p2'],
  ['惩罚性赔偿', 's3-3-p1'],
  ['技术调查官', 's3-3-p2'],
  ['枫桥经验', 's3-3-p3'],
  ['揭榜挂帅', 's3-2-p2'],
  ['卡脖子', 's3-2-p2'],
  ['沉睡专利', 's4-3-p1'],
  ['贯标', 's4-5-p1'],
  ['知识产权证券化', 's4-4-p1'],
  ['专利保险', 's4-4-p1'],
  ['马德里', 'c2-i1'],
  ['植物新品种', 's3-3-p4'],
  ['知识产权密集型产业', 's6-2-p1'],
  ['泳装', 's3-3-p3'],
  ['巴符州', 's7-1-p1'],
  ['第五巡回审理庭', 's3-3-p3'],
  ['冬奥会', 's3-3-p1'],
  ['中德园', 's3-3-p4'],
  ['二O三五', 's8-4-p1'],
  ['PCT', 'c2-i1'],
  ['PPH', 'c2-i1'],
  ['TISC', 's5-1-p1'],
  ['GB/T34833-2017', 'c5-i1'],
  ['4872', 's1-1-p5'],
  ['30.96', 't2-r3'],
  ['10%', 't2-r2'],
  ['2025', 's2-3-p1'],
  ['1.2万', 's2-3-p5'],
  ['1429', 't1-r5'],
  ['86527', 's1-1-p3'],
  ['76.95', 's1-1-p7'],
  ['2.11倍', 's1-1-p8'],
  ['108.9%', 's1-1-p3'],
  ['650家', 'c5-i2'],
  ['1+2+N', 's4-2-p1'],
  ['1+1+4', 's2-3-p3'],
];

describe('queries land on their paragraph', () => {
  const blocks = new Map(
    (JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: Array<{ id: string; text: string }> }).blocks.map(
      (b) => [b.id, b.text],
    ),
  );

  it('has at least 30 queries, each naming a block that contains it', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const [query, id] of QUERIES) expect(blocks.get(id), `${query} → ${id}`).toContain(query);
  });

  it.each(QUERIES)('%s reaches %s in the top 3', async (query, id) => {
    const hits = await topHits(page, query, 3);
    expect(hits.map((h) => h.id)).toContain(id);
    const hit = hits.find((h) => h.id === id)!;
    expect(hit.url).toMatch(new RegExp(`#${id}$`));
  });

  it('indexes only the plan: the about page is not searchable', async () => {
    expect(await topHits(page, '逐字照录', 3)).toEqual([]);
    expect(await topHits(page, '本站所加', 3)).toEqual([]);
  });
});

describe('segmentation gaps', () => {
  it('finds the paragraph for every 4-to-8-character phrase of the plan but one, a ranking miss', async () => {
    const { blocks } = JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: Array<{ id: string; kind: string; text: string }> };
    // Terms from the text; a table row that contains one counts as its place too.
    const terms = planTerms(blocks.filter((b) => b.kind !== 'table' && b.kind !== 'table-row'), blocks);
    expect(terms.length).toBe(295);
    const missed: string[] = [];
    for (const term of terms) {
      const hits = await topHits(page, term.term, 3);
      expect(hits.length, term.term).toBeGreaterThan(0);
      if (!hits.some((h) => term.blocks.includes(h.id))) missed.push(term.term);
    }
    // 推动企业 is found, but three paragraphs with 推动 … 企业 far apart rank above it.
    expect(missed).toEqual(['推动企业']);
  });
});
