/**
 * The cells of 表1 and 表2 as the plan prints them, from the indicator data:
 * the one place that turns figures into table text, for the rendered tables
 * and for every other use of a row's text (search, downloads).
 */
import type { IndicatorTableData } from './indicator-data.ts';
import { formatPublished } from './numbers.ts';


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
        `${row.name}（${row.unit}）`,
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
