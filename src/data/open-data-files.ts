/**
 * /data/figures.csv, figures.json, indicators.csv, indicators.json: the
 * plan's figures and indicators as open data, every row with its source
 * address. CSV is UTF-8 with a byte order mark so that Excel reads it, one
 * table and nothing else; the source is the JSON's `source` (and /data/'s).
 * One route file per format (src/pages/data/[name].csv.ts, [name].json.ts)
 * uses this, so that `astro dev` answers them as the build writes them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../lib/site/csv.ts';
import {
  columnsNote,
  FIGURE_COLUMNS,
  FIGURE_COLUMNS_FROM_PLAN,
  figureRows,
  INDICATOR_COLUMNS,
  INDICATOR_COLUMNS_FROM_PLAN,
  indicatorRows,
  OPEN_DATA_SOURCE,
  rowsAsObjects,
} from '../lib/journalism/open-data.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER, PLAN_TITLE } from '../lib/site/site.ts';
import { getGrowthTable, getOutcomeTable } from './charts.ts';
import { getFigures } from './journalism.ts';

/** Which columns are the plan's and which the site's, named from the files' real columns. */
const NOTES = {
  figures: columnsNote(FIGURE_COLUMNS, FIGURE_COLUMNS_FROM_PLAN),
  indicators: columnsNote(INDICATOR_COLUMNS, INDICATOR_COLUMNS_FROM_PLAN),
};

type Name = 'figures' | 'indicators';

async function rows(name: Name, site: string): Promise<string[][]> {
  if (name === 'figures') return figureRows(await getFigures(), site);
  return indicatorRows(await getOutcomeTable('t1'), await getGrowthTable('t2'));
}

export function openDataEndpoint(format: 'csv' | 'json'): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => ['figures', 'indicators'].map((name) => ({ params: { name } })),
    GET: async ({ params, site }) => {
      const name = params.name as Name;
      const table = await rows(name, site!.href);
      const source = `${OPEN_DATA_SOURCE}${NOTES[name]}`;
      if (format === 'csv') {
        return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      }
      const body = { title: PLAN_TITLE, publisher: PLAN_PUBLISHER, officialUrl: OFFICIAL_URL, source, rows: rowsAsObjects(table) };
      return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    },
  };
}
