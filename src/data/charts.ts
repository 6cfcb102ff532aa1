/**
 * The chart downloads: for each table, the chart as SVG and PNG and the
 * numbers it shows as CSV, made at build time from the indicator data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { growthCsv, growthIndexCsv, outcomeCsv } from '../lib/charts/chart-data.ts';
import { growthIndexChart, growthPanelsStandalone, INDEX_FILE_WIDTH, PANELS_FILE_WIDTH } from '../lib/charts/chart-growth.ts';
import { OUTCOME_FILE_WIDTH, outcomeChart } from '../lib/charts/chart-outcome.ts';
import { FILE_SCALE, PNG_SCALE } from '../lib/charts/chart-frame.ts';
import { toCsv } from '../lib/site/csv.ts';
import type { GrowthTableData, OutcomeTableData } from '../lib/plan/indicator-data.ts';
import { svgToPng } from '../lib/charts/rasterise.ts';
import { withBase } from '../lib/site/urls.ts';
import { getIndicatorTable } from './plan.ts';
import { reportedPoints } from './context.ts';

export async function getOutcomeTable(id: string): Promise<OutcomeTableData> {
  const { data } = await getIndicatorTable(id);
  if (data.kind !== 'outcome') throw new Error(`src/content/indicators/${id}.json: kind must be "outcome" for this chart, not "${data.kind}"`);
  return data;
}

export async function getGrowthTable(id: string): Promise<GrowthTableData> {
  const { data } = await getIndicatorTable(id);
  if (data.kind !== 'growth') throw new Error(`src/content/indicators/${id}.json: kind must be "growth" for this chart, not "${data.kind}"`);
  return data;
}

export type ChartFormat = 'svg' | 'png' | 'csv';

const CONTENT_TYPES: Record<ChartFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
};

/** Twice each file's size at 1× (chart-frame.ts): 1800, 1800 and 1620 px wide. */
const PNG_WIDTH = { outcome: OUTCOME_FILE_WIDTH, panels: PANELS_FILE_WIDTH, index: INDEX_FILE_WIDTH };
const pngWidth = (drawing: number) => drawing * FILE_SCALE * PNG_SCALE;

/** The chart's place on its part page, printed at the foot of its files. */
function chartPage(route: string, id: string): string {
  return new URL(withBase(import.meta.env.BASE_URL, `${route}#${id}-figure`), import.meta.env.SITE).href;
}

export interface ChartFile {
  /** The file name under /charts/: t1.svg, t2-index.csv. */
  name: string;
  contentType: string;
  body: () => string | Uint8Array;
}

function files(stem: string, svg: () => string, pngWidth: number, csv: () => string): ChartFile[] {
  return [
    { name: `${stem}.svg`, contentType: CONTENT_TYPES.svg, body: () => `<?xml version="1.0" encoding="UTF-8"?>\n${svg()}\n` },
    {
      name: `${stem}.png`,
      contentType: CONTENT_TYPES.png,
      body: () => svgToPng(svg(), pngWidth),
    },
    { name: `${stem}.csv`, contentType: CONTENT_TYPES.csv, body: csv },
  ];
}

export async function chartFiles(): Promise<ChartFile[]> {
  const t1 = await getOutcomeTable('t1');
  const t2 = await getGrowthTable('t2');
  const reported = await reportedPoints('t1');
  return [
    ...files('t1', () => outcomeChart(t1, { id: 'chart-t1', standalone: true, reported, pageUrl: chartPage('/background/', 'chart-t1') }), pngWidth(PNG_WIDTH.outcome), () => toCsv(outcomeCsv(t1))),
    ...files('t2', () => growthPanelsStandalone(t2, { id: 'chart-t2', standalone: true, pageUrl: chartPage('/general-requirements/', 'chart-t2') }), pngWidth(PNG_WIDTH.panels), () => toCsv(growthCsv(t2))),
    ...files(
      't2-index',
      () => growthIndexChart(t2, { id: 'chart-t2-index', standalone: true, pageUrl: chartPage('/general-requirements/', 'chart-t2-index') }),
      pngWidth(PNG_WIDTH.index),
      () => toCsv(growthIndexCsv(t2)),
    ),
  ];
}

/**
 * The route for one format. Each format has its own route file
 * (src/pages/charts/[name].svg.ts, …), because `astro dev` answers a dynamic
 * route whose parameter holds the extension only with a trailing slash.
 */
export function chartEndpoint(format: ChartFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute<{ file: ChartFile }> } {
  return {
    getStaticPaths: async () =>
      (await chartFiles())
        .filter((file) => file.name.endsWith(`.${format}`))
        .map((file) => ({ params: { name: file.name.slice(0, -`.${format}`.length) }, props: { file } })),
    GET: ({ props }) => {
      const body = props.file.body();
      return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': props.file.contentType } });
    },
  };
}

export function chartFileHref(stem: string, format: ChartFormat): string {
  return withBase(import.meta.env.BASE_URL, `/charts/${stem}.${format}`);
}
