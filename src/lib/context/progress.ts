/**
 * A progress status for an indicator stated as 年均增长X%, by the method
 * Open SDG uses (Statistics Canada's, after Eurostat): R = the observed
 * compound annual growth since the base year ÷ the growth required to reach
 * the target on time, put in bands. Where no value has been reported there is
 * no status at all, only 本站未查到公开数据.
 */
import { annualGrowthRate, compoundValue, formatComputed, formatPercent } from '../charts/growth.ts';

export const METHOD_SOURCE = {
  url: 'https://github.com/open-sdg/open-sdg/blob/26d2e38700e4fee329fea4823e908c4298064693/docs/progress-methodology.md',
  quote: 'R ≥ 95% On track; 60% ≤ R < 95% Progress made but acceleration needed; 0% ≤ R < 60% Limited progress; R < 0% Deterioration',
  label: 'high',
  publisher: 'Open SDG（open-sdg/open-sdg，docs/progress-methodology.md）',
  checked: '2026-12-06',
  // The page gives the bands as an HTML table; the quote reads four of its rows across, so it says how it was put together.
  note: '该页此处为表格（比值一列、类别一列）；本站把其中四行逐行连写，每行两格之间用空格，行与行之间的“;”为本站所加，表中“Target achieved”一行未摘录。',
} as const;

export const NO_DATA = '本站未查到公开数据';

export type Band = 'achieved' | 'on-track' | 'acceleration-needed' | 'limited' | 'deterioration';

/** The bands in Chinese, with Open SDG's English names beside them. */
export const BANDS: Record<Band, { label: string; english: string; rule: string }> = {
  achieved: { label: '已达到目标', english: 'Target achieved', rule: '报告值已达到或超过目标年目标值' },
  'on-track': { label: '按期可达', english: 'On track', rule: 'R ≥ 0.95' },
  'acceleration-needed': { label: '有进展，需加快', english: 'Progress made but acceleration needed', rule: '0.60 ≤ R < 0.95' },
  limited: { label: '进展有限', english: 'Limited progress', rule: '0 ≤ R < 0.60' },
  deterioration: { label: '倒退', english: 'Deterioration', rule: 'R < 0' },
};

/** The band of a ratio, Open SDG's thresholds; achievement is decided before R. */
export function bandOf(ratio: number, achieved: boolean): Band {
  if (achieved) return 'achieved';
  if (ratio >= 0.95) return 'on-track';
  if (ratio >= 0.6) return 'acceleration-needed';
  if (ratio >= 0) return 'limited';
  return 'deterioration';
}

export interface GrowthTarget {
  base: number;
  baseYear: number;
  targetYear: number;
  annualGrowthPercent: number;
}

export interface Observation {
  year: number;
  value: number;
}

export interface ProgressStatus {
  band: Band;
  observed: Observation;
  /** Unrounded: the observed CAGR, the required CAGR, their ratio, the target-year value. */
  observedCagr: number;
  requiredCagr: number;
  ratio: number;
  targetValue: number;
  /** The working, written out with the rounding shown. */
  working: string;
}

/**
 * The status from the latest observation after the base year, or null when
 * there is none (then the page says 本站未查到公开数据).
 */
export function progressStatus(target: GrowthTarget, observations: Observation[]): ProgressStatus | null {
  const after = observations.filter((o) => o.year > target.baseYear).sort((a, b) => a.year - b.year);
  const observed = after.at(-1);
  if (!observed) return null;
  const years = observed.year - target.baseYear;
  const observedCagr = annualGrowthRate(target.base, observed.value, years);
  // 表2 states the required growth itself: 年均增长X% is the CAGR that reaches the target on time.
  const requiredCagr = target.annualGrowthPercent / 100;
  const ratio = observedCagr / requiredCagr;
  const targetValue = compoundValue(target.base, target.annualGrowthPercent, target.targetYear - target.baseYear);
  const band = bandOf(ratio, observed.value >= targetValue);
  const working =
    `实际年均增长 = (${observed.value} ÷ ${target.base})^(1/${years}) − 1 = ${formatPercent(observedCagr, 2)}；` +
    `所需年均增长 = ${target.annualGrowthPercent}%；R = ${formatPercent(observedCagr, 2)} ÷ ${target.annualGrowthPercent}% = ${formatComputed(ratio, 2)}；` +
    `${target.targetYear}年目标值 = ${target.base} × (1 + ${target.annualGrowthPercent}%)^${target.targetYear - target.baseYear} = ${formatComputed(targetValue, 2)}`;
  return { band, observed, observedCagr, requiredCagr, ratio, targetValue, working };
}

/** The growth a start and an end value imply, for a plan that states values rather than a rate (6.3 → 12). */
export function impliedAnnualGrowth(from: number, to: number, years: number): number {
  return annualGrowthRate(from, to, years);
}
