/** The chart SVGs, their data and downloads, from the real 表1 and 表2. */
import { describe, expect, it } from 'vitest';
import { growthCsv, growthIndexCsv, growthRows, outcomeCsv, outcomeRows } from '../../../src/lib/charts/chart-data.ts';
import { CREDIT_LINE, sourceLine } from '../../../src/lib/charts/chart-frame.ts';
import { growthIndexChart, growthPanels, growthPanelsStandalone, panelScales, rateGroups } from '../../../src/lib/charts/chart-growth.ts';
import { outcomeChart, outcomeSummary } from '../../../src/lib/charts/chart-outcome.ts';
import { toCsv } from '../../../src/lib/site/csv.ts';
import { assertChineseFont, svgToPng } from '../../../src/lib/charts/rasterise.ts';
import { el, escapeXml, text, wrapText } from '../../../src/lib/charts/svg.ts';
import { t1, t2 } from '../../support/indicators.ts';

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('svg strings', () => {
  it('escapes text and attributes and rounds coordinates', () => {
    expect(text('A<B & "C"', { x: 1.23456 })).toBe('<text x="1.23">A&lt;B &amp; &quot;C&quot;</text>');
    expect(el('g', { class: 'a', hidden: false, focusable: true }, el('rect', { width: 2 }))).toBe('<g class="a" focusable><rect width="2"/></g>');
    expect(escapeXml('<>')).toBe('&lt;&gt;');
  });

  it('wraps Chinese by width, Latin at half a character, between items when told', () => {
    expect(wrapText([...'一二三四五六七'], 3)).toEqual(['一二三', '四五六', '七']);
    expect(wrapText(['专利转让', '高等学校专利转让'], 10, '、')).toEqual(['专利转让、', '高等学校专利转让']);
    expect(wrapText([...'2020年一二'], 4.5)).toEqual(['2020年一', '二']);
    expect(wrapText([...'一二三，四'], 3)).toEqual(['一二三，', '四']);
  });
});

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs it and holds the table only: no source line under it', () => {
    expect(toCsv([['a', 'b,c'], ['"x"', '1']])).toBe('\uFEFFa,"b,c"\r\n"""x""",1\r\n');
  });

  it('gives 表1 with the computed columns marked', () => {
    const rows = outcomeCsv(t1());
    expect(rows[0]).toEqual(['指标', '单位', '2015年', '2020年目标', '2020年', '是否完成（本站计算）', '达成率（%，本站计算）', '进度（%，本站计算）', '2015—2020年均增长（%，本站计算）']);
    expect(rows[3]).toEqual(['规模以上制造业每亿元主营业务收入的有效专利数', '件', '0.08', '0.18', '2.195', '已完成', '1219.4', '2115.0', '93.9']);
    expect(rows[5]).toEqual(['拥有有效发明专利的规模以上制造业企业', '户', '757', '1600', '1429', '未完成', '89.3', '79.7', '13.6']);
    // One table: a header and the five rows, nothing under them (the values reported since are reported-values.csv).
    expect(rows).toHaveLength(6);
  });

  it('gives 表2’s paths year by year, rounded to the 2020 value’s decimals', () => {
    const rows = growthCsv(t2());
    // Review 18: the compounding reading is 本站推断, said in the header of each computed column (a CSV has no note).
    expect(rows[0]).toEqual(['指标', '单位', '属性', '年均增长率（%）', '2020年', ...[2021, 2022, 2023, 2024, 2025].map((y) => `${y}年（本站计算，逐年连乘推算，本站推断）`)]);
    expect(rows[1]).toEqual(['每万人口高价值发明专利拥有量', '件', '预期性', '6', '4.09', '4.34', '4.60', '4.87', '5.16', '5.47']);
    expect(rows[2]).toEqual(['海外发明专利授权量', '件', '预期性', '10', '318', '350', '385', '423', '466', '512']);
    expect(rows[3]).toEqual(['知识产权质押融资金额', '亿元', '预期性', '10', '30.96', '34.06', '37.46', '41.21', '45.33', '49.86']);
    expect(growthIndexCsv(t2())[4]).toEqual(['专利转让', '10', '100.0', '110.0', '121.0', '133.1', '146.4', '161.1']);
    // The base year's 100 is a definition, not a compounded value: only 2021–2025 carry the 本站推断 mark (review 19).
    expect(growthIndexCsv(t2())[0]![2]).toBe('2020年指数（本站计算，2020年 = 100）');
    expect(growthIndexCsv(t2())[0]![3]).toBe('2021年指数（本站计算，逐年连乘推算，本站推断，2020年 = 100）');
  });

  it('names the plan and the table as the source', () => {
    expect(sourceLine(t1())).toBe('来源：《辽宁省“十四五”知识产权保护和运用规划》，辽宁省知识产权局；表1中标明“本站计算”的数值由本站根据该表计算。');
    expect(CREDIT_LINE).toBe('制图：辽宁知识产权“十四五”规划在线版');
  });
});

