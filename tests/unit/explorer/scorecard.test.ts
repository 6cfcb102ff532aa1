/**
 * 完成了吗？ from the real content: 表2's five rows, the ten goals of the text
 * and 表1's five rows. 表1 decides itself (2020 actual against 2020 target:
 * four met, row 5 missed with 1429 < 1600); 表2 and the goals have no sourced
 * Liaoning value, so 本站未查到公开数据; a reported value gets its status
 * from Open SDG's band, and 未达到 only at or after the target year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t1, t2 } from '../../support/indicators.ts';
import { checkGoals, scorecardRows, statusCounts, statusOfBand, type CommitmentQuotes } from '../../../src/lib/explorer/scorecard.ts';
import { goalSchema, GOALS_FILE } from '../../../src/lib/explorer/schema.ts';
import { commitmentSchema, reportedValueSchema, type ReportedValueData } from '../../../src/lib/context/schema.ts';

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const goals = (json(GOALS_FILE) as unknown[]).map((g) => goalSchema.parse(g));
const commitments = (json('src/content/context/commitments.json') as unknown[]).map((c) => commitmentSchema.parse(c));
const quotes: CommitmentQuotes = new Map(commitments.filter((c) => c.kind === '目标').map((c) => [c.id, { block: c.block, quote: c.quote }]));
const reported = (json('src/content/context/reported-values.json') as unknown[]).map((v) => reportedValueSchema.parse(v));
const rows = scorecardRows(t2(), goals, t1(), reported, quotes);
const row = (id: string) => rows.find((r) => r.id === id)!;

/** A Liaoning value beside a row of 表2, as reported-values.json would hold it. */
const liaoning = (row: number, year: number, value: number, unit = '亿元'): ReportedValueData =>
  reportedValueSchema.parse({
    id: `test-t2-r${row}-${year}`,
    scope: '辽宁省',
    kind: '实际',
    table: 't2',
    row,
    indicator: '知识产权质押融资金额',
    year,
    value,
    unit,
    publisher: '辽宁省知识产权局',
    title: '测试',
    url: 'https://example.org/a',
    quote: `质押融资${value}${unit}`,
    label: 'high',
    checked: '2026-11-26',
  });

describe('scorecardRows from the real content', () => {
  it('lists 表2’s 5 rows, the 10 goals in the file’s order, then 表1’s 5 rows', () => {
    expect(rows.map((r) => r.id)).toEqual([
      't2-r1', 't2-r2', 't2-r3', 't2-r4', 't2-r5',
      'agencies', 'service-zones', 'talent', 'advantage-firms', 'utilization', 'standard', 'navigation', 'application-documents', 'enforcer-training', 'satisfaction',
      't1-r1', 't1-r2', 't1-r3', 't1-r4', 't1-r5',
    ]);
    expect(rows.map((r) => r.group)).toEqual([...Array(5).fill('growth'), ...Array(10).fill('goal'), ...Array(5).fill('outcome')]);
  });

  it('has 表1 met four times and missed once, row 5 with 1429 < 1600, each read from the table itself', () => {
    const t1Rows = rows.filter((r) => r.group === 'outcome');
    expect(t1Rows.map((r) => r.status)).toEqual(['met', 'met', 'met', 'met', 'missed']);
    expect(row('t1-r5')).toEqual({
      id: 't1-r5',
      group: 'outcome',
      label: '拥有有效发明专利的规模以上制造业企业',
      quotes: [{ block: 't1-r5', quote: '拥有有效发明专利的规模以上制造业企业' }],
      baseline: '757户（2015年）',
      baselineQuote: null,
      target: '1600户（2020年目标）',
      latest: { text: '1429户（2020年）', year: 2020, source: { kind: 'plan', block: 't1-r5' } },
      status: 'missed',
      note: '表1自身的数值：1429 < 1600（本站计算）。',
    });
    expect(t1Rows.map((r) => r.note)).toEqual([
      '表1自身的数值：10.98 ≥ 7.36（本站计算）。',
      '表1自身的数值：456 ≥ 285（本站计算）。',
      '表1自身的数值：2.195 ≥ 0.18（本站计算）。',
      '表1自身的数值：16604 ≥ 14332（本站计算）。',
      '表1自身的数值：1429 < 1600（本站计算）。',
    ]);
  });

  it('gives 表2’s rows no value and 本站未查到公开数据: the national figures in reported-values.json are not Liaoning’s', () => {
    const t2Rows = rows.filter((r) => r.group === 'growth');
    expect(t2Rows.map((r) => [r.status, r.latest])).toEqual(Array(5).fill(['unknown', null]));
    expect(reported.filter((v) => v.table === 't2').map((v) => v.scope)).toEqual(['全国', '全国', '全国']);
    expect(t2Rows.map((r) => `${r.baseline} → ${r.target}`)).toEqual([
      '4.09件（2020年） → 年均增长6%（到2025年）',
      '318件（2020年） → 年均增长10%（到2025年）',
      '30.96亿元（2020年） → 年均增长10%（到2025年）',
      '4872件（2020年） → 年均增长10%（到2025年）',
      '913件（2020年） → 年均增长10%（到2025年）',
    ]);
    expect(row('t2-r1').note).toBe('按年均增长6%逐年连乘推算（规划没有写明算法，这样算是本站推断），2025年约为5.47件（本站计算）。');
    expect(row('t2-r3').note).toBe('按年均增长10%逐年连乘推算（规划没有写明算法，这样算是本站推断），2025年约为49.86亿元（本站计算）。');
  });

  it('gives each goal the plan’s words from its commitments, the baseline only where the plan states one, and no value', () => {
    expect(row('agencies').quotes).toEqual([
      { block: 's2-3-p4', quote: '到2025年，代理服务机构数量超过650家' },
      { block: 'c5-i2', quote: '到2025年，知识产权服务机构数量超过650家' },
    ]);
    expect(row('agencies').baseline).toBe('见规划原文');
    expect(row('agencies').baselineQuote).toEqual({ block: 's1-1-p8', quote: '截至2020年底，全省共有68家知识产权专利代理服务机构，548家商标代理服务机构' });
    expect(row('talent').quotes.map((q) => q.block)).toEqual(['s2-3-p5', 's2-3-p5', 's2-3-p5']);
    expect(row('navigation')).toMatchObject({ baseline: '规划未给出', baselineQuote: null, target: '至少10项', latest: null, status: 'unknown' });
    expect(rows.filter((r) => r.group === 'goal').every((r) => r.status === 'unknown' && r.latest === null)).toBe(true);
  });

  it('counts 4 已达到, 1 未达到, 0 有进展 and 15 本站未查到公开数据, in the statuses’ order', () => {
    expect(statusCounts(rows).map((c) => `${c.icon}${c.label}${c.count}`)).toEqual(['✓已达到4', '✗未达到1', '↗有进展0', '？本站未查到公开数据15']);
  });
});

