/**
 * The rows of the /data/ files: the indicators and the figures, each row
 * with the address of the paragraph or table row it comes from.
 */
import type { Figure } from './figures.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';

export const FIGURE_COLUMNS = ['id', '数字', '限定词', '数值', '数值止', '单位', '类型', '年份或时期', '所在段落', '段落地址', '链接', '句子'] as const;

/** The figures' columns that copy the plan's words; every other column is the site's. */
export const FIGURE_COLUMNS_FROM_PLAN: ReadonlyArray<(typeof FIGURE_COLUMNS)[number]> = ['数字', '限定词', '句子'];

export function figureRows(figures: Array<Figure & { place: string; href: string }>, site: string): string[][] {
  return [
    [...FIGURE_COLUMNS],
    ...figures.map((f) => [
      f.id,
      f.text,
      f.qualifier,
      f.value === null ? '' : formatPublished(f.value),
      f.valueTo === null ? '' : formatPublished(f.valueTo),
      f.unit,
      f.kind,
      f.period,
      f.place,
      f.block,
      new URL(f.href, site).href,
      f.sentence,
    ]),
  ];
}

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

export function indicatorRows(t1: OutcomeTableData, t2: GrowthTableData): string[][] {
  return [
    [...INDICATOR_COLUMNS],
    ...t1.indicators.map((row, i) => [
      t1.label,
      `t1-r${i + 1}`,
      row.name,
      row.unit,
      '',
      formatPublished(row.baseline),
      formatPublished(row.target),
      formatPublished(row.actual),
      '',
      '',
    ]),
    ...t2.indicators.map((row, i) => [
      t2.label,
      `t2-r${i + 1}`,
      row.name,
      row.unit,
      row.attribute,
      '',
      '',
      '',
      formatPublished(row.base),
      formatPublished(row.annualGrowthPercent),
    ]),
  ];
}

/** The same rows as JSON objects keyed by the header, so JSON and CSV cannot disagree. */
export function rowsAsObjects(rows: string[][]): Array<Record<string, string>> {
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i] ?? ''])));
}
