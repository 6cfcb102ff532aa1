/**
 * The progress check on chart B: a reported value for one 表2 indicator and
 * one year, against the plan's path. The state is three URL parameters
 * (?check=2&year=2023&value=400, check being the row of 表2), so an answer
 * can be shared as a link; everything is computed in the reader's browser.
 */
import { COMPUTED } from './chart-data.ts';
import { compareWithPath, decimalsOf, formatComputed, formatPercent, type PathComparison } from './growth.ts';
import type { GrowthTableData } from '../plan/indicator-data.ts';
import { echoInput } from '../site/echo.ts';

export const CHECK_PARAMS = { row: 'check', year: 'year', value: 'value' } as const;

export interface CheckState {
  /** 1-based row of the table, as in its address t2-r2. */
  row: number;
  year: number;
  value: number;
}

export type ParsedCheck = { ok: true; state: CheckState } | { ok: false; error: string } | null;

/** A reported value as a reader types it: ASCII digits (\d without the u flag), at most one decimal point. */
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

/**
 * Full-width digits and the full-width full stop, as a Chinese keyboard types
 * them, to ASCII. Only these: NFKC would also make 400 of ⁴⁰⁰, ④⓪⓪ or 𝟒𝟎𝟎,
 * which nobody types as a figure to check.
 */
const foldDigits = (text: string) => text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
/** Reported values past this many times the 2020 value are taken for a typing slip, not a report. */
export const MAX_FACTOR = 100;

/** The largest value the check accepts for an indicator (MAX_FACTOR times its 2020 value). */
export function maxValue(table: GrowthTableData, row: number): number {
  return table.indicators[row - 1]!.base * MAX_FACTOR;
}

/**
 * Reads the state from a query string; null when none is there, an error in
 * Chinese when it is wrong. Only plain decimals are values: not 0x190, 1e3,
 * Infinity, a sign, or a thousands separator, which Number() would take.
 */
export function parseCheck(params: URLSearchParams, table: GrowthTableData): ParsedCheck {
  const raw = { row: params.get(CHECK_PARAMS.row), year: params.get(CHECK_PARAMS.year), value: params.get(CHECK_PARAMS.value) };
  if (raw.row === null && raw.year === null && raw.value === null) return null;
  const row = /^\d{1,2}$/.test(raw.row ?? '') ? Number(raw.row) : NaN;
  if (!(row >= 1 && row <= table.indicators.length)) return { ok: false, error: `请选择${table.label}中的一项指标。` };
  const year = /^\d{4}$/.test(raw.year ?? '') ? Number(raw.year) : NaN;
  if (!(year > table.years.base && year <= table.years.target)) {
    return { ok: false, error: `年份应在${table.years.base + 1}年至${table.years.target}年之间。` };
  }
  const text = foldDigits((raw.value ?? '').trim());
  if (text === '') return { ok: false, error: '请输入实际数值。' };
  if (!DECIMAL.test(text)) return { ok: false, error: `“${echoInput(raw.value!.trim())}”不是一个数值：请只用数字和小数点，例如 400 或 30.96。` };
  const value = Number(text);
  const indicator = table.indicators[row - 1]!;
  const max = maxValue(table, row);
  if (value > max) {
    return { ok: false, error: `数值过大：${indicator.name}的实际数值应在0至${formatComputed(max, decimalsOf(indicator.base))}${indicator.unit}之间（${table.years.base}年数值的${MAX_FACTOR}倍以内）。` };
  }
  return { ok: true, state: { row, year, value } };
}

export function checkQuery(state: CheckState): string {
  const params = new URLSearchParams({ [CHECK_PARAMS.row]: String(state.row), [CHECK_PARAMS.year]: String(state.year), [CHECK_PARAMS.value]: String(state.value) });
  return `?${params}`;
}

export interface CheckResult extends PathComparison {
  expectedShown: string;
  differenceShown: string;
  percentShown: string;
  message: string;
}

/**
 * The answer in words. The path value and the difference are rounded to the
 * decimals of the indicator's published 2020 value, the percentage to one decimal.
 */
export function checkAgainstPath(table: GrowthTableData, state: CheckState): CheckResult {
  const indicator = table.indicators[state.row - 1];
  if (!indicator) throw new RangeError(`${table.label} has no row ${state.row}`);
  const decimals = decimalsOf(indicator.base);
  const comparison = compareWithPath(indicator, table.years.base, state.year, state.value, decimals);
  const unit = indicator.unit;
  const expectedShown = formatComputed(comparison.expected, decimals);
  const differenceShown = formatComputed(Math.abs(comparison.difference), decimals);
  const percentShown = formatPercent(Math.abs(comparison.relative));
  const head = `${state.year}年${indicator.name}：报告值${String(state.value)}${unit}，规划路径值${expectedShown}${unit}（${COMPUTED}；按年均增长逐年连乘推算，这样算是本站推断）。`;
  const verdict =
    comparison.position === 'level'
      ? '与规划路径持平。'
      : `${comparison.position === 'above' ? '高于' : '低于'}规划路径${differenceShown}${unit}，即${comparison.position === 'above' ? '高' : '低'}${percentShown}。`;
  return { ...comparison, expectedShown, differenceShown, percentShown, message: head + verdict };
}
