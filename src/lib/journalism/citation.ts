/**
 * Citations of one place in the plan, in the two forms journalists use: the
 * short newsroom form and GB/T 7714—2025 (信息与文献 参考文献著录规则, in
 * force since 2026-07-01, replacing the 2015 edition) for an electronic
 * resource. A chart is the site's own drawing, so it is cited as the site's
 * work at the site's own address, never as the 知识产权局's.
 */
import { describeAddress } from '../plan/addresses.ts';
import { OFFICIAL_URL, PLAN_PUBLISHER, PLAN_TITLE, SITE_NAME } from '../site/site.ts';

/** The edition the citations follow, as the menu names it. */
export const GBT_EDITION = 'GB/T 7714—2025';

const CHART = /^chart-(t\d+)(-index)?-figure$/;

/**
 * The place an id names, for citing: a plan address (三（二）第3段), or one of
 * the site's charts, named after the table it is drawn from
 * (chart-t2-index-figure → 表2图示（指数）).
 */
export function citedPlace(id: string): string {
  const chart = CHART.exec(id);
  if (chart) return `${describeAddress(chart[1]!)}图示${chart[2] ? '（指数）' : ''}`;
  return describeAddress(id);
}

/** 《辽宁省“十四五”知识产权保护和运用规划》三（二）第3段; a chart as the site's: 辽宁知识产权“十四五”规划在线版：表2图示（据《…》表2绘制）. */
export function newsroomCitation(id: string): string {
  const chart = CHART.exec(id);
  if (chart) return `${SITE_NAME}：${citedPlace(id)}（据《${PLAN_TITLE}》${describeAddress(chart[1]!)}绘制）`;
  return `《${PLAN_TITLE}》${citedPlace(id)}`;
}

/** 2026-11-26, in the reader's own calendar day. */
export function citedDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface ElectronicResource {
  /** 主要责任者 */
  creator: string;
  /** 题名 */
  title: string;
  /** 发表或更新日期, when the resource gives one; never invented. */
  published?: Date;
  /** 引用日期 */
  cited: Date;
  /** 获取和访问路径 */
  url: string;
}

/**
 * One entry for an electronic resource, as GB/T 7714—2025 sets it:
 * 主要责任者. 题名[EB/OL]. （发表或更新日期）[引用日期]. 获取和访问路径.
 * The marks follow the 2025 edition's examples as zepinglee/gbt7714-bibtex-style
 * (its gbt7714-2025 style, bibpunct=GB) reads them: “.”, “[ ]”, “/” and “-”
 * half-width, the round brackets around the date full-width.
 */
export function electronicResource(entry: ElectronicResource): string {
  const published = entry.published ? `（${citedDate(entry.published)}）` : '';
  return `${entry.creator}. ${entry.title}[EB/OL]. ${published}[${citedDate(entry.cited)}]. ${entry.url}.`;
}

/**
 * The GB/T 7714—2025 citation of a place. A place of the plan cites the
 * official page; the official page gives no publication date, so none is
 * given. The standard has no slot for a paragraph inside the entry: it puts a
 * locator (引文页码) in the text, after the citation's number outside its
 * [ ], so the place follows the entry as a separate line, 引文位置. A chart
 * cites the site, by its own address (pageUrl, with the chart's fragment).
 * `published` is the plan's publication date (YYYY-MM-DD) from its sourced
 * record (关联文件); while no source gives one it is absent and so is the date.
 */
export function gbtCitation(id: string, cited: Date, pageUrl: string, published?: string): string {
  const chart = CHART.exec(id);
  if (chart) {
    return electronicResource({
      creator: SITE_NAME,
      title: `${citedPlace(id)}：据《${PLAN_TITLE}》${describeAddress(chart[1]!)}绘制`,
      cited,
      url: pageUrl,
    });
  }
  const entry = electronicResource({
    creator: PLAN_PUBLISHER,
    title: PLAN_TITLE,
    published: published ? new Date(`${published}T00:00:00`) : undefined,
    cited,
    url: OFFICIAL_URL,
  });
  return `${entry}\n引文位置：${citedPlace(id)}（正文中标在该文献序号的“[ ]”之外）`;
}
