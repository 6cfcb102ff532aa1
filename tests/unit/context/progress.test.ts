/**
 * R and its band, pinned to values worked by hand:
 * observed CAGR = (value ÷ base)^(1/years) − 1; R = observed CAGR ÷ required CAGR;
 * bands from Open SDG's progress-methodology.md: ≥ 0.95 on track, 0.60–0.95
 * acceleration needed, 0–0.60 limited, < 0 deterioration; target achieved first.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, impliedAnnualGrowth, progressStatus } from '../../../src/lib/context/progress.ts';

const target = (base: number, annualGrowthPercent: number) => ({ base, baseYear: 2020, targetYear: 2025, annualGrowthPercent });

describe('progressStatus', () => {
  it('4.09 (2020) → 5.0 (2023) at 6% a year: CAGR 6.9257%, R 1.1543, on track, target 5.4733 not yet reached', () => {
    // 5 ÷ 4.09 = 1.222494; cube root 1.069257; ÷ 0.06 = 1.154289. 4.09 × 1.06^5 = 4.09 × 1.338226 = 5.473344.
    const s = progressStatus(target(4.09, 6), [{ year: 2023, value: 5 }])!;
    expect(s.observedCagr).toBeCloseTo(0.069257, 6);
    expect(s.requiredCagr).toBe(0.06);
    expect(s.ratio).toBeCloseTo(1.154289, 6);
    expect(s.targetValue).toBeCloseTo(5.4733, 4);
    expect(s.band).toBe('on-track');
    expect(s.working).toBe(
      '实际年均增长 = (5 ÷ 4.09)^(1/3) − 1 = 6.93%；所需年均增长 = 6%；R = 6.93% ÷ 6% = 1.15；2025年目标值 = 4.09 × (1 + 6%)^5 = 5.47',
    );
  });

  it('318 → 400 in 4 years at 10%: R 0.5903, limited progress (Open SDG draws the line at 0.60, not 0.5)', () => {
    // 400 ÷ 318 = 1.257862; fourth root 1.059030; ÷ 0.10 = 0.590299.
    const s = progressStatus(target(318, 10), [{ year: 2024, value: 400 }])!;
    expect(s.ratio).toBeCloseTo(0.590299, 6);
    expect(s.band).toBe('limited');
  });

  it('913 → 1050 in 2 years at 10%: R 0.7241, progress made but acceleration needed', () => {
    // 1050 ÷ 913 = 1.150055; square root 1.072406; ÷ 0.10 = 0.724061.
    const s = progressStatus(target(913, 10), [{ year: 2022, value: 1050 }])!;
    expect(s.ratio).toBeCloseTo(0.724061, 6);
    expect(s.band).toBe('acceleration-needed');
  });

  it('4872 → 4500 in 3 years: a fall, R −0.2613, deterioration', () => {
    const s = progressStatus(target(4872, 10), [{ year: 2023, value: 4500 }])!;
    expect(s.observedCagr).toBeCloseTo(-0.026128, 6);
    expect(s.ratio).toBeCloseTo(-0.261283, 6);
    expect(s.band).toBe('deterioration');
  });

  it('30.96 → 50 by 2025 at 10%: the target 49.8614 is reached, so target achieved whatever R says', () => {
    const s = progressStatus(target(30.96, 10), [{ year: 2025, value: 50 }])!;
    expect(s.targetValue).toBeCloseTo(49.8614, 4);
    expect(s.band).toBe('achieved');
  });

  it('uses the latest year reported', () => {
    const s = progressStatus(target(913, 10), [{ year: 2024, value: 1000 }, { year: 2022, value: 1050 }])!;
    expect(s.observed).toEqual({ year: 2024, value: 1000 });
  });

  it('gives no status without a value after the base year', () => {
    expect(progressStatus(target(4.09, 6), [])).toBeNull();
    expect(progressStatus(target(4.09, 6), [{ year: 2020, value: 4.09 }])).toBeNull();
  });
});

describe('bandOf', () => {
  it('puts each threshold in the higher band, as Open SDG writes them (R ≥ 95%, 60% ≤ R, 0% ≤ R)', () => {
    expect(bandOf(0.95, false)).toBe('on-track');
    expect(bandOf(0.9499, false)).toBe('acceleration-needed');
    expect(bandOf(0.6, false)).toBe('acceleration-needed');
    expect(bandOf(0.5999, false)).toBe('limited');
    expect(bandOf(0, false)).toBe('limited');
    expect(bandOf(-0.0001, false)).toBe('deterioration');
    expect(bandOf(-3, true)).toBe('achieved');
  });
});

describe('impliedAnnualGrowth', () => {
  it('6.3 → 12 in five years is 13.75% a year; 40,000 → 90,000 is 17.61%', () => {
    // 12 ÷ 6.3 = 1.904762; fifth root 1.137544.
    expect(impliedAnnualGrowth(6.3, 12, 5)).toBeCloseTo(0.137544, 6);
    expect(impliedAnnualGrowth(40000, 90000, 5)).toBeCloseTo(0.176079, 6);
  });
});
