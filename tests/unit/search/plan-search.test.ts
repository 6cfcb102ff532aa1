import { describe, expect, it } from 'vitest';
import type { PlanBlockEntry } from '../../../src/lib/plan/plan-blocks.ts';
import { planIndexFile, readPlanIndex, searchPlan } from '../../../src/lib/search/plan-search.ts';
import { excerptParts, siteGroup, sitePageResult, siteQuery, siteSearchPages } from '../../../src/lib/search/site-pages.ts';

const PART = '三、强化知识产权保护，促进经济高质量发展';
const SECTION = '（二）加强知识产权源头保护';
const entry = (id: string, kind: PlanBlockEntry['kind'], place: string, text: string, section: string | null = SECTION): PlanBlockEntry => ({
  id, kind, place, part: PART, section, path: '/protection/', text,
});
const BLOCKS = readPlanIndex(
  planIndexFile([
    entry('s3', 'heading', '三', PART, null),
    entry('s3-2', 'heading', '三（二）', SECTION),
    entry('s3-2-p1', 'paragraph', '三（二）第1段', '加快知识产权强省建设，推进专利导航。推进专利导航工程。'),
    entry('s3-2-p2', 'paragraph', '三（二）第2段', '引导企业通过PCT途径申请专利，深化知识产权证券化试点。'),
    entry('s3-2-p3', 'paragraph', '三（二）第3段', '开展专利导航，建设知识产权强国。'),
    entry('c3', 'column', '专栏3', '知识产权保护工程'),
    entry('c3-i1', 'column-item', '专栏3第1项', '专利快速审查。'),
  ]),
);
const ids = (query: string, filters = {}) => searchPlan(BLOCKS, query, filters).hits.map((h) => h.block.id);

describe('searchPlan', () => {
  it('lists only blocks that hold the phrase, more occurrences first, then shorter', () => {
    expect(ids('专利导航')).toEqual(['s3-2-p1', 's3-2-p3']);
    expect(ids('知识产权强')).toEqual(['s3-2-p3', 's3-2-p1']);
  });

  it('ranks the block with the exact phrase above blocks with its words apart', () => {
    expect(ids('加快知识产权')).toEqual(['s3-2-p1']);
  });

  it('needs every term of a query with spaces', () => {
    expect(ids('专利 证券化')).toEqual(['s3-2-p2']);
  });

  it('finds PCT for pct and ＰＣＴ, and reports the words as printed', () => {
    for (const query of ['pct', 'ＰＣＴ', 'PCT']) {
      const [hit] = searchPlan(BLOCKS, query).hits;
      expect(hit!.block.id).toBe('s3-2-p2');
      expect(hit!.highlight).toEqual(['PCT']);
      expect(hit!.spans).toEqual([[6, 9]]);
    }
  });

  it('leads a place to the place, then what it holds, each saying why', () => {
    const hits = searchPlan(BLOCKS, '专栏3').hits;
    expect(hits.map((h) => [h.block.id, h.reason])).toEqual([
      ['c3', '专栏3：按位置找到'],
      ['c3-i1', '位于专栏3'],
    ]);
    expect(ids('三（二）第3段')).toEqual(['s3-2-p3']);
    expect(ids('三(二)')).toEqual(ids('三（二）'));
    expect(ids('三（二）')).toEqual(['s3-2', 's3-2-p1', 's3-2-p2', 's3-2-p3']);
  });

  it('falls back to the words apart, those holding more first, saying on each what it holds and lacks', () => {
    const hits = searchPlan(BLOCKS, '专利证券化').hits;
    expect(hits.map((h) => h.block.id)).toEqual(['s3-2-p2', 's3-2-p1', 'c3-i1', 's3-2-p3']);
    expect(hits[0]!.reason).toBe('没有完整的“专利证券化”，此段含“专利”“证券”');
    expect(hits[1]!.reason).toBe('没有完整的“专利证券化”，此段含“专利”；缺少：“证券”');
    expect(hits[0]!.highlight).toEqual(['专利', '证券']);
  });

  it('answers a question: its question words dropped, said so, and a word the plan never writes named', () => {
    const hits = searchPlan(BLOCKS, '专利导航怎么办').hits;
    expect(hits.map((h) => h.block.id)).toEqual(['s3-2-p1', 's3-2-p3']);
    expect(hits[0]!.reason).toBe('已略去问句用语“怎么办”，此段含“专利导航”');
    const apart = searchPlan(BLOCKS, '如何深化专利证券化').hits;
    expect(apart.map((h) => h.block.id)).toEqual(['s3-2-p2', 's3-2-p1', 'c3-i1', 's3-2-p3']);
    expect(apart[0]!.reason).toBe('没有完整的“如何深化专利证券化”，此段含“深化”“专利”“证券”；已略去问句用语“如何”');
    expect(apart[1]!.reason).toBe('没有完整的“如何深化专利证券化”，此段含“专利”；缺少：“深化”“证券”；已略去问句用语“如何”');
    const famous = searchPlan(BLOCKS, '驰名专利').hits;
    expect(famous[0]!.reason).toBe('没有完整的“驰名专利”，此段含“专利”；缺少：“驰名”；规划中没有“驰名”一词');
    expect(ids('如何')).toEqual([]);
  });

  it('keeps exactness first: a phrase found as typed lists only the blocks holding it', () => {
    expect(ids('专利导航')).toEqual(['s3-2-p1', 's3-2-p3']);
    expect(searchPlan(BLOCKS, '专利导航').hits.every((h) => h.reason === null)).toBe(true);
  });

  it('quotes the query in that reason with its control characters shown, not obeyed', () => {
    const hits = searchPlan(BLOCKS, '\u202e专利证券化').hits;
    for (const hit of hits) expect(hit.reason).not.toMatch(/[\u202e]/);
    expect(hits.map((h) => h.reason)).toContain('没有完整的“〈U+202E〉专利证券化”，此段含“专利”“证券”');
  });

  it('lists nothing for what the text lacks, spaces, or nothing', () => {
    expect(ids('海关')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('')).toEqual([]);
  });

  it('filters by part and kind, and keeps the unfiltered hits for the counts', () => {
    const outcome = searchPlan(BLOCKS, '专利', { kind: '专栏' });
    expect(outcome.hits.map((h) => h.block.id)).toEqual(['c3-i1']);
    expect(outcome.unfiltered).toHaveLength(4);
    expect(ids('专利', { part: '四、加快知识产权转化运用,引领支撑经济转型升级' })).toEqual([]);
  });

  it('titles a heading with its words, a column with its number and name, and a paragraph or item with its section\'s or column\'s words before its place', () => {
    expect(BLOCKS.find((b) => b.id === 's3-2')!.title).toBe('三（二）加强知识产权源头保护');
    expect(BLOCKS.find((b) => b.id === 'c3')!.title).toBe('专栏3 知识产权保护工程');
    expect(BLOCKS.find((b) => b.id === 's3-2-p1')!.title).toBe('加强知识产权源头保护 · 三（二）第1段');
    expect(BLOCKS.find((b) => b.id === 'c3-i1')!.title).toBe('知识产权保护工程 · 专栏3第1项');
  });
});

