/**
 * Citations of one place in the plan, in the two forms journalists use: the
 * short newsroom form and GB/T 7714-2015 for an electronic resource.
 */
import { describeAddress } from '../plan/addresses.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER, PLAN_TITLE } from '../site/site.ts';

/**
 * The place an id names, for citing: a plan address (三(二)第4段), or one of
 * the site's charts, which are drawn from a table and cited as that table's
 * 图示 (chart-t2-index-figure → 表2图示（指数）).
 */
export function citedPlace(id: string): string {
  const chart = /^chart-(t\d+)(-index)?-figure$/.exec(id);
  if (chart) return `${describeAddress(chart[1]!)}图示${chart[2] ? '（指数）' : ''}`;
  return describeAddress(id);
}

/** 《辽宁省“十四五”知识产权保护和运用规划》三（二）第4段 */
export function newsroomCitation(id: string): string {
  return `《${PLAN_TITLE}》${citedPlace(id)}`;
}

/** 2026-11-26, in the reader's own calendar day. */
export function citedDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * 辽宁省知识产权局. 辽宁省“十四五”知识产权保护和运用规划[EB/OL]: 三（二）第4段. [2026-11-26]. https://….
 *
 * GB/T 7714-2015 (8.1, 8.8) for an electronic resource: responsible body,
 * title, [EB/OL], the cited date in brackets, the access path. The source page
 * gives no publication date, so none is invented. The place is given where
 * the standard puts a cited page, after a colon.
 */
export function gbtCitation(id: string, cited: Date): string {
  return `${PLAN_PUBLISHER}. ${PLAN_TITLE}[EB/OL]: ${citedPlace(id)}. [${citedDate(cited)}]. ${OFFICIAL_URL}.`;
}
