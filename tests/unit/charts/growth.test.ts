/**
 * The growth maths against values worked out by hand (a calculator, to 4
 * decimal places), with the rounding each shown figure uses.
 */
import { describe, expect, it } from 'vitest';
import {
  annualGrowthRate,
  attainment,
  compareWithPath,
  compoundValue,
  decimalsOf,
  formatComputed,
  formatPercent,
  growthIndex,
  growthPath,
  progress,
  roundTo,
} from '../../../src/lib/charts/growth.ts';

describe('compound growth (表2)', () => {
  it('takes 4.09 at 6% a year to 5.4733 in 2025, shown as 5.47 at the base’s two decimals', () => {
    expect(compoundValue(4.09, 6, 5)).toBeCloseTo(5.4733, 4);
    expect(formatComputed(compoundValue(4.09, 6, 5), decimalsOf(4.09))).toBe('5.47');
  });

  it('gives the implied 2025 value of every 表2 indicator, rounded to the base’s decimals', () => {
    const rows: [number, number, string][] = [
      [4.09, 6, '5.47'], // 5.4733
      [318, 10, '512'], // 512.1422
      [30.96, 10, '49.86'], // 49.8614
      [4872, 10, '7846'], // 7846.4047
      [913, 10, '1470'], // 1470.3956
    ];
    for (const [base, rate, shown] of rows) expect(formatComputed(compoundValue(base, rate, 5), decimalsOf(base))).toBe(shown);
  });

  it('walks the path year by year, marking only the base as published', () => {
    const path = growthPath(318, 10, 2020, 2025);
    expect(path.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(path.map((p) => roundTo(p.value, 4))).toEqual([318, 349.8, 384.78, 423.258, 465.5838, 512.1422]);
    expect(path.map((p) => p.computed)).toEqual([false, true, true, true, true, true]);
    expect(() => growthPath(318, 10, 2025, 2020)).toThrow(RangeError);
  });

  it('indexes 2020 as 100: 133.8 at 6% and 161.1 at 10% by 2025 (one decimal)', () => {
    expect(formatComputed(growthIndex(6, 5), 1)).toBe('133.8'); // 133.8226
    expect(formatComputed(growthIndex(10, 5), 1)).toBe('161.1'); // 161.051
    expect(growthIndex(10, 0)).toBe(100);
  });

  it('refuses what is not a figure', () => {
    expect(() => compoundValue(Number.NaN, 6, 5)).toThrow(/base/);
    expect(() => compoundValue(4.09, 6, 1.5)).toThrow(/years/);
  });
});

describe('the 13th plan’s outcome (表1)', () => {
  // [baseline 2015, target 2020, actual 2020, attainment, progress, annual growth 2015–2020], percentages to one decimal.
  const rows: [string, number, number, number, string, string, string][] = [
    ['万人有效发明专利拥有量', 5.29, 7.36, 10.98, '149.2%', '274.9%', '15.7%'], // 149.1848, 274.8792, 15.7256
    ['PCT国际专利申请量', 235, 285, 456, '160.0%', '442.0%', '14.2%'], // 160, 442, 14.1772
    ['每亿元主营业务收入的有效专利数', 0.08, 0.18, 2.195, '1219.4%', '2115.0%', '93.9%'], // 1219.4444, 2115, 93.9407
    ['有效外观设计', 8824, 14332, 16604, '115.9%', '141.2%', '13.5%'], // 115.8526, 141.2491, 13.4774
    ['拥有有效发明专利的规模以上制造业企业', 757, 1600, 1429, '89.3%', '79.7%', '13.6%'], // 89.3125, 79.7153, 13.5500343
  ];

  it.each(rows)('%s: attainment, progress and annual growth', (_name, baseline, target, actual, att, prog, growth) => {
    expect(formatPercent(attainment(actual, target))).toBe(att);
    expect(formatPercent(progress(baseline, target, actual))).toBe(prog);
    expect(formatPercent(annualGrowthRate(baseline, actual, 5))).toBe(growth);
  });

  it('finds exactly one target missed: 1429 of 1600', () => {
    const missed = rows.filter(([, , target, actual]) => attainment(actual, target) < 1).map(([name]) => name);
    expect(missed).toEqual(['拥有有效发明专利的规模以上制造业企业']);
  });

  it('refuses ratios that have no meaning', () => {
    expect(() => attainment(5, 0)).toThrow(RangeError);
    expect(() => progress(5, 5, 6)).toThrow(RangeError);
    expect(() => annualGrowthRate(0, 5, 5)).toThrow(RangeError);
  });
});

describe('rounding', () => {
  it('rounds half away from zero on the decimal digits', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(formatComputed(-0.001, 2)).toBe('0.00');
    expect(formatComputed(7846.4047, 0)).toBe('7846');
  });

  it('reads the decimals of a published figure', () => {
    expect([4.09, 318, 2.195, 30.96, 0.08].map(decimalsOf)).toEqual([2, 0, 3, 2, 2]);
  });
});

describe('a reported value against the path', () => {
  const overseas = { base: 318, annualGrowthPercent: 10 };
  it('puts 400 in 2023 below the path of 423.258, by 23.258 (5.49%)', () => {
    const c = compareWithPath(overseas, 2020, 2023, 400, 0);
    expect(c.expected).toBeCloseTo(423.258, 6);
    expect(c.difference).toBeCloseTo(-23.258, 6);
    expect(c.relative).toBeCloseTo(-0.054950, 5);
    expect(c.position).toBe('below');
  });

  it('puts 50 亿元 in 2025 above the path of 49.8614', () => {
    const c = compareWithPath({ base: 30.96, annualGrowthPercent: 10 }, 2020, 2025, 50, 2);
    expect(formatComputed(c.difference, 2)).toBe('0.14'); // 0.1386
    expect(formatPercent(c.relative)).toBe('0.3%'); // 0.2780%
    expect(c.position).toBe('above');
  });

  it('calls a difference that rounds to nothing level', () => {
    expect(compareWithPath(overseas, 2020, 2023, 423.4, 0).position).toBe('level');
    expect(compareWithPath(overseas, 2020, 2023, 423.8, 0).position).toBe('above');
  });
});
