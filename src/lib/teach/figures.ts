/**
 * A lesson's figure slot ({ table: 't2', row: 1 }) as the words a slide, a
 * lesson page and a .pptx show, made from the indicator tables and the
 * charts' own arithmetic, so that a figure is never typed twice and a slide
 * always agrees with the table and the chart.
 */
import { COMPUTED, growthRows, outcomeRows } from '../charts/chart-data.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';
import type { FigureSlot } from './schema.ts';

export interface FigureText {
  /** t2-r1: the table row the figure is read from. */
  block: string;
  /** The table's label and the indicator's name: 表2 每万人口高价值发明专利拥有量. */
  title: string;
  /** The figures, one line each, each marked 本站计算 where the site computed it. */
  lines: string[];
  /** The number to show large on a slide, with its unit and year. */
  headline: { value: string; unit: string; year: number };
}

export interface IndicatorTables {
  t1: OutcomeTableData;
  t2: GrowthTableData;
}

export function figureText(slot: FigureSlot, tables: IndicatorTables): FigureText {
  const block = `${slot.table}-r${slot.row}`;
  if (slot.table === 't1') {
    const table = tables.t1;
    const row = outcomeRows(table)[slot.row - 1];
    if (!row) throw new Error(`${block}: ${table.label} has ${table.indicators.length} rows`);
    const y = table.years;
    return {
      block,
      title: `${table.label} ${row.name}`,
      lines: [
        `${y.baseline}年：${row.shown.baseline}${row.unit}`,
        `${y.target}年目标：${row.shown.target}${row.unit}`,
        `${y.actual}年实际：${row.shown.actual}${row.unit}（${row.met ? '完成' : '未完成'}目标，达成率${row.shown.attainment}，${COMPUTED}）`,
      ],
      headline: { value: row.shown.actual, unit: row.unit, year: y.actual },
    };
  }
  const table = tables.t2;
  const row = growthRows(table)[slot.row - 1];
  if (!row) throw new Error(`${block}: ${table.label} has ${table.indicators.length} rows`);
  const last = row.path.at(-1)!;
  return {
    block,
    title: `${table.label} ${row.name}`,
    lines: [
      `${table.years.base}年：${formatPublished(row.base)}${row.unit}`,
      `规划预期年均增长${formatPublished(row.annualGrowthPercent)}%（${row.attribute}指标）`,
      // The path compounds 年均增长 year on year, a reading the plan does not state: said on the slide itself,
      // since a projected slide and a .pptx hide the notes.
      `照此增长（逐年连乘，本站推断），${last.year}年约${last.shown}${row.unit}（${COMPUTED}）`,
    ],
    headline: { value: formatPublished(row.base), unit: row.unit, year: table.years.base },
  };
}

/** Every figure the tables print or the site computes from them, as shown: the words lesson prose must not type. */
export function tableFigures(tables: IndicatorTables): string[] {
  const outcome = outcomeRows(tables.t1).flatMap((r) => [r.shown.baseline, r.shown.target, r.shown.actual]);
  const growth = growthRows(tables.t2).flatMap((r) => r.path.map((p) => p.shown));
  return [...new Set([...outcome, ...growth])];
}
