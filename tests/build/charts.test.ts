/** The charts in the built pages and their downloads: complete without JavaScript, and light. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { attr, byId, byTag, DIST, fileForRoute, findAll, listPages, readPage, requireDist, textOf, type Node } from '../support/dist.ts';

beforeAll(requireDist);

const CHART_PAGES = ['/background/', '/general-requirements/', '/indicators/'];

const one = (root: Node, id: string) => {
  const found = findAll(root, byId(id));
  expect(found, `#${id}`).toHaveLength(1);
  return found[0]!;
};

/** The JavaScript a page loads: its module scripts and every chunk they import, each file once. */
export function pageScripts(route: string): string[] {
  const page = readPage(route);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(join(dirname(file), match[1]!));
  };
  for (const script of findAll(page, byTag('script'))) {
    const src = attr(script, 'src');
    if (src) visit(join(DIST, src));
  }
  return [...files];
}

const gzipBytes = (files: string[]) => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

describe('chart A with 表1', () => {
  const page = () => readPage('/background/');

  it('stands right after 表1, an SVG with its title and description', () => {
    const svg = one(page(), 'chart-t1');
    expect(svg.tagName).toBe('svg');
    expect(attr(svg, 'role')).toBe('img');
    expect(textOf(one(page(), 'chart-t1-title'))).toBe('表1图示 辽宁省知识产权“十三五”规划主要指标完成情况：2015年基数、2020年目标与2020年实际，以目标为100%');
    expect(textOf(one(page(), 'chart-t1-desc'))).toMatch(/^5项指标中4项完成目标，1项未完成。万人有效发明专利拥有量：2015年5.29件，2020年目标7.36件，2020年10.98件，达成率149.2%（本站计算），已完成。/);
    const article = findAll(page(), byTag('article'))[0]!;
    const order = findAll(article, (el) => ['t1', 'chart-t1'].includes(attr(el, 'id') ?? '')).map((el) => attr(el, 'id'));
    expect(order).toEqual(['t1', 'chart-t1']);
  });

  it('names its source in the caption, linked to 表1', () => {
    const caption = findAll(one(page(), 'chart-t1-figure'), byTag('figcaption'))[0]!;
    expect(textOf(caption)).toMatch(/^本站图示根据规划表1绘制：辽宁省知识产权“十三五”规划主要指标完成情况。5项指标中4项完成目标，1项未完成。/);
    // The chart's own address (for copying a link or citation), then its source.
    expect(findAll(caption, byTag('a')).map((a) => attr(a, 'href'))).toEqual(['#chart-t1-figure', '/background/#t1']);
  });

  it('has its data table, with the computed columns marked', () => {
    const table = one(page(), 'chart-t1-data');
    const rows = findAll(table, byTag('tr')).map(textOf);
    expect(rows[0]).toBe('指标 2015年 2020年目标 2020年 达成率（本站计算） 进度（本站计算） 2015—2020年年均增长（本站计算） 是否完成');
    expect(rows[5]).toBe('拥有有效发明专利的规模以上制造业企业（户） 757 1600 1429 89.3% 79.7% 13.6% 未完成');
  });
});