describe('a reported value for a 表2 row', () => {
  // 表2 row 3: 30.96亿元 in 2020 at 10% a year; 2025 target 30.96 × 1.1^5 = 49.8614.
  const withValue = (...values: ReportedValueData[]) => scorecardRows(t2(), goals, t1(), [...reported, ...values], quotes).find((r) => r.id === 't2-r3')!;

  it('is 已达到 once it reaches the 2025 value, with the value and its source shown', () => {
    const r = withValue(liaoning(3, 2025, 50));
    expect(r.status).toBe('met');
    expect(r.latest).toEqual({
      text: '50亿元（2025年）',
      year: 2025,
      source: { kind: 'page', url: 'https://example.org/a', publisher: '辽宁省知识产权局', quote: '质押融资50亿元', label: 'high', checked: '2026-11-26' },
    });
  });

  it('is 未达到 when the 2025 value falls short, even on track by R (49 ÷ 30.96 over 5 years: R 0.96)', () => {
    expect(withValue(liaoning(3, 2025, 49)).status).toBe('missed');
  });

  it('is 有进展 for a 2023 value below the target, and 未达到 for one that fell; the latest year decides', () => {
    // (40 ÷ 30.96)^(1/3) − 1 = 8.91%, R 0.89: acceleration needed, but before 2025.
    expect(withValue(liaoning(3, 2023, 40)).status).toBe('progress');
    expect(withValue(liaoning(3, 2023, 25)).status).toBe('missed');
    expect(withValue(liaoning(3, 2025, 50), liaoning(3, 2023, 25)).status).toBe('met');
    // Another row's value leaves row 3 unknown.
    expect(withValue(liaoning(4, 2025, 9000, '件')).status).toBe('unknown');
  });
});

describe('statusOfBand', () => {
  it('folds Open SDG’s five bands into the scorecard’s words: only a value at or past the target year, or a fall, is 未达到', () => {
    expect(statusOfBand('achieved', 2023, 2025)).toBe('met');
    expect(statusOfBand('achieved', 2025, 2025)).toBe('met');
    expect(statusOfBand('on-track', 2024, 2025)).toBe('progress');
    expect(statusOfBand('acceleration-needed', 2023, 2025)).toBe('progress');
    expect(statusOfBand('limited', 2022, 2025)).toBe('progress');
    expect(statusOfBand('deterioration', 2022, 2025)).toBe('missed');
    expect(statusOfBand('on-track', 2025, 2025)).toBe('missed');
    expect(statusOfBand('limited', 2026, 2025)).toBe('missed');
  });
});

describe('checkGoals', () => {
  const blocks = [
    { id: 's1-1-p4', text: '全省389家企业被评为省级知识产权优势企业。' },
    { id: 's1-1-p7', text: '知识产权保护社会满意度从“十二五”末的72.24分提高到2020年的76.95分。' },
    { id: 's1-1-p8', text: '截至2020年底，全省共有68家知识产权专利代理服务机构，548家商标代理服务机构。' },
  ];

  it('passes the real goals, whose baselines stand in their blocks', () => {
    expect(() => checkGoals(goals, blocks, quotes, GOALS_FILE)).not.toThrow();
  });

  it('fails naming the goals file, the goal and the missing commitment or the baseline that is not in its block', () => {
    const noCommitment = new Map(quotes);
    noCommitment.delete('service-agencies-650');
    expect(() => checkGoals(goals, blocks, noCommitment, GOALS_FILE)).toThrow(
      'src/content/explorer/goals.json: agencies: no commitment "service-agencies-650" of kind 目标 in src/content/context/commitments.json',
    );
    const moved = blocks.map((b) => (b.id === 's1-1-p4' ? { ...b, text: '全省390家企业被评为省级知识产权优势企业。' } : b));
    expect(() => checkGoals(goals, moved, quotes, GOALS_FILE)).toThrow('src/content/explorer/goals.json: advantage-firms: "389家企业被评为省级知识产权优势企业" does not stand in s1-1-p4');
    expect(() => checkGoals(goals, blocks.slice(0, 2), quotes, GOALS_FILE)).toThrow('src/content/explorer/goals.json: agencies: block s1-1-p8 does not exist');
  });
});
