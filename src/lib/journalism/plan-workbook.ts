/**
 * What /data/ln-ip-plan.xlsx holds: its 说明 and its sheets, from the same
 * tables as the CSV files (chart-data.ts, open-data.ts, context/reported.ts),
 * which read src/content/indicators/*.json and
 * src/content/context/reported-values.json. No figure is typed here. The
 * values others reported come in as their table (context/reported.ts's
 * reportedTable, given by src/data/workbook.ts: context is this feature's peer).
 */
import { COMPOUNDING, COMPUTED, growthIndexTable, growthRounding, growthTable, OUTCOME_ROUNDING, outcomeTable, pathMarked } from '../charts/chart-data.ts';
import type { DataTable } from '../charts/data-table.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER, PLAN_SOURCE_LINE, PLAN_TITLE, SITE_NAME } from '../site/site.ts';
import type { Figure } from './figures.ts';
import { columnsNote, FIGURE_COLUMNS, FIGURE_COLUMNS_FROM_PLAN, figureTable, OPEN_DATA_SOURCE } from './open-data.ts';
import type { WorkbookSpec } from './workbook.ts';

export const WORKBOOK_NAME = 'ln-ip-plan.xlsx';

export interface PlanWorkbookInput {
  t1: OutcomeTableData;
  t2: GrowthTableData;
  /** The values others reported: their table, the words that describe it, and each one's checked date. */
  reported: { table: DataTable; source: string; checked: string[] };
  figures: Array<Figure & { place: string; href: string }>;
  /** The site's address, for the figures' links. */
  site: string;
}

/** The data's date: the day the newest value others reported was last checked. The plan's own figures do not change. */
export function dataDate(checked: string[]): string {
  const latest = [...checked].sort().at(-1);
  if (!latest) throw new Error('src/content/context/reported-values.json: no value with a checked date');
  return latest;
}

export function planWorkbookSpec(input: PlanWorkbookInput): WorkbookSpec {
  const { t1, t2, reported, figures, site } = input;
  const date = dataDate(reported.checked);
  const sheets = [
    { name: t1.label, table: outcomeTable(t1), csv: '/charts/t1.csv', about: `${t1.label} ${t1.caption}。指标、单位、${t1.years.baseline}年、${t1.years.target}年目标、${t1.years.actual}年取自规划原文；标“${COMPUTED}”的列由本站根据该表计算：${OUTCOME_ROUNDING}` },
    { name: t2.label, table: pathMarked(growthTable(t2), t2.years.base), csv: '/charts/t2.csv', about: `${t2.label} ${t2.caption}。指标、单位、属性、年均增长率、${t2.years.base}年取自规划原文；${growthRounding(t2)}` },
    { name: `${t2.label}指数`, table: pathMarked(growthIndexTable(t2), t2.years.base), csv: '/charts/t2-index.csv', about: `按${t2.label}的年均增长率推算的指数（${t2.years.base}年 = 100；${COMPOUNDING}），全部为${COMPUTED}，保留一位小数。` },
    { name: '其他机构数值', table: reported.table, csv: '/data/reported-values.csv', about: reported.source },
    { name: '规划中的数字', table: figureTable(figures, site), csv: '/data/figures.csv', about: `规划中用阿拉伯数字写出的全部${figures.length}个数字。${columnsNote(FIGURE_COLUMNS, FIGURE_COLUMNS_FROM_PLAN)}` },
  ];
  return {
    title: `${PLAN_TITLE}：数据`,
    creator: SITE_NAME,
    date: new Date(`${date}T00:00:00Z`),
    about: [
      ['标题', `${PLAN_TITLE}：表1、表2及相关数据`],
      ['来源', `${PLAN_SOURCE_LINE}（${PLAN_PUBLISHER}发布）`],
      ['原文网址', OFFICIAL_URL],
      ['引用', `${OPEN_DATA_SOURCE}引用规划的数字请注明“${PLAN_SOURCE_LINE}”；标明“${COMPUTED}”的数值和“其他机构数值”表由${SITE_NAME}整理，引用时请注明。`],
      ['数据日期', `${date}（其他机构数值的最近核对日期；规划原文的数字不变）`],
      ['规划原文与本站计算', `数字格式按规划印出的位数显示（如2.195、30.96）；列名中有“${COMPUTED}”（表头为浅黄色）的数值由本站计算，不是规划原文。`],
      ...sheets.map((s): [string, string] => [`${s.name}（工作表）`, `${s.about} 同样的数据：${s.csv}`]),
      ['制作', `${SITE_NAME}，由网站数据在构建时生成；每张工作表第一行为表头。`],
    ],
    sheets: sheets.map(({ name, table }) => ({ name, table })),
  };
}