describe('the group of the site\'s other pages (site-pages.ts)', () => {
  it('indexes every page but 404, the part pages and the pages copying the plan', () => {
    const files = ['404.html', 'index.html', 'protection/index.html', 'full/index.html', 'columns/index.html', 'indicators/index.html', 'search/index.html', 'glossary/index.html', 'teach/quiz/junior/index.html', 'documents/index.html'];
    expect(siteSearchPages(files, new Set(['', 'protection/']))).toEqual(['documents/index.html', 'glossary/index.html', 'teach/quiz/junior/index.html']);
  });

  it('asks Pagefind for the query without its question words, folded as the plan\'s search folds it', () => {
    expect(siteQuery('商标侵权怎么办')).toBe('商标侵权');
    expect(siteQuery('  小微企业　 商标 ')).toBe('小微企业 商标');
    expect(siteQuery('ＰＣＴ')).toBe('pct');
    expect(siteQuery('怎么办')).toBe('');
  });

  const glossary = {
    url: '/glossary/',
    content: '术语.\u200b 地理\u200b标志\u200b. 表明\u200b商品\u200b来自\u200b某\u200b个\u200b地方. PCT.',
    excerpt: '术语. <mark>地理</mark>',
    meta: { title: '术语' },
    sub_results: [
      { title: '术语', url: '/glossary/', excerpt: '术语', locations: [0] },
      { title: '知识产权的种类', url: '/glossary/#category-kinds', excerpt: '种类', locations: [3, 4, 5], anchor: { id: 'category-kinds' } },
      { title: '地理标志', url: '/glossary/#term-dili-biaozhi', excerpt: '<mark>地理</mark><mark>标志</mark>. 表明', locations: [3], anchor: { id: 'term-dili-biaozhi' } },
    ],
  };
  const teaching = { url: '/teach/words/', content: '学生版术语. 地理标志产品', excerpt: '<mark>地理标志</mark>产品', meta: { title: '学生版术语' } };

  it('links a page to the entry named by the query, and lists such pages first', () => {
    const found = siteGroup([sitePageResult(teaching, '地理标志'), sitePageResult(glossary, '地理标志')]);
    expect(found).toEqual([
      { url: '/glossary/#term-dili-biaozhi', title: '术语', heading: '地理标志', excerpt: '<mark>地理</mark><mark>标志</mark>. 表明', named: true },
      { url: '/teach/words/', title: '学生版术语', heading: null, excerpt: '<mark>地理标志</mark>产品', named: false },
    ]);
    // The same page found by the query in both scripts (the 繁體 edition asks both) is listed once.
    expect(siteGroup([sitePageResult(glossary, '地理标志'), sitePageResult(teaching, '地理标志'), sitePageResult(glossary, '地理标志')]).map((r) => r.url)).toEqual(['/glossary/#term-dili-biaozhi', '/teach/words/']);
    // No entry named: the heading with the most matches.
    expect(sitePageResult(glossary, '商品')?.url).toBe('/glossary/#category-kinds');
    expect(sitePageResult(glossary, 'pct')?.named).toBe(false);
  });

  it('leaves out a page that holds only some of the words (驰名商标 is on no page)', () => {
    expect(sitePageResult({ ...teaching, content: '商标. 商标品牌' }, '驰名商标')).toBeNull();
    expect(sitePageResult(glossary, '地理标志 驰名')).toBeNull();
  });

  it('reads Pagefind\'s excerpt as text and marked runs, never as markup', () => {
    expect(excerptParts('在 <mark>A&amp;B</mark> 与 &lt;script&gt;<b>x</b>')).toEqual([
      { text: '在 ', marked: false },
      { text: 'A&B', marked: true },
      { text: ' 与 <script>x', marked: false },
    ]);
  });
});
