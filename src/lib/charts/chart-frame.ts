/**
 * The frame of a chart file (the SVG and PNG downloads): the table's name as
 * the plan gives it on top, what the chart shows under it, and the source,
 * the site and the chart's address at the foot, so that an image pasted into
 * an article still says what it is and where it comes from.
 */
import { COMPUTED } from './chart-data.ts';
import { el, text, wrapText } from './svg.ts';
import { PLAN_PUBLISHER, PLAN_TITLE, SITE_NAME } from '../site/site.ts';

/** A chart file is this many times its drawing's units wide at 1× (900 px for a 600-unit drawing): an article's column. */
export const FILE_SCALE = 1.5;
/** The PNG is twice the file's 1× size: sharp on a phone's screen and in print. */
export const PNG_SCALE = 2;

const MARGIN = 14;
const TITLE = { size: 20, line: 26 };
const SUBTITLE = { size: 13, line: 18 };
const FOOT = { size: 11.5, line: 16 };

/** 来源：《辽宁省“十四五”知识产权保护和运用规划》，辽宁省知识产权局；表1中标明“本站计算”的数值由本站根据该表计算。 */
export function sourceLine(table: { label: string }): string {
  return `来源：《${PLAN_TITLE}》，${PLAN_PUBLISHER}；${table.label}中标明“${COMPUTED}”的数值由本站根据该表计算。`;
}

/** 制图：the site's name; the page the chart stands on follows it. */
export const CREDIT_LINE = `制图：${SITE_NAME}`;

export interface ChartFrame {
  /** A white ground, the title and the subtitle: before the drawing. */
  head: string;
  /** The notes, the source and the credit: after it, so that the text reads in order. */
  foot: string;
  /** Where the chart's own drawing starts. */
  top: number;
  /** The file's height in the drawing's units. */
  height: number;
}

export interface FrameText {
  /** 表1 辽宁省知识产权“十三五”规划主要指标完成情况: the table as the plan names it. */
  title: string;
  /** What the chart shows. */
  subtitle: string;
  /** Lines of the chart's own (a legend note) above the source. */
  notes?: string[];
  source: string;
  pageUrl?: string;
}

const ems = (width: number, size: number) => (width - 2 * MARGIN) / size;

/** The frame around a drawing `width` wide and `bodyHeight` high. */
export function chartFrame(width: number, bodyHeight: number, words: FrameText): ChartFrame {
  const title = wrapText([...words.title], ems(width, TITLE.size));
  const subtitle = wrapText([...words.subtitle], ems(width, SUBTITLE.size));
  const footEms = ems(width, FOOT.size);
  // The address is never broken: it goes to a line of its own when the line is full.
  const credit = wrapText([CREDIT_LINE, ...(words.pageUrl ? [words.pageUrl] : [])], footEms, '　');
  const foot = [...[...(words.notes ?? []), words.source].flatMap((line) => wrapText([...line], footEms)), ...credit];
  const top = 8 + title.length * TITLE.line + subtitle.length * SUBTITLE.line + 10;
  const footTop = top + bodyHeight + 8;
  const height = footTop + foot.length * FOOT.line + 6;
  const head = [
    el('rect', { class: 'c-bg', width, height }),
    ...title.map((line, i) => text(line, { x: MARGIN, y: 8 + TITLE.size + i * TITLE.line, 'font-size': TITLE.size, 'font-weight': 700 })),
    ...subtitle.map((line, i) => text(line, { x: MARGIN, y: 8 + title.length * TITLE.line + SUBTITLE.size + 2 + i * SUBTITLE.line, 'font-size': SUBTITLE.size })),
  ].join('');
  const footMarkup = [
    el('line', { class: 'c-grid', x1: MARGIN, x2: width - MARGIN, y1: footTop - 4, y2: footTop - 4 }),
    ...foot.map((line, i) => text(line, { x: MARGIN, y: footTop + FOOT.size + 2 + i * FOOT.line, 'font-size': FOOT.size, class: 'c-muted' })),
  ].join('');
  return { head, foot: footMarkup, top, height };
}
