/** The built pages: which exist, their addresses, headings, ids and links. */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/lib/plan/addresses.ts';
import { attr, byId, byTag, fileForRoute, findAll, listEditionPages, listPages, readPage, requireDist, textOf, type Node } from '../support/dist.ts';

const PART_ROUTES = [
  '/background/',
  '/general-requirements/',
  '/protection/',
  '/utilization/',
  '/services/',
  '/talent/',
  '/international-cooperation/',
  '/implementation/',
];

beforeAll(requireDist);

const first = (root: Node, id: string) => {
  const el = findAll(root, byId(id))[0];
  if (!el) throw new Error(`no element #${id}`);
  return el;
};

describe('pages', () => {
  it('builds the home page, the eight parts, 全文, 规划导览, 完成了吗？, 规划全貌, 专栏, 指标, 数字速查, 核算, 开放数据, 术语, 关联文件, 执行情况, 待查事项, 课堂讲义, 教师 with its 11 pages, 搜索, 关于, 核查记录 and a 404 page', () => {
    const teach = ['/teach/', ...['primary', 'junior', 'senior'].flatMap((l) => [`/teach/${l}/`, `/teach/quiz/${l}/`]), '/teach/words/', '/teach/poster/', '/teach/shouchaobao/', '/teach/week/'];
    const simplified = ['/', '/404.html', '/about/', '/checks/', '/columns/', '/data/', '/documents/', '/explore/', '/figures/', '/full/', '/glossary/', '/handout/', '/indicators/', '/overview/', '/progress/', '/reviews/', '/scorecard/', '/search/', '/unknown/', ...teach, ...PART_ROUTES].sort();
    // Each with its 繁體中文 twin (tests/build/hant.test.ts).
    expect(listPages()).toEqual([...simplified, ...simplified.map((route) => `/zh-hant${route}`)]);
    // What the per-page browser sweep walks: both editions, each page once.
    expect(listEditionPages()).toEqual([...simplified, ...simplified.map((route) => `/zh-hant${route}`)]);
    expect(listEditionPages()).toHaveLength(76);
  });

  it('gives every part a readable URL of English words', () => {
    for (const route of PART_ROUTES) expect(route).toMatch(/^\/[a-z-]+\/$/);
  });

  it.each(listPages())('%s is Chinese, has one h1 and headings that never skip a level', (route) => {
    const page = readPage(route);
    expect(attr(findAll(page, byTag('html'))[0]!, 'lang')).toBe(route.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-CN');
    const headings = findAll(page, (el) => /^h[1-6]$/.test(el.tagName)).map((h) => Number(h.tagName[1]));
    expect(headings.filter((h) => h === 1)).toHaveLength(1);
    expect(headings[0]).toBe(1);
    headings.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i} of ${route}`).toBeLessThanOrEqual(headings[i - 1]! + 1);
    });
    expect(findAll(page, byTag('main'))).toHaveLength(1);
    expect(findAll(page, (el) => el.tagName === 'a' && attr(el, 'class') === 'skip-link')).toHaveLength(1);
  });

  it.each(listPages())('%s has no id twice', (route) => {
    const ids = findAll(readPage(route), (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it.each(listPages())('%s links only to pages and ids that exist', (route) => {
    const broken: string[] = [];
    // Each target page parsed once: /full/ links to /glossary/ and /documents/ hundreds of times.
    const idsOf = new Map<string, Set<string>>();
    const ids = (target: string) => {
      if (!idsOf.has(target)) idsOf.set(target, new Set(findAll(readPage(target), (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!)));
      return idsOf.get(target)!;
    };
    for (const a of findAll(readPage(route), byTag('a'))) {
      const href = attr(a, 'href') ?? '';
      if (/^[a-z]+:/.test(href)) continue; // outside the site
      const url = new URL(href, `http://site${route}`);
      const target = url.pathname.endsWith('/') || url.pathname.endsWith('.html') || url.pathname.includes('.') ? url.pathname : `${url.pathname}/`;
      if (!existsSync(fileForRoute(target))) {
        broken.push(href);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && !ids(target).has(id)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});

describe('addresses', () => {
  it('numbers paragraphs within their section: 三（三） paragraph 4 is 塑造知识产权同保护工作环境', () => {
    const page = readPage('/protection/');
    expect(textOf(first(page, 's3-3'))).toBe('（三）统筹推进知识产权保护体系建设');
    expect(textOf(first(page, 's3-3-p4'))).toMatch(/^塑造知识产权同保护工作环境。加强对外交流合作。/);
    expect(textOf(first(page, 's3-4-p3'))).toMatch(/^拓宽知识产权文化传播渠道。/);
  });

  it('addresses the preamble, columns, column items, tables and rows', () => {
    expect(textOf(first(readPage('/'), 's0-p1'))).toMatch(/^“十四五”时期（2021-2025）是我国/);
    const part5 = readPage('/services/');
    expect(textOf(first(part5, 'c5'))).toBe('专栏5 知识产权服务能力提升工程');
    expect(textOf(first(part5, 'c5-i2'))).toBe('到2025年，知识产权服务机构数量超过650家，建成2-3个知识产权服务业集聚发展区、试验区。');
    const part1 = readPage('/background/');
    expect(first(part1, 't1').tagName).toBe('table');
    expect(textOf(first(part1, 't1-r5'))).toBe('拥有有效发明专利的规模以上制造业企业（户） 757 1600 1429');
    expect(textOf(first(readPage('/general-requirements/'), 't2-r3'))).toBe('知识产权质押融资金额 30.96亿元 年均增长10% 预期性');
  });

  it('gives every paragraph of the text an id that follows the scheme, with a link to itself', () => {
    let paragraphs = 0;
    for (const route of ['/', ...PART_ROUTES]) {
      const article = findAll(readPage(route), (el) => el.tagName === 'article')[0]!;
      for (const p of findAll(article, (el) => el.tagName === 'p' && attr(el, 'id') !== undefined)) {
        const id = attr(p, 'id')!;
        expect(parseAddress(id), id).not.toBeNull();
        const anchor = findAll(p, byTag('a'))[0]!;
        expect(attr(anchor, 'href')).toBe(`#${id}`);
        paragraphs += 1;
      }
    }
    // 168 source lines, less the title and source line, 8 part and 28 section
    // headings, 6 column titles and 2 tables of 25 lines: 54 paragraphs
    // (the preamble's one included) and 20 column items.
    expect(paragraphs).toBe(74);
  });

  it('has section headings with ids on every part page, listed in its contents', () => {
    const page = readPage('/protection/');
    const toc = findAll(page, (el) => el.tagName === 'nav' && attr(el, 'class') === 'toc')[0]!;
    const tocLinks = findAll(toc, byTag('a')).map((a) => attr(a, 'href'));
    expect(tocLinks).toEqual(['#s3-1', '#c1', '#s3-2', '#c2', '#s3-3', '#s3-4', '#c3']);
    const sections = findAll(page, (el) => el.tagName === 'h2' && /^s3-\d$/.test(attr(el, 'id') ?? ''));
    expect(sections.map((h) => attr(h, 'id'))).toEqual(['s3-1', 's3-2', 's3-3', 's3-4']);
  });

  it('links each part to the one before and after it', () => {
    const page = readPage('/protection/');
    const rel = (r: string) => attr(findAll(page, (el) => el.tagName === 'a' && attr(el, 'rel') === r)[0]!, 'href');
    expect(rel('prev')).toBe('/general-requirements/');
    expect(rel('next')).toBe('/utilization/');
    expect(findAll(readPage('/background/'), (el) => attr(el, 'rel') === 'prev')).toEqual([]);
  });
});

describe('home page', () => {
  const home = () => readPage('/');
  it('carries the title, the source line as published with the official link, and the eight parts', () => {
    const text = textOf(home());
    expect(text).toContain('辽宁省“十四五”知识产权保护和运用规划');
    expect(text).toContain('来源：省知识产权局');
    const hrefs = findAll(home(), byTag('a')).map((a) => attr(a, 'href'));
    expect(hrefs).toContain('https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml');
    for (const route of PART_ROUTES) expect(hrefs).toContain(route);
  });

  it('shows the 表2 figures from the indicator data', () => {
    const cards = findAll(home(), (el) => attr(el, 'class') === 'figure-card').map(textOf);
    expect(cards).toEqual([
      '每万人口高价值发明专利拥有量 2020年 4.09件 到2025年 年均增长6%（预期性）',
      '海外发明专利授权量 2020年 318件 到2025年 年均增长10%（预期性）',
      '知识产权质押融资金额 2020年 30.96亿元 到2025年 年均增长10%（预期性）',
      '专利转让 2020年 4872件 到2025年 年均增长10%（预期性）',
      '高等学校专利转让 2020年 913件 到2025年 年均增长10%（预期性）',
    ]);
  });
});

describe('columns page', () => {
  it('lists the six columns, each linked to its place in the text', () => {
    const page = readPage('/columns/');
    const titles = findAll(page, byTag('h2')).map(textOf);
    expect(titles).toEqual([
      '专栏1 优化知识产权法治环境工程',
      '专栏2 高价值专利、商标培育工程',
      '专栏3 知识产权保护工程',
      '专栏4 知识产权转化运用工程',
      '专栏5 知识产权服务能力提升工程',
      '专栏6 知识产权人才培训工程',
    ]);
    const places = findAll(page, byTag('a')).map((a) => attr(a, 'href')).filter((h) => /#c\d$/.test(h ?? ''));
    expect(places).toEqual(['/protection/#c1', '/protection/#c2', '/protection/#c3', '/utilization/#c4', '/services/#c5', '/talent/#c6']);
  });
});

describe('one name per page', () => {
  it('names the pages in /about/ as the navigation does, and /progress/ labels its bands in Chinese', () => {
    const nav = findAll(readPage('/'), (el) => el.tagName === 'nav' && attr(el, 'aria-label') === '网站导航')[0]!;
    const names = findAll(nav, byTag('a')).map(textOf);
    expect(names).toEqual(expect.arrayContaining(['核算', '关联文件', '执行情况', '教师']));
    const about = textOf(readPage('/about/'));
    expect(about).toContain('其他页面（全文、数字速查、核算、关联文件、执行情况、关于、教师等）');
    expect(about).not.toMatch(/核对、文件、进展/);
    const method = textOf(findAll(readPage('/progress/'), (el) => el.tagName === 'p' && textOf(el).includes('分档'))[0]!);
    expect(method.slice(method.indexOf('分档'))).toBe('分档（本站译自 Open SDG 的五档，原文见下方来源）：已达到目标（报告值已达到或超过目标年目标值）；按期可达（R ≥ 0.95）；有进展，需加快（0.60 ≤ R < 0.95）；进展有限（0 ≤ R < 0.60）；倒退（R < 0）。没有公开数值的指标不给状态。');
  });
});
