/**
 * Search, in Chromium against the built site, through the search the pages
 * use: each query must reach the paragraph that says it, within the top
 * three results; places, reasons and excerpts as a reader sees them. The
 * copied-phrase rate over the whole plan is tests/build/search-rank.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { topHits } from '../support/search.ts';

const site = siteInBrowser();
let page: Page;

beforeAll(async () => {
  page = await site.newPage();
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

const blocks = new Map(
  (JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: Array<{ id: string; text: string }> }).blocks.map(
    (b) => [b.id, b.text],
  ),
);

describe('queries land on their paragraph', () => {
  it('has at least 30 queries, each naming a block that contains it', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(30);
    for (const [query, id] of QUERIES) expect(blocks.get(id), `${query} → ${id}`).toContain(query);
  });

  /*
   * Where the query stands in more than three blocks (专利导航 in five, once
   * each), no ranking can promise one chosen paragraph a top-3 place; there
   * every top-3 result must hold the query, and the paragraph must be listed.
   */
  it.each(QUERIES)('%s reaches %s in the top 3, or is listed when more than three blocks hold it', async (query, id) => {
    const holding = [...blocks.values()].filter((text) => text.includes(query)).length;
    const hits = await topHits(page, query, holding > 3 ? 200 : 3);
    const top = hits.slice(0, 3);
    for (const hit of top) expect(blocks.get(hit.id), `${query}: ${hit.id}`).toContain(query);
    expect((holding > 3 ? hits : top).map((h) => h.id)).toContain(id);
    const hit = hits.find((h) => h.id === id)!;
    expect(hit.url).toMatch(new RegExp(`#${id}$`));
  });

  it('indexes only the plan: the about page is not searchable', async () => {
    expect(await topHits(page, '逐字照录', 3)).toEqual([]);
    expect(await topHits(page, '本站所加', 3)).toEqual([]);
  });
});

describe('results hold the words sought, or say why they are listed', () => {
  it('lists nothing for a word the plan does not use (海关), instead of blocks without it', async () => {
    expect(await topHits(page, '海关', 10)).toEqual([]);
  });

  it('ranks only blocks that hold 知识产权证券化, the paragraph that says it first', async () => {
    const hits = await topHits(page, '知识产权证券化', 10);
    expect(hits.map((h) => h.id)).toEqual(['s4-4-p1']);
    expect(hits[0]!.excerpt).toContain('<mark>知识产权证券化</mark>');
  });

  it('says so when only the words apart are found, and what each result lacks', async () => {
    const hits = await topHits(page, '专利证券化', 10);
    expect(hits.length).toBeGreaterThan(1);
    expect(hits[0]!.reason).toBe('没有完整的“专利证券化”，此段含“专利”“证券”');
    for (const hit of hits) expect(hit.reason).toMatch(/^没有完整的“专利证券化”，此段含“专利”(“证券”|；缺少：“证券”)$/);
  });

  it('answers a question: 商标侵权怎么办 finds the paragraph on 商标侵权, saying what it left out', async () => {
    const hits = await topHits(page, '商标侵权怎么办', 10);
    expect(hits.map((h) => [h.id, h.reason])).toEqual([['s3-3-p1', '已略去问句用语“怎么办”，此段含“商标侵权”']]);
  });
});

describe('a query naming a place leads there first', () => {
  it.each([
    ['专栏3', 'c3', '专栏3：按位置找到'],
    ['表2', 't2', '表2：按位置找到'],
    ['三(二)', 's3-2', '三（二）：按位置找到'],
    ['三（二）', 's3-2', '三（二）：按位置找到'],
    ['三(二)第3段', 's3-2-p3', '三（二）第3段：按位置找到'],
    ['前言第1段', 's0-p1', '前言第1段：按位置找到'],
  ])('%s → %s', async (query, id, reason) => {
    const [first, second] = await topHits(page, query, 2);
    expect(first).toMatchObject({ id, reason });
    expect(first!.url).toMatch(new RegExp(`#${id}$`));
    if (second) expect(second.reason).toMatch(/^位于/);
  });
});

describe('excerpts', () => {
  it('mark the words sought and start after a punctuation mark, not inside a word', async () => {
    const [hit] = await topHits(page, '质押融资', 1);
    expect(hit!.id).toBe('s4-4-p1');
    expect(hit!.excerpt.match(/<mark>质押融资<\/mark>/g)?.length).toBeGreaterThan(0);
    expect(hit!.excerpt).not.toMatch(/^…?押/);
    const plain = hit!.excerpt.replace(/<\/?mark>/g, '');
    const text = blocks.get('s4-4-p1')!;
    const start = text.indexOf(plain.replace(/^…|…$/g, ''));
    expect(start).toBeGreaterThanOrEqual(0);
    // At the start of the block, or just after a punctuation mark.
    if (start > 0) expect(text[start - 1]).toMatch(/[，,。；;：:、”）)]/);
    expect([...plain].length).toBeGreaterThanOrEqual(60);
  });

  it('keep the case printed and mark it: pct finds PCT, and the link marks PCT', async () => {
    const [hit] = await topHits(page, 'pct', 1);
    expect(hit!.excerpt).toContain('<mark>PCT</mark>');
    expect(new URL(hit!.url, 'http://x').searchParams.getAll('highlight')).toEqual(['PCT']);
  });
});
