/**
 * The arithmetic behind the charts, done once: the charts, their tables, the
 * downloads and the browser's progress check all import it, so a computed
 * figure can never differ between two places on the site.
 *
 * Everything returns unrounded numbers; rounding happens only when a value is
 * shown (`roundTo`, `formatComputed`), with the rule stated beside it.
 */

function requireFinite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
  return value;
}

/** base × (1 + rate)^years: the value after `years` of compound growth. */
export function compoundValue(base: number, annualGrowthPercent: number, years: number): number {
  requireFinite(base, 'base');
  requireFinite(annualGrowthPercent, 'annual growth');
  if (!Number.isInteger(years) || years < 0) throw new RangeError(`years must be a whole number ≥ 0, got ${years}`);
  return base * (1 + annualGrowthPercent / 100) ** years;
}

export interface PathPoint {
  year: number;
  value: number;
  /** The first year's value is the published base; the others are computed. */
  computed: boolean;
}

/** The value in each year from `fromYear` (the base) to `toYear`, at a constant annual rate. */
export function growthPath(base: number, annualGrowthPercent: number, fromYear: number, toYear: number): PathPoint[] {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear) {
    throw new RangeError(`a growth path needs whole years with ${fromYear} ≤ ${toYear}`);
  }
  const points: PathPoint[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    points.push({ year, value: compoundValue(base, annualGrowthPercent, year - fromYear), computed: year !== fromYear });
  }
  return points;
}

/** The path as an index, base year = 100. */
export function growthIndex(annualGrowthPercent: number, years: number): number {
  return compoundValue(100, annualGrowthPercent, years);
}

/** actual ÷ target: 1 means the target was met exactly. */
export function attainment(actual: number, target: number): number {
  requireFinite(actual, 'actual');
  if (requireFinite(target, 'target') === 0) throw new RangeError('a target of 0 has no attainment');
  return actual / target;
}

/** (actual − baseline) ÷ (target − baseline): the share of the planned increase achieved. */
export function progress(baseline: number, target: number, actual: number): number {
  requireFinite(baseline, 'baseline');
  requireFinite(actual, 'actual');
  if (requireFinite(target, 'target') === baseline) throw new RangeError('a target equal to its baseline has no progress');
  return (actual - baseline) / (target - baseline);
}

/** The constant annual rate that takes `from` to `to` in `years`: (to ÷ from)^(1/years) − 1. */
export function annualGrowthRate(from: number, to: number, years: number): number {
  if (!(requireFinite(from, 'from') > 0) || !(requireFinite(to, 'to') > 0)) throw new RangeError('annual growth needs positive values');
  if (!(years > 0)) throw new RangeError(`years must be positive, got ${years}`);
  return (to / from) ** (1 / years) - 1;
}

/** Decimal places of a published figure as JSON keeps it: 4.09 → 2, 318 → 0, 2.195 → 3. */
export function decimalsOf(published: number): number {
  requireFinite(published, 'published figure');
  const text = String(published);
  if (/e/i.test(text)) throw new RangeError(`${text} is not a figure as printed`);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Rounds half away from zero at `decimals` places, on the decimal digits rather than
 * the binary value, so 1.005 → 1.01 as a reader doing it by hand would get.
 */
export function roundTo(value: number, decimals: number): number {
  requireFinite(value, 'value');
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  return sign * Number(`${Math.round(shifted)}e-${decimals}`);
}

/** A computed value as shown: rounded, with exactly `decimals` places. */
export function formatComputed(value: number, decimals: number): string {
  const rounded = roundTo(value, decimals);
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(decimals);
}

/** A ratio as a percentage with one decimal place: 1.4918 → "149.2%". */
export function formatPercent(ratio: number, decimals = 1): string {
  return `${formatComputed(ratio * 100, decimals)}%`;
}

export interface PathComparison {
  /** The plan's path value for the year, unrounded. */
  expected: number;
  /** reported − expected. */
  difference: number;
  /** difference ÷ expected. */
  relative: number;
  /** Judged at the precision shown, so a difference that rounds to 0 is level. */
  position: 'above' | 'below' | 'level';
}

/**
 * A reported value against the plan's path in its year. `decimals` is the precision
 * the difference is shown at: a reader never sees "低0件".
 */
export function compareWithPath(
  indicator: { base: number; annualGrowthPercent: number },
  baseYear: number,
  year: number,
  reported: number,
  decimals: number,
): PathComparison {
  requireFinite(reported, 'reported value');
  const expected = compoundValue(indicator.base, indicator.annualGrowthPercent, year - baseYear);
  const difference = reported - expected;
  const shown = roundTo(difference, decimals);
  return { expected, difference, relative: difference / expected, position: shown > 0 ? 'above' : shown < 0 ? 'below' : 'level' };
}
