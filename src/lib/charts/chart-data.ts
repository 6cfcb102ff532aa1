/**
 * The figures each chart shows, computed and rounded once, for the SVG, the
 * data table beside it and the CSV download alike.
 */
import { annualGrowthRate, attainment, decimalsOf, formatComputed, formatPercent, growthIndex, growthPath, progress, roundTo } from './growth.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';
import { tableRows, type DataTable } from './data-table.ts';

/** The words that mark a value as ours, not the plan's. */
export const COMPUTED = '本站计算';

/**
 * How the site reads 年均增长 when it computes a path: the plan does not say, so
 * wherever a path is computed the reading is labelled 本站推断 (review 14's decision).
 */
export const COMPOUNDING = '按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断';

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
  return `${table.years.base + 1}—${table.years.target}年数值为${COMPUTED}：${table.years.base}年数值 × (1 + 年均增长率)^年数（${COMPOUNDING}），四舍五入到与${table.years.base}年数值相同的小数位数；指数（${table.years.base}年 = 100）保留一位小数。`;
}

/** Whether every indicator of the table is 预期性: expected, not binding. */
export function allExpected(table: GrowthTableData): boolean {
  return table.indicators.every((row) => row.attribute === '预期性');
}


/**
 * The tables behind the charts' downloads: exactly the numbers each chart
 * shows, numbers as numbers (a unit or % in the header, never in a cell).
 * The CSV (/charts/t1.csv, …) and the workbook's sheets are both written from
 * these. The values others reported since are not in 表1's table: they are
 * /data/reported-values.csv, with their sources.
 */
export function outcomeTable(table: OutcomeTableData): DataTable {
  const y = table.years;
  const pct = (ratio: number) => roundTo(ratio * 100, 1);
  return {
    columns: [
      { header: '指标', width: 44 },
      { header: '单位', width: 6 },
      { header: `${y.baseline}年`, width: 10 },
      { header: `${y.target}年目标`, width: 12 },
      { header: `${y.actual}年`, width: 10 },
      { header: `是否完成（${COMPUTED}）`, width: 20 },
      { header: `达成率（%，${COMPUTED}）`, decimals: 1, width: 20 },
      { header: `进度（%，${COMPUTED}）`, decimals: 1, width: 18 },
      { header: `${y.baseline}—${y.actual}年均增长（%，${COMPUTED}）`, decimals: 1, width: 32 },
    ],
    rows: outcomeRows(table).map((r) => [r.name, r.unit, r.baseline, r.target, r.actual, r.met ? '已完成' : '未完成', pct(r.attainment), pct(r.progress), pct(r.annualGrowth)]),
  };
}

export function growthTable(table: GrowthTableData): DataTable {
  const rows = growthRows(table);
  return {
    columns: [
      { header: '指标', width: 30 },
      { header: '单位', width: 6 },
      { header: '属性', width: 8 },
      { header: '年均增长率（%）', width: 16 },
      ...rows[0]!.path.map((p) => ({ header: p.computed ? `${p.year}年（${COMPUTED}）` : `${p.year}年`, width: p.computed ? 20 : 10 })),
    ],
    rows: rows.map((r) => [
      r.name,
      r.unit,
      r.attribute,
      r.annualGrowthPercent,
      ...r.path.map((p) => (p.computed ? { value: roundTo(p.value, r.decimals), decimals: r.decimals } : p.value)),
    ]),
  };
}

export function growthIndexTable(table: GrowthTableData): DataTable {
  const rows = growthRows(table);
  return {
    columns: [
      { header: '指标', width: 30 },
      { header: '年均增长率（%）', width: 16 },
      ...rows[0]!.path.map((p) => ({ header: `${p.year}年指数（${COMPUTED}，${table.years.base}年 = 100）`, decimals: 1, width: 22 })),
    ],
    rows: rows.map((r) => [r.name, r.annualGrowthPercent, ...r.path.map((p) => roundTo(p.index, 1))]),
  };
}

/** The CSV downloads, as rows of cells. */
export const outcomeCsv = (table: OutcomeTableData): string[][] => tableRows(outcomeTable(table));
// A CSV travels without the note the pages give under 表2's table, so the downloads' computed columns (the CSV
// and the workbook's sheet, which holds the CSV's very cells) name the compounding reading in their headers
// (review 18: 本站推断 wherever the site computes a path). The base year's index is 100 by definition, not a
// point of the path, so its column is not marked (review 19).
const PATH_READING = '逐年连乘推算，本站推断';
export const pathMarked = (data: DataTable, baseYear: number): DataTable => ({
  ...data,
  columns: data.columns.map((c) => (c.header.startsWith(`${baseYear}年`) ? c : { ...c, header: c.header.replace(`（${COMPUTED}`, `（${COMPUTED}，${PATH_READING}`) })),
});
export const growthCsv = (table: GrowthTableData): string[][] => tableRows(pathMarked(growthTable(table), table.years.base));
export const growthIndexCsv = (table: GrowthTableData): string[][] => tableRows(pathMarked(growthIndexTable(table), table.years.base));
