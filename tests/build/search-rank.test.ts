/**
 * Text copied from the plan finds its own block: every run of 2 to 4 words
 * (4 to 8 characters) of the text, searched with the search the pages use,
 * against the index the build wrote. No browser, no bench: the search runs
 * in Node on dist/pagefind/plan-index.json. And what Pagefind's index of the
 * site's other pages holds, in both editions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanIndex, searchPlan, type SearchBlock } from '../../src/lib/search/plan-search.ts';
import { planTerms, planWordRuns, rankCopiedPhrases } from '../../src/lib/search/plan-terms.ts';
import { DIST, requireDist } from '../support/dist.ts';

type Block = { id: string; kind: string; text: string };
let blocks: Block[];
let index: SearchBlock[];
const search = (query: string) => searchPlan(index, query).hits.map((h) => h.block.id);

beforeAll(() => {
  requireDist();
  blocks = (JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: Block[] }).blocks;
  index = readPlanIndex(JSON.parse(readFileSync(`${DIST}pagefind/plan-index.json`, 'utf8')));
});

// Runs are taken from the text; a table row that holds one counts as its place too.
const text = () => blocks.filter((b) => b.kind !== 'table' && b.kind !== 'table-row');

describe('copied phrases rank their own block', () => {
  let ranks: ReturnType<typeof rankCopiedPhrases> | undefined;

  it('finds a block holding the phrase in the top 3, and first, for all 8,224 runs', () => {
    ranks ??= rankCopiedPhrases(planWordRuns(text(), blocks), search);
    expect(ranks.runs).toBe(8224);
    expect(ranks.missed.map((t) => t.term)).toEqual([]);
    expect(ranks.firstWrong.map((t) => t.term)).toEqual([]);
  });

  it('misses a particular block holding the phrase only when more than three blocks hold it', () => {
    ranks ??= rankCopiedPhrases(planWordRuns(text(), blocks), search);
    expect(ranks.pairs).toBe(10189);
    expect(ranks.pairsMissed.length).toBe(162);
    for (const term of ranks.pairsMissed) expect(term.blocks.length, term.term).toBeGreaterThan(3);
  });

  it('does the same for the 295 phrases between punctuation marks', () => {
    const ranks = rankCopiedPhrases(planTerms(text(), blocks), search);
    expect(ranks.runs).toBe(295);
    expect(ranks.missed).toEqual([]);
  });

  it('lists only blocks that hold the phrase', () => {
    for (const term of planWordRuns(text(), blocks).slice(0, 500)) {
      expect(search(term.term).sort(), term.term).toEqual([...term.blocks].sort());
    }
  });
});

describe('questions in a reader\'s words (issue 25)', () => {
  const top = (query: string) => searchPlan(index, query).hits.slice(0, 2).map((h) => [h.block.id, h.block.title, h.reason]);

  it('小微企业 商标: the words found apart, the block with the longer one first, each saying what it lacks', () => {
    expect(top('小微企业 商标')).toEqual([
      ['s4-4-p1', '深化知识产权金融服务 · 四（四）第1段', '没有同时含“小微企业”“商标”的段落，此段含“小微企业”；缺少：“商标”'],
      ['s3-2-p3', '加强知识产权源头保护 · 三（二）第3段', '没有同时含“小微企业”“商标”的段落，此段含“商标”；缺少：“小微企业”'],
    ]);
  });

  it('商标侵权怎么办: the question word dropped, the paragraph on 商标侵权 found', () => {
    expect(top('商标侵权怎么办')).toEqual([['s3-3-p1', '统筹推进知识产权保护体系建设 · 三（三）第1段', '已略去问句用语“怎么办”，此段含“商标侵权”']]);
  });

  it('小企业商标: its words, 企业 and 商标, together first', () => {
    expect(top('小企业商标')[0]).toEqual(['s3-2-p3', '加强知识产权源头保护 · 三（二）第3段', '没有完整的“小企业商标”，此段含“企业”“商标”']);
  });

  it('驰名商标: says the plan never writes 驰名, and lists what it says of 商标', () => {
    const hits = searchPlan(index, '驰名商标').hits;
    expect(hits).toHaveLength(12);
    for (const hit of hits) expect(hit.reason).toBe('没有完整的“驰名商标”，此段含“商标”；缺少：“驰名”；规划中没有“驰名”一词');
  });
});

describe('Pagefind\'s index of the site\'s other pages', () => {
  /** Every page an edition's site index holds (its fragments, gzipped JSON after Pagefind's signature). */
  function indexed(bundle: string): Array<{ url: string; meta: { title: string }; anchors: Array<{ id: string; title?: string }> }> {
    return readdirSync(`${DIST}${bundle}fragment`).map((name) => {
      const text = gunzipSync(readFileSync(`${DIST}${bundle}fragment/${name}`)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    });
  }
  const SITE_PAGES = ['/about/', '/checks/', '/data/', '/documents/', '/explore/', '/figures/', '/glossary/', '/handout/', '/overview/', '/progress/', '/reviews/', '/scorecard/', '/teach/', '/teach/junior/', '/teach/poster/', '/teach/primary/', '/teach/quiz/junior/', '/teach/quiz/primary/', '/teach/quiz/senior/', '/teach/senior/', '/teach/shouchaobao/', '/teach/week/', '/teach/words/', '/unknown/'];

  it('holds the 24 pages that are not the plan, in each edition its own, and no part page', () => {
    const hans = indexed('pagefind/');
    const hant = indexed('zh-hant/pagefind/');
    expect(hans.map((p) => p.url).sort()).toEqual(SITE_PAGES);
    expect(hant.map((p) => p.url).sort()).toEqual(SITE_PAGES.map((url) => `/zh-hant${url}`));
    const parts = new Set(blocks.map((b) => (b as Block & { path: string }).path));
    expect(parts.size).toBe(9);
    expect(hans.filter((p) => parts.has(p.url) || ['/full/', '/columns/', '/indicators/'].includes(p.url))).toEqual([]);
    // The explorer's list quotes every paragraph of the plan: its page is indexed without them.
    const explore = hans.find((p) => p.url === '/explore/') as unknown as { content: string };
    expect(explore.content.replace(/\u200b/g, '')).not.toContain('乘势而上开启全面建设社会主义现代化国家新征程');
    expect(readFileSync(`${DIST}explore/index.html`, 'utf8')).toContain('乘势而上开启全面建设社会主义现代化国家新征程');
  });

  it('names each glossary entry, so that a term links to its entry, in either edition', () => {
    const entry = (bundle: string, url: string) => indexed(bundle).find((p) => p.url === url)!.anchors.find((a) => a.id === 'term-dili-biaozhi');
    expect(entry('pagefind/', '/glossary/')?.title).toBe('地理标志');
    expect(entry('zh-hant/pagefind/', '/zh-hant/glossary/')?.title).toBe('地理標誌');
  });

  it('ships Pagefind\'s engine and index beside the plan\'s, not its other UIs or playground', () => {
    expect(readdirSync(`${DIST}pagefind`).filter((name) => !/\.pf_meta$|^wasm\./.test(name)).sort()).toEqual([
      'fragment', 'index', 'pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js', 'plan-index.json',
    ]);
    expect(readdirSync(`${DIST}zh-hant/pagefind`).filter((name) => !/\.pf_meta$|^wasm\./.test(name)).sort()).toEqual([
      'fragment', 'index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js', 'plan-index.json',
    ]);
  });
});
