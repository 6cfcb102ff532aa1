/**
 * /data/ln-ip-plan.xlsx: the open data as one Excel workbook, made once per
 * build (src/lib/journalism/plan-workbook.ts, workbook.ts). The route file
 * src/pages/data/ln-ip-plan.xlsx.ts serves these bytes, and /data/ and the
 * charts' download links give its size.
 */
import { REPORTED_SOURCE } from '../lib/context/open-data.ts';
import { reportedTable } from '../lib/context/reported.ts';
import { planWorkbookSpec } from '../lib/journalism/plan-workbook.ts';
import { buildWorkbook } from '../lib/journalism/workbook.ts';
import { formatBytes } from '../lib/site/file-size.ts';
import { getGrowthTable, getOutcomeTable } from './charts.ts';
import { getContext } from './context.ts';
import { getFigures } from './journalism.ts';

export interface Workbook {
  bytes: Uint8Array;
  size: string;
}

const made = new Map<string, Promise<Workbook>>();

/** The workbook for a site address (the figures' links name it). */
export function planWorkbook(site: URL | string): Promise<Workbook> {
  const key = new URL(site).href;
  let workbook = made.get(key);
  if (!workbook) {
    workbook = (async () => {
      const { reported } = await getContext();
      const spec = planWorkbookSpec({
        t1: await getOutcomeTable('t1'),
        t2: await getGrowthTable('t2'),
        reported: { table: reportedTable(reported), source: REPORTED_SOURCE, checked: reported.map((v) => v.checked) },
        figures: await getFigures(),
        site: key,
      });
      const bytes = await buildWorkbook(spec);
      return { bytes, size: formatBytes(bytes.byteLength) };
    })();
    made.set(key, workbook);
  }
  return workbook;
}
