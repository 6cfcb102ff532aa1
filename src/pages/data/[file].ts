/**
 * /data/figures.csv, figures.json, indicators.csv, indicators.json: the
 * plan's figures and indicators as open data, every row with its source
 * address. CSV is UTF-8 with a byte order mark so that Excel reads it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGrowthTable, getOutcomeTable } from '../../data/charts.ts';
import { getFigures } from '../../data/journalism.ts';
import { toCsv } from '../../lib/site/csv.ts';
import {
  columnsNote,
  FIGURE_COLUMNS,
  FIGURE_COLUMNS_FROM_PLAN,
  figureRows,
  INDICATOR_COLUMNS,
  INDICATOR_COLUMNS_FROM_PLAN,
  indicatorRows,
  rowsAsObjects,
} from '../../lib/journalism/open-data.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER, PLAN_TITLE } from '../../lib/site/site.ts';

const SOURCE = `来源：${PLAN_TITLE}（${PLAN_PUBLISHER}，${OFFICIAL_URL}）。`;
const NOTES = {
  figures: columnsNote(FIGURE_COLUMNS, FIGURE_COLUMNS_FROM_PLAN),
  indicators: columnsNote(INDICATOR_COLUMNS, INDICATOR_COLUMNS_FROM_PLAN),
};

async function rows(name: 'figures' | 'indicators', site: string): Promise<string[][]> {
  if (name === 'figures') return figureRows(await getFigures(), site);
  return indicatorRows(await getOutcomeTable('t1'), await getGrowthTable('t2'));
}

export const getStaticPaths = (() =>
  ['figures', 'indicators'].flatMap((name) => ['csv', 'json'].map((format) => ({ params: { file: `${name}.${format}` } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const [name, format] = params.file!.split('.') as ['figures' | 'indicators', 'csv' | 'json'];
  const table = await rows(name, site!.href);
  const source = `${SOURCE}${NOTES[name]}`;
  if (format === 'csv') {
    return new Response(toCsv(table, source), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = { title: PLAN_TITLE, publisher: PLAN_PUBLISHER, officialUrl: OFFICIAL_URL, source, rows: rowsAsObjects(table) };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
