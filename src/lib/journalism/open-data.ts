/**
 * The rows of the /data/ files: the indicators and the figures, each row
 * with the address of the paragraph or table row it comes from.
 */
import type { Figure } from './figures.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { tableRows, type DataTable } from '../charts/data-table.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER, PLAN_TITLE } from '../site/site.ts';

/** The source every open-data file names: the JSON's `source`, /data/ and the workbook's 说明. */
export const OPEN_DATA_SOURCE = `来源：${PLAN_TITLE}（${PLAN_PUBLISHER}，${OFFICIAL_URL}）。`;

export const FIGURE_COLUMNS = ['id', '数字', '限定词', '数值', '数值止', '单位', '类型', '年份或时期', '所在段落', '段落地址', '链接', '句子'] as const;

/** The figures' columns that copy the plan's words; every other column is the site's. */
export const FIGURE_COLUMNS_FROM_PLAN: ReadonlyArray<(typeof FIGURE_COLUMNS)[number]> = ['数字', '限定词', '句子'];

const FIGURE_WIDTHS: Record<(typeof FIGURE_COLUMNS)[number], number> = { id: 16, 数字: 14, 限定词: 8, 数值: 10, 数值止: 8, 单位: 8, 类型: 8, 年份或时期: 16, 所在段落: 16, 段落地址: 12, 链接: 30, 句子: 60 };

export function figureTable(figures: Array<Figure & { place: string; href: string }>, site: string): DataTable {
  return {
    columns: FIGURE_COLUMNS.map((header) => ({ header, width: FIGURE_WIDTHS[header] })),
    rows: figures.map((f) => [
      f.id,
      f.text,
      f.qualifier,
      f.value,
      f.valueTo,
      f.unit,
      f.kind,
      f.period,
      f.place,
      f.block,
      new URL(f.href, site).href,
      f.sentence,
    ]),
  };
}

export const figureRows = (figures: Array<Figure & { place: string; href: string }>, site: string): string[][] => tableRows(figureTable(figures, site));

export const INDICATOR_COLUMNS = ['表', '行地址', '指标', '单位', '属性', '2015年', '2020年目标', '2020年', '2020年基数', '年均增长率（%）'] as const;

/** The indicators' columns whose values copy 表1 and 表2; the column names and the rest are the site's. */
export const INDICATOR_COLUMNS_FROM_PLAN: ReadonlyArray<(typeof INDICATOR_COLUMNS)[number]> = [
  '表',
  '指标',
  '单位',
  '属性',
  '2015年',
  '2020年目标',
  '2020年',
  '2020年基数',
  '年均增长率（%）',
];

/**
 * What a file's columns are, said from its own header: which copy the plan
 * and which the site made. Written from the columns, so the note can never
 * name a field the file does not have.
 */
export function columnsNote(columns: readonly string[], fromPlan: readonly string[]): string {
  const own = columns.filter((c) => !fromPlan.includes(c));
  const plan = columns.filter((c) => fromPlan.includes(c));
  return `${plan.join('、')}取自规划原文；${own.join('、')}为本站整理。`;
}

export function indicatorTable(t1: OutcomeTableData, t2: GrowthTableData): DataTable {
  return {
    columns: INDICATOR_COLUMNS.map((header) => ({ header })),
    rows: [
      ...t1.indicators.map((row, i) => [t1.label, `t1-r${i + 1}`, row.name, row.unit, '', row.baseline, row.target, row.actual, null, null]),
      ...t2.indicators.map((row, i) => [t2.label, `t2-r${i + 1}`, row.name, row.unit, row.attribute, null, null, null, row.base, row.annualGrowthPercent]),
    ],
  };
}

export const indicatorRows = (t1: OutcomeTableData, t2: GrowthTableData): string[][] => tableRows(indicatorTable(t1, t2));

/** The same rows as JSON objects keyed by the header, so JSON and CSV cannot disagree. */
export function rowsAsObjects(rows: string[][]): Array<Record<string, string>> {
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i] ?? ''])));
}