describe('chart A (表1)', () => {
  const svg = outcomeChart(t1(), { id: 'chart-t1' });
  it('has a title and a description naming every figure', () => {
    expect(svg).toMatch(/^<svg [^>]*id="chart-t1"[^>]*role="img" aria-labelledby="chart-t1-title" aria-describedby="chart-t1-desc"/);
    expect(svg).toContain('<title id="chart-t1-title">表1图示 辽宁省知识产权“十三五”规划主要指标完成情况：2015年基数、2020年目标与2020年实际，以目标为100%</title>');
    expect(outcomeSummary(t1())).toBe('5项指标中4项完成目标，1项未完成。');
    expect(svg).toContain('拥有有效发明专利的规模以上制造业企业：2015年757户，2020年目标1600户，2020年1429户，达成率89.3%（本站计算），未完成。');
  });

  it('labels the real values and tells the missed target by word and dashed line', () => {
    expect(count(svg, 'class="chart-point"')).toBe(5);
    expect(svg).toContain('2015年 8824件　目标 14332件　2020年 16604件');
    expect(svg).toContain('达成率 1219.4%（本站计算），超出刻度　已完成');
    expect(svg).toContain('达成率 89.3%（本站计算）　未完成');
    expect(count(svg, 'stroke-dasharray="5 3"')).toBe(1);
  });

  it('is a file of its own when standalone: fixed colours, white ground, the source', () => {
    const file = outcomeChart(t1(), { id: 'chart-t1', standalone: true });
    expect(file).toContain('<style>');
    expect(file).toContain('class="c-bg"');
    expect(file).toContain('来源：');
    expect(svg).not.toContain('<style>');
  });
});

describe('chart B (表2)', () => {
  it('draws one panel per indicator, each from zero in its own unit', () => {
    const panels = growthPanels(t2(), { id: 'chart-t2' });
    expect(panels).toHaveLength(5);
    expect(panels.map((p) => /id="([^"]+)"/.exec(p)![1])).toEqual(['chart-t2-p1', 'chart-t2-p2', 'chart-t2-p3', 'chart-t2-p4', 'chart-t2-p5']);
    expect(panels[0]).toContain('2025年 5.47件（本站计算）');
    expect(panels[2]).toContain('2025年 49.86亿元（本站计算）');
    expect(count(panels[1]!, 'class="chart-point"')).toBe(6);
    const rows = growthRows(t2());
    expect(panelScales(rows[0]!).y.domain()).toEqual([0, 6]);
    expect(panelScales(rows[3]!).y.domain()).toEqual([0, 8000]);
  });

  it('says the targets are expected, not binding', () => {
    expect(growthPanelsStandalone(t2(), { id: 'chart-t2', standalone: true })).toContain('表2各项指标均为预期性指标；规划没有解释这一属性，理解为是预期、不具约束力，是本站推断。');
  });

  it('indexes 2020 as 100, one line per rate, naming the indicators that share it', () => {
    expect(rateGroups(t2()).map((g) => [g.rate, g.rows.length])).toEqual([[10, 4], [6, 1]]);
    const svg = growthIndexChart(t2(), { id: 'chart-t2-index' });
    expect(count(svg, 'class="chart-series"')).toBe(2);
    expect(svg).toContain('>161.1</text>');
    expect(svg).toContain('>133.8</text>');
    expect(svg).toContain('年均增长10%的海外发明专利授权量、知识产权质押融资金额、专利转让、高等学校专利转让：2020年100.0，2021年110.0，2022年121.0，2023年133.1，2024年146.4，2025年161.1。');
  });
});

