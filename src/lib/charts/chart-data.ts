/**
 * The figures each chart shows, computed and rounded once, for the SVG, the
 * data table beside it and the CSV download alike.
 */
import { annualGrowthRate, attainment, decimalsOf, formatComputed, formatPercent, growthIndex, growthPath, progress } from './growth.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';
import { PLAN_PUBLISHER, PLAN_TITLE } from '../site/site.ts';
import { REPORTED_LABEL, type ReportedPoint } from './chart-style.ts';

/** The words that mark a value as ours, not the plan's. */
export const COMPUTED = '本站计算';

export interface OutcomeRow {
  /** The row's number in the table, 1-based, as in its address t1-r2. */
  n: number;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  actual: number;
  met: boolean;
  attainment: number;
  progress: number;
  annualGrowth: number;
  shown: { baseline: string; target: string; actual: string; attainment: string; progress: string; annualGrowth: string };
}

/** A figure the charts cannot use, named by file and field as the schema's own errors are. */
function badFigure(table: { id: string }, i: number, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`src/content/indicators/${table.id}.json: indicators[${i}] cannot be charted: ${reason}`);
}

function perRow<In, Out>(table: { id: string; indicators: In[] }, make: (row: In, i: number) => Out): Out[] {
  return table.indicators.map((row, i) => {
    try {
      return make(row, i);
    } catch (error) {
      throw badFigure(table, i, error);
    }
  });
}

export function outcomeRows(table: OutcomeTableData): OutcomeRow[] {
  const span = table.years.actual - table.years.baseline;
  return perRow(table, (row, i) => {
    const att = attainment(row.actual, row.target);
    const prog = progress(row.baseline, row.target, row.actual);
    const growth = annualGrowthRate(row.baseline, row.actual, span);
    return {
      n: i + 1,
      ...row,
      met: row.actual >= row.target,
      attainment: att,
      progress: prog,
      annualGrowth: growth,
      shown: {
        baseline: formatPublished(row.baseline),
        target: formatPublished(row.target),
        actual: formatPublished(row.actual),
        attainment: formatPercent(att),
        progress: formatPercent(prog),
        annualGrowth: formatPercent(growth),
      },
    };
  });
}

export const OUTCOME_ROUNDING = `达成率 = 2020年实际 ÷ 2020年目标；进度 = (2020年实际 − 2015年) ÷ (2020年目标 − 2015年)；年均增长为2015—2020年的复合年增长率。均为${COMPUTED}，百分数保留一位小数（四舍五入）。`;

export interface GrowthPoint {
  year: number;
  value: number;
  computed: boolean;
  /** The value as shown: the published digits for the base year, else rounded to the base's decimals. */
  shown: string;
  index: number;
  indexShown: string;
}

export interface GrowthRow {
  n: number;
  name: string;
  unit: string;
  base: number;
  annualGrowthPercent: number;
  attribute: string;
  decimals: number;
  path: GrowthPoint[];
}

export function growthRows(table: GrowthTableData): GrowthRow[] {
  return perRow(table, (row, i) => {
    const decimals = decimalsOf(row.base);
    return {
      n: i + 1,
      ...row,
      decimals,
      path: growthPath(row.base, row.annualGrowthPercent, table.years.base, table.years.target).map((p) => {
        const index = growthIndex(row.annualGrowthPercent, p.year - table.years.base);
        return {
          ...p,
          shown: p.computed ? formatComputed(p.value, decimals) : formatPublished(p.value),
          index,
          indexShown: formatComputed(index, 1),
        };
      }),
    };
  });
}

export function growthRounding(table: GrowthTableData): string {
  return `${table.years.base + 1}—${table.years.target}年数值为${COMPUTED}：${table.years.base}年数值 × (1 + 年均增长率)^年数，四舍五入到与${table.years.base}年数值相同的小数位数；指数（${table.years.base}年 = 100）保留一位小数。`;
}

/** Whether every indicator of the table is 预期性: expected, not binding. */
export function allExpected(table: GrowthTableData): boolean {
  return table.indicators.every((row) => row.attribute === '预期性');
}

export function sourceLine(table: { label: string; caption: string }): string {
  return `来源：${PLAN_TITLE}（${PLAN_PUBLISHER}），${table.label} ${table.caption}；标明“${COMPUTED}”的数值由本站根据该表计算。`;
}

/** The CSV downloads, as rows of cells: exactly the numbers each chart shows. */
export function outcomeCsv(table: OutcomeTableData, reported: ReportedPoint[] = []): string[][] {
  const y = table.years;
  const extra = reported.length
    ? [[], [`${REPORTED_LABEL}：指标`, '年份', '数值', '来源', '口径说明'], ...reported.map((p) => [table.indicators[p.row - 1]?.name ?? '', String(p.year), p.shown, p.source, p.comparability ?? ''])]
    : [];
  return [
    ['指标', '单位', `${y.baseline}年`, `${y.target}年目标`, `${y.actual}年`, `是否完成（${COMPUTED}）`, `达成率（${COMPUTED}）`, `进度（${COMPUTED}）`, `${y.baseline}—${y.actual}年均增长（${COMPUTED}）`],
    ...outcomeRows(table).map((r) => [r.name, r.unit, r.shown.baseline, r.shown.target, r.shown.actual, r.met ? '已完成' : '未完成', r.shown.attainment, r.shown.progress, r.shown.annualGrowth]),
    ...extra,
  ];
}

export function growthCsv(table: GrowthTableData): string[][] {
  const rows = growthRows(table);
  const years = rows[0]!.path.map((p) => (p.computed ? `${p.year}年（${COMPUTED}）` : `${p.year}年`));
  return [['指标', '单位', '属性', '年均增长率', ...years], ...rows.map((r) => [r.name, r.unit, r.attribute, `${formatPublished(r.annualGrowthPercent)}%`, ...r.path.map((p) => p.shown)])];
}

export function growthIndexCsv(table: GrowthTableData): string[][] {
  const rows = growthRows(table);
  const years = rows[0]!.path.map((p) => `${p.year}年`);
  return [['指标', '年均增长率', ...years.map((y) => `${y}指数（${COMPUTED}，${table.years.base}年 = 100）`)], ...rows.map((r) => [r.name, `${formatPublished(r.annualGrowthPercent)}%`, ...r.path.map((p) => p.indexShown)])];
}