describe('chart B with 表2', () => {
  const page = () => readPage('/general-requirements/');

  it('draws five panels and the index view, with each implied 2025 value in its unit', () => {
    const text = ['chart-t2-p1', 'chart-t2-p2', 'chart-t2-p3', 'chart-t2-p4', 'chart-t2-p5'].map((id) => textOf(one(page(), id)));
    expect(text.map((t) => /2025年 \S+（本站计算）/.exec(t)![0])).toEqual([
      '2025年 5.47件（本站计算）',
      '2025年 512件（本站计算）',
      '2025年 49.86亿元（本站计算）',
      '2025年 7846件（本站计算）',
      '2025年 1470件（本站计算）',
    ]);
    expect(textOf(one(page(), 'chart-t2-index-title'))).toBe('表2图示（指数）：2020年 = 100，各指标按年均增长率推算至2025年');
    // Review 14: the index view and the note under the table say the compounding is 本站推断, as the panels' caption does.
    const shown = page();
    expect(textOf(one(shown, 'chart-t2-index-figure'))).toContain('各指标按年均增长率推算至2025年（按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断）。');
    expect(textOf(one(shown, 'chart-t2-figure'))).toContain('2020年数值 × (1 + 年均增长率)^年数（按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断），');
    // Review 20: what a screen reader gives for each panel and for the index view names the compounding reading too.
    expect(textOf(one(shown, 'chart-t2-p2-desc'))).toBe('2020年318件，2021年350件，2022年385件，2023年423件，2024年466件，2025年512件。2020年为规划所列数值，其后各年为本站计算，按年均增长率逐年连乘推算（本站推断）。');
    expect(textOf(one(shown, 'chart-t2-index-desc'))).toMatch(/。指数为本站计算，2021—2025年按年均增长率逐年连乘推算（本站推断），保留一位小数。$/);
  });

  it('says the targets are 预期性, expected and not binding', () => {
    expect(textOf(one(page(), 'chart-t2-figure'))).toContain('表2各项指标均为预期性指标；规划没有解释这一属性，理解为是预期、不具约束力，是本站推断。');
  });

  it('has the path year by year in its data table', () => {
    const rows = findAll(one(page(), 'chart-t2-data'), byTag('tr')).map(textOf);
    expect(rows[0]).toBe('指标 年均增长 2020年 2021年* 2022年* 2023年* 2024年* 2025年*');
    expect(rows[2]).toBe('海外发明专利授权量（件） 10% 318 350 385 423 466 512');
  });

  it('offers the progress check form, with a note that it needs JavaScript', () => {
    const form = findAll(page(), (el) => el.tagName === 'form' && attr(el, 'class') === 'chart-check')[0]!;
    expect(attr(form, 'hidden')).toBe('');
    expect(findAll(form, byTag('option')).map(textOf).slice(5)).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年']);
  });
});

