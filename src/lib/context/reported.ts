/**
 * Values published after the plan's baselines, set beside the plan's own
 * figures: their rows checked against the tables, 表2's statuses, and the
 * comparison with the national plan, which never mixes the two definitions.
 */
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { impliedAnnualGrowth, progressStatus, type ProgressStatus } from './progress.ts';
import { ContextError } from './documents.ts';
import type { ReportedValueData, Source } from './schema.ts';
import { tableRows, type DataTable } from '../charts/data-table.ts';

export const REPORTED_FILE = 'src/content/context/reported-values.json';

/** A reported value's source as the pages list it (Sources.astro), named `publisher` (the publisher alone by default). */
export const reportedSource = (v: ReportedValueData, publisher = v.publisher): Source => ({ url: v.url, quote: v.quote, label: v.label, publisher, checked: v.checked });

/** Fails, naming the file, when a value points at a table row that does not exist. */
export function checkReportedValues(values: ReportedValueData[], tables: Array<OutcomeTableData | GrowthTableData>): void {
  const rows = new Map(tables.map((t) => [t.id, t.indicators.length]));
  for (const v of values) {
    const count = rows.get(v.table);
    if (count === undefined) throw new ContextError(REPORTED_FILE, `${v.id}: table ${v.table} does not exist`);
    if (v.row > count) throw new ContextError(REPORTED_FILE, `${v.id}: ${v.table} has ${count} rows, not row ${v.row}`);
  }
}

/** The province's reported outcomes beside one row, by year. */
export function reportedBeside(values: ReportedValueData[], table: string, row: number): ReportedValueData[] {
  return values.filter((v) => v.scope === '辽宁省' && v.kind === '实际' && v.table === table && v.row === row).sort((a, b) => a.year - b.year);
}

export interface GrowthRowStatus {
  row: number;
  name: string;
  unit: string;
  base: number;
  annualGrowthPercent: number;
  reported: ReportedValueData[];
  /** null: no reported value, and so no status (本站未查到公开数据). */
  status: ProgressStatus | null;
}

export function growthStatuses(table: GrowthTableData, values: ReportedValueData[]): GrowthRowStatus[] {
  return table.indicators.map((indicator, i) => {
    const reported = reportedBeside(values, table.id, i + 1);
    const status = progressStatus(
      { base: indicator.base, baseYear: table.years.base, targetYear: table.years.target, annualGrowthPercent: indicator.annualGrowthPercent },
      reported.map((r) => ({ year: r.year, value: r.value })),
    );
    return { row: i + 1, name: indicator.name, unit: indicator.unit, base: indicator.base, annualGrowthPercent: indicator.annualGrowthPercent, reported, status };
  });
}

export interface NationalComparison {
  row: number;
  name: string;
  liaoning: { base: number; baseYear: number; unit: string; annualGrowthPercent: number };
  /** base is missing when no source the site accepts gives it (本站未查到), and so is the growth. */
  national: { base?: ReportedValueData; target: ReportedValueData; impliedGrowth: number | null };
}

/**
 * For a row of 表2 with a national target beside it: both baselines where
 * known, and the growth each plan expects, the national one computed from its
 * two values. Rows without a national target are left out.
 */
export function nationalComparisons(table: GrowthTableData, values: ReportedValueData[]): NationalComparison[] {
  const out: NationalComparison[] = [];
  table.indicators.forEach((indicator, i) => {
    const national = values.filter((v) => v.scope === '全国' && v.table === table.id && v.row === i + 1);
    const base = national.find((v) => v.kind === '实际');
    const target = national.find((v) => v.kind === '目标');
    if (!target) return;
    out.push({
      row: i + 1,
      name: indicator.name,
      liaoning: { base: indicator.base, baseYear: table.years.base, unit: indicator.unit, annualGrowthPercent: indicator.annualGrowthPercent },
      national: { base, target, impliedGrowth: base ? impliedAnnualGrowth(base.value, target.value, target.year - base.year) : null },
    });
  });
  return out;
}

/** Open data: every reported value with its source, as rows of cells, the header first. */
const REPORTED_COLUMNS: Array<[string, number, number?]> = [
  ['id', 28],
  ['范围', 8],
  ['类别', 6],
  ['规划表格', 8],
  ['规划行', 8, 0],
  ['指标（发布者的名称）', 40],
  ['年份', 6, 0],
  ['数值', 10],
  ['单位', 6],
  ['发布者', 24],
  ['文件或表格', 36],
  ['网址', 40],
  ['原话摘录', 40],
  ['可信度', 8],
  ['核对日期', 12],
  ['口径说明', 60],
];

/** /data/reported-values.csv and the workbook's sheet: one row per value, numbers as numbers. */
export function reportedTable(values: ReportedValueData[]): DataTable {
  return {
    columns: REPORTED_COLUMNS.map(([header, width, decimals]) => (decimals === undefined ? { header, width } : { header, width, decimals })),
    rows: values.map((v) => [v.id, v.scope, v.kind, v.table, v.row, v.indicator, v.year, v.value, v.unit, v.publisher, v.title, v.url, v.quote, v.label, v.checked, v.comparability ?? '']),
  };
}

export const reportedRows = (values: ReportedValueData[]): string[][] => tableRows(reportedTable(values));