describe('figures the charts cannot use', () => {
  it('are named by file and row', () => {
    const table = t1();
    table.indicators[4] = { ...table.indicators[4]!, target: 757 };
    expect(() => outcomeRows(table)).toThrow('src/content/indicators/t1.json: indicators[4] cannot be charted: a target equal to its baseline has no progress');
    const growth = t2();
    growth.indicators[1] = { ...growth.indicators[1]!, base: 1e21 };
    expect(() => growthRows(growth)).toThrow(/^src\/content\/indicators\/t2.json: indicators\[1\] cannot be charted: 1e\+21 is not a figure as printed/);
  });
});

describe('PNG', () => {
  it('rasterises a chart with its Chinese text', () => {
    assertChineseFont();
    const png = svgToPng(outcomeChart(t1(), { id: 'chart-t1', standalone: true }), 1800);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1800, 2010]);
    expect(outcomeRows(t1())).toHaveLength(5);
  });
});

describe('chart files for articles', () => {
  const page = 'https://example.org/general-requirements/#chart-t2-figure';
  const files = {
    t1: outcomeChart(t1(), { id: 'chart-t1', standalone: true, pageUrl: 'https://example.org/background/#chart-t1-figure' }),
    t2: growthPanelsStandalone(t2(), { id: 'chart-t2', standalone: true, pageUrl: page }),
    't2-index': growthIndexChart(t2(), { id: 'chart-t2-index', standalone: true, pageUrl: page }),
  };
  /** The text an SVG draws, line by line: what the PNG shows. */
  const drawn = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  const size = (svg: string) => /^<svg [^>]*viewBox="0 0 (\S+) (\S+)" width="(\S+)" height="(\S+)"/.exec(svg)!.slice(1).map(Number);

  it('draw the table’s name as the plan gives it, then what the chart shows, as text the PNG is drawn from', () => {
    expect(drawn(files.t1).slice(0, 2)).toEqual(['表1 辽宁省知识产权“十三五”规划主要指标完成情况', '2015年基数、2020年目标与2020年实际，各指标以其目标为100%']);
    expect(drawn(files.t2)[0]).toBe('表2 辽宁省知识产权“十四五”时期发展主要指标');
    expect(drawn(files['t2-index'])[0]).toBe('表2 辽宁省知识产权“十四五”时期发展主要指标（指数）');
  });

  it('end with the source, the site and the chart’s address, the address on a line unbroken', () => {
    expect(drawn(files.t1).slice(-3)).toEqual([
      '来源：《辽宁省“十四五”知识产权保护和运用规划》，辽宁省知识产权局；表1中标明“本站计算”的数值由本',
      '站根据该表计算。',
      '制图：辽宁知识产权“十四五”规划在线版　https://example.org/background/#chart-t1-figure',
    ]);
    expect(drawn(files['t2-index']).slice(-2)).toEqual(['制图：辽宁知识产权“十四五”规划在线版', page]);
    expect(drawn(files.t2).join('')).toContain('来源：《辽宁省“十四五”知识产权保护和运用规划》，辽宁省知识产权局；表2中标明“本站计算”的数值由本站根据该表计算。');
  });

  it('are shaped for an article: 1.5 times their drawing at 1×, between 3:4 and 4:3', () => {
    expect(Object.values(files).map(size)).toEqual([
      [600, 670, 900, 1005],
      // One subtitle line more each since review 14: reading 年均增长 as compounding is labelled 本站推断.
      [600, 734, 900, 1101],
      [540, 506, 810, 759],
    ]);
    for (const [w, h] of Object.values(files).map(size)) expect(w! / h!).toBeGreaterThanOrEqual(0.75), expect(w! / h!).toBeLessThanOrEqual(4 / 3);
  });
});
