/**
 * The cells of 表1 and 表2 as the plan prints them, from the indicator data:
 * the one place that turns figures into table text, for the rendered tables
 * and for every other use of a row's text (search, downloads).
 */
import { formatPublished } from './numbers.ts';

export interface OutcomeTableData {
  kind: 'outcome';
  headers: { indicator: string; baseline: string; target: string; actual: string };
  indicators: Array<{ name: string; unit: string; baseline: number; target: number; actual: number }>;
}

export interface GrowthTableData {
  kind: 'growth';
  headers: { indicator: string; base: string; target: string; attribute: string };
  indicators: Array<{ name: string; unit: string; base: number; annualGrowthPercent: number; attribute: string }>;
}

export type IndicatorTableData = OutcomeTableData | GrowthTableData;

export interface TableText {
  header: string[];
  /** Each row: the indicator's label, then its cells. */
  rows: string[][];
}

export function tableText(table: IndicatorTableData): TableText {
  if (table.kind === 'outcome') {
    const { indicator, baseline, target, actual } = table.headers;
    return {
      header: [indicator, baseline, target, actual],
      rows: table.indicators.map((row) => [
        `${row.name}(${row.unit})`,
        formatPublished(row.baseline),
        formatPublished(row.target),
        formatPublished(row.actual),
      ]),
    };
  }
  const { indicator, base, target, attribute } = table.headers;
  return {
    header: [indicator, base, target, attribute],
    rows: table.indicators.map((row) => [
      row.name,
      `${formatPublished(row.base)}${row.unit}`,
      `年均增长${formatPublished(row.annualGrowthPercent)}%`,
      row.attribute,
    ]),
  };
}