describe('placement and weight', () => {
  it('puts both charts on the 指标 page and one on each part page with a table', () => {
    const has = (route: string) => ['chart-t1', 'chart-t2-p1', 'chart-t2-index'].map((id) => findAll(readPage(route), byId(id)).length);
    expect(has('/indicators/')).toEqual([1, 1, 1]);
    expect(has('/background/')).toEqual([1, 0, 0]);
    expect(has('/general-requirements/')).toEqual([0, 1, 1]);
    // 全文 is the plan's text alone.
    expect(has('/full/')).toEqual([0, 0, 0]);
  });

  it('loads chart scripts only on pages with charts', () => {
    // Every page has the search box's small script; the chart scripts are the rest.
    const chartScripts = (route: string) =>
      pageScripts(route).filter((file) => /chart-points|growth-progress-check/.test(readFileSync(file, 'utf8')));
    for (const route of listPages()) expect(chartScripts(route).length > 0, route).toBe(CHART_PAGES.includes(route.replace(/^\/zh-hant\//, '/')));
  });

  it.each(CHART_PAGES)('%s loads at most 30 KB of gzipped JavaScript', (route) => {
    const bytes = gzipBytes(pageScripts(route));
    console.log(`${route}: ${bytes} bytes of JavaScript, gzip -9`);
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
});

describe('downloads', () => {
  const file = (name: string) => readFileSync(fileForRoute(`/charts/${name}`));

  it('links each chart to its SVG, PNG and CSV, and to the workbook with every table', () => {
    const hrefs = findAll(readPage('/indicators/'), (el) => el.tagName === 'a' && attr(el, 'download') !== undefined).map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(['t1', 't2', 't2-index'].flatMap((s) => [...['svg', 'png', 'csv'].map((f) => `/charts/${s}.${f}`), '/data/ln-ip-plan.xlsx']));
  });

  it('gives CSV in UTF-8 with a BOM: one table, numbers as plain numbers, no source line', () => {
    const csv = file('t2.csv').toString('utf8');
    expect(csv.startsWith('\uFEFF指标,单位,属性,年均增长率（%）,2020年,2021年（本站计算，逐年连乘推算，本站推断）')).toBe(true);
    expect(file('t2-index.csv').toString('utf8')).toContain(',2025年指数（本站计算，逐年连乘推算，本站推断，2020年 = 100）\r\n');
    // The base year's 100 is a definition, not a compounded value (review 19).
    expect(file('t2-index.csv').toString('utf8')).toContain('年均增长率（%）,2020年指数（本站计算，2020年 = 100）,2021年指数（本站计算，逐年连乘推算');
    expect(csv).toContain('\r\n知识产权质押融资金额,亿元,预期性,10,30.96,34.06,37.46,41.21,45.33,49.86\r\n');
    expect(csv.trimEnd().split('\r\n').at(-1)).toBe('高等学校专利转让,件,预期性,10,913,1004,1105,1215,1337,1470');
    const t1 = file('t1.csv').toString('utf8');
    expect(t1).toContain('\r\n拥有有效发明专利的规模以上制造业企业,户,757,1600,1429,未完成,89.3,79.7,13.6\r\n');
    // The header and 表1's five rows, nothing else: the values reported since are /data/reported-values.csv.
    expect(t1.trimEnd().split('\r\n')).toHaveLength(6);
    for (const name of ['t1.csv', 't2.csv', 't2-index.csv']) {
      const [header, ...rows] = parseCsv(file(name).toString('utf8').slice(1));
      expect(rows.every((r) => r.length === header!.length), name).toBe(true);
      expect(rows.flat().filter((cell) => /^来源|%$|[0-9][件户]$/.test(cell)), name).toEqual([]);
    }
  });

  it('gives each chart as an SVG and a PNG an article can use: titled as the plan names the table, the source and the page beneath, the PNG at 2×', () => {
    const svg = file('t1.svg').toString('utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    // The PNG is drawn from this very SVG (src/data/charts.ts): its words are what the image shows.
    const lines = (name: string) => [...file(name).toString('utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines('t1.svg')[0]).toBe('表1 辽宁省知识产权“十三五”规划主要指标完成情况');
    expect(lines('t2.svg')[0]).toBe('表2 辽宁省知识产权“十四五”时期发展主要指标');
    expect(lines('t2-index.svg')[0]).toBe('表2 辽宁省知识产权“十四五”时期发展主要指标（指数）');
    for (const [name, route] of [['t1.svg', '/background/#chart-t1-figure'], ['t2.svg', '/general-requirements/#chart-t2-figure'], ['t2-index.svg', '/general-requirements/#chart-t2-index-figure']] as const) {
      const text = lines(name).join('');
      expect(text, name).toContain('来源：《辽宁省“十四五”知识产权保护和运用规划》，辽宁省知识产权局；');
      expect(lines(name).at(-1), name).toMatch(new RegExp(`^(制图：辽宁知识产权“十四五”规划在线版　)?http://localhost:4321${route.replace(/[/#]/g, '\\$&')}$`));
      expect(text, name).toContain('制图：辽宁知识产权“十四五”规划在线版');
    }
    const sizes = ['t1.png', 't2.png', 't2-index.png'].map((name) => {
      const png = file(name);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    });
    // Twice the SVG's own size (900 × 1544 for t1.svg), and no strip: between 3:4 and 4:3.
    expect(sizes).toEqual([
      [1800, 2316],
      [1800, 2202],
      [1620, 1518],
    ]);
    // Review 14: each file that computes a path from 年均增长 says reading it as compounding is 本站推断 (one subtitle line more).
    const panels = lines('t2.svg').join('');
    expect(panels).toContain('路径（按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断）');
    expect(panels).toContain('2021—2025年：本站计算，按年均增长率逐年连乘推算（本站推断）');
    expect(panels).not.toContain('本站计算，按年均增长率推算');
    expect(lines('t2-index.svg').join('')).toContain('推算至2025年（按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断）');
    // Review 20: and so does each file's description, which travels with it (what a screen reader gives for the image).
    const desc = (name: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(file(name).toString('utf8'))![1]!;
    expect(desc('t2.svg').split('其后各年为本站计算，按年均增长率逐年连乘推算（本站推断）。').length - 1).toBe(5);
    expect(desc('t2-index.svg')).toContain('指数为本站计算，2021—2025年按年均增长率逐年连乘推算（本站推断），保留一位小数。');
    expect(/^<svg [^>]* width="900" height="1158"/m.test(svg.split('\n')[1]!)).toBe(true);
    for (const [w, h] of sizes) expect(w! / h!).toBeGreaterThanOrEqual(0.75), expect(w! / h!).toBeLessThanOrEqual(4 / 3);
  });
});
