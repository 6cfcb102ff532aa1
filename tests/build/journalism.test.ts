/** The figure finder, the checks and the open data, on the built site. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { planChecks } from '../../src/lib/journalism/checks.ts';
import { parseCsv } from '../support/csv.ts';
import { byId, DIST, findAll, readPage, requireDist, textOf } from '../support/dist.ts';
import { t1, t2 } from '../support/indicators.ts';

beforeAll(requireDist);

const OFFICIAL = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';
const file = (name: string) => readFileSync(`${DIST}data/${name}`, 'utf8');
const json = (name: string) => JSON.parse(file(name)) as { rows: Array<Record<string, string>>; officialUrl: string };
const blocks = () =>
  (JSON.parse(file('plan-blocks.json')) as { blocks: Array<{ id: string; text: string; kind: string }> }).blocks;

describe('the figure finder', () => {
  it('extracts 117 figures: 92 from the text and 25 from the two tables', () => {
    const rows = json('figures.json').rows;
    expect(rows).toHaveLength(117);
    expect(rows.filter((r) => /^t\d-r/.test(r['段落地址']!))).toHaveLength(25);
  });

  it('links every figure to a paragraph whose text contains it', () => {
    const pages = new Map<string, ReturnType<typeof readPage>>();
    const misses: string[] = [];
    for (const row of json('figures.json').rows) {
      const url = new URL(row['链接']!);
      const page = pages.get(url.pathname) ?? readPage(url.pathname);
      pages.set(url.pathname, page);
      const target = findAll(page, byId(url.hash.slice(1)))[0];
      const text = target ? textOf(target).replace(/\s/g, '') : '';
      if (!text.includes(row['数字']!.replace(/\s/g, ''))) misses.push(`${row.id} ${row['数字']} → ${url.pathname}${url.hash}`);
    }
    expect(misses).toEqual([]);
  });

  it('shows every figure on its page, with its place linked', () => {
    const page = readPage('/figures/');
    const rows = findAll(page, (el) => el.tagName === 'tr' && (el.attrs.find((a) => a.name === 'id')?.value ?? '').startsWith('f-'));
    expect(rows).toHaveLength(117);
    expect(textOf(findAll(page, byId('f-s1-1-p5-4'))[0]!)).toBe('4872件 件 2020年 数值 一（一）第5段 专利流动性显著增强，全省专利转让由2015年的1356件，提高到2020年的4872件，增长3.6倍。');
  });
});

describe('the checks', () => {
  const checks = () => planChecks(new Map(blocks().map((b) => [b.id, b.text])), t1(), t2());
  const check = (id: string) => checks().find((c) => c.id === id)!;

  it('computes each value as worked out by hand', () => {
    // 23574 ÷ 11640 = 2.02526…
    expect(check('check-invention-patents-ratio')).toMatchObject({ computed: '2.03倍', verdict: '一致' });
    // 4872 ÷ 1356 = 3.59292…; (4872 − 1356) ÷ 1356 = 2.59292…
    expect(check('check-patent-transfers-growth')).toMatchObject({ computed: '为2015年的3.59倍；增长2.59倍', verdict: '有出入' });
    // 10.98 ÷ 7.36 = 1.49185…; 456 ÷ 285 = 1.6; 2.195 ÷ 0.18 = 12.19444…; 16604 ÷ 14332 = 1.15853…; 1429 ÷ 1600 = 0.893125
    expect([1, 2, 3, 4, 5].map((n) => check(`check-table1-attainment-${n}`).computed.split('，')[0])).toEqual([
      '达成率 149.2%',
      '达成率 160.0%',
      '达成率 1219.4%',
      '达成率 115.9%',
      '达成率 89.3%',
    ]);
    expect(check('check-table1-attainment-5')).toMatchObject({ verdict: '未完成' });
    expect(check('check-table1-attainment-5').note).toContain('差171户');
    // 4.09 × 1.06^5 = 5.4733…; 318 × 1.1^5 = 512.142…; 30.96 × 1.1^5 = 49.861…; 4872 × 1.1^5 = 7846.40…; 913 × 1.1^5 = 1470.39…
    expect([1, 2, 3, 4, 5].map((n) => check(`check-table2-2025-${n}`).computed)).toEqual(['5.47件', '512件', '49.86亿元', '7846件', '1470件']);
    // 68 + 548 = 616; 650 − 616 = 34
    expect(check('check-agencies-650').computed).toBe('2020年底616家，距650家差34家');
    // 86527 ÷ 2.089 = 41420.3…; 130597 ÷ 2.871 = 45488.3…; 139 ÷ 1.39 = 100
    expect(check('check-2015-base-implied').computed).toBe('推算2015年约为41420件、45488件、100件');
    // 563 ÷ 2.11 = 266.82…
    expect(check('check-attorneys-ratio').computed).toBe('推算“十二五”同期约267人');
  });

  it('finds the text and 表1 in agreement, and names the measures that differ', () => {
    expect([1, 2, 3, 4, 5].map((n) => check(`check-table1-text-${n}`).verdict)).toEqual(['一致', '一致', '一致', '一致', '一致']);
    expect(checks().filter((c) => c.verdict === '口径不同').map((c) => c.id)).toEqual([
      'check-pledge-financing-measure',
      'check-two-per-10000-measures',
      'check-pledge-loans-amount',
      'check-university-transfers',
      'check-agencies-650',
    ]);
  });

  it('puts every check on the 核算 page with its verdict, linked to its paragraph', () => {
    const page = readPage('/checks/');
    for (const c of checks()) {
      const section = findAll(page, byId(c.id))[0];
      expect(section, c.id).toBeDefined();
      expect(textOf(section!)).toContain(c.computed);
      if (c.claim.kind === 'quote') expect(textOf(section!)).toContain(c.claim.text);
      else for (const cell of c.claim.cells) expect(textOf(section!)).toContain(cell);
    }
    expect(textOf(findAll(page, byId('note-houzhi'))[0]!)).toBe('厚纸知识产权发展的质量优势（二（二）第2段）：“厚纸”疑为“厚植”之误。');
  });
});

describe('open data', () => {
  it('writes CSV in UTF-8 with a byte order mark, that agrees row by row with the JSON', () => {
    for (const name of ['figures', 'indicators']) {
      const csv = file(`${name}.csv`);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...rest] = parseCsv(csv.slice(1));
      // One table: every line a row of the header's width, no source line under it (that is the JSON's `source`).
      expect(rest.every((r) => r.length === header!.length), name).toBe(true);
      const rows = json(`${name}.json`).rows;
      expect(rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])))).toEqual(rows);
      expect(csv).not.toContain('来源：');
      expect(json(`${name}.json`).officialUrl).toBe(OFFICIAL);
    }
  });

  it('gives the indicators exactly as the content holds them, each row with its address', () => {
    const rows = json('indicators.json').rows;
    expect(rows.map((r) => r['行地址'])).toEqual(['t1-r1', 't1-r2', 't1-r3', 't1-r4', 't1-r5', 't2-r1', 't2-r2', 't2-r3', 't2-r4', 't2-r5']);
    t1().indicators.forEach((ind, i) => {
      expect([rows[i]!['指标'], rows[i]!['2015年'], rows[i]!['2020年目标'], rows[i]!['2020年']].map(String)).toEqual([ind.name, String(ind.baseline), String(ind.target), String(ind.actual)]);
    });
    t2().indicators.forEach((ind, i) => {
      expect([rows[5 + i]!['指标'], rows[5 + i]!['2020年基数'], rows[5 + i]!['年均增长率（%）']]).toEqual([ind.name, String(ind.base), String(ind.annualGrowthPercent)]);
    });
  });
});
