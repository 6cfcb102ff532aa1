/**
 * Chart A, for 表1: each 13th-plan indicator on one scale where its 2020
 * target is 100%, with its 2015 baseline and 2020 actual, the real figures
 * written out, and met or missed told by shape, line and word, not colour.
 */
import { scaleLinear } from 'd3-scale';
import { COMPUTED, outcomeRows, type OutcomeRow } from './chart-data.ts';
import { chartFrame, FILE_SCALE, sourceLine } from './chart-frame.ts';
import { REPORTED_LABEL, STANDALONE_STYLE, type ChartOptions, type ReportedPoint } from './chart-style.ts';
import type { OutcomeTableData } from '../plan/indicator-data.ts';
import { el, escapeXml, text, wrapText } from './svg.ts';

const WIDTH = 400;
/** A file of its own is wider, so that with its title and source it is about as tall as wide, a shape an article can use. */
export const OUTCOME_FILE_WIDTH = 600;
const ROW_HEIGHT = 100;
/** Rows closer in a file, which has no tooltips to leave room for and needs to stay within 3:4. */
const FILE_ROW_HEIGHT = 90;
const ROWS_TOP = 96;
/** Past twice the target a marker stops at the edge and says so; one indicator (1219%) would flatten all others. */
const SCALE_MAX = 2;

export function outcomeSummary(table: OutcomeTableData): string {
  const rows = outcomeRows(table);
  const met = rows.filter((r) => r.met).length;
  return `${rows.length}项指标中${met}项完成目标，${rows.length - met}项未完成。`;
}

export function outcomePointLabel(row: OutcomeRow, table: OutcomeTableData): string {
  const y = table.years;
  return `${row.name}：${y.baseline}年${row.shown.baseline}${row.unit}，${y.target}年目标${row.shown.target}${row.unit}，${y.actual}年${row.shown.actual}${row.unit}，达成率${row.shown.attainment}（${COMPUTED}），${row.met ? '已完成' : '未完成'}`;
}

function marker(met: boolean, x: number, y: number): string {
  const s = 5.5;
  if (met) return el('rect', { class: 'c-data-fill', x: x - s, y: y - s, width: 2 * s, height: 2 * s });
  return el(
    'g',
    {},
    el('rect', { class: 'c-hollow', x: x - s, y: y - s, width: 2 * s, height: 2 * s, 'stroke-width': 2 }),
    el('path', { class: 'c-ink', d: `M${x - s} ${y - s}L${x + s} ${y + s}M${x + s} ${y - s}L${x - s} ${y + s}`, 'stroke-width': 1.5 }),
  );
}

/** A diamond: no mark of the plan's own figures has this shape. */
function reportedMarker(x: number, y: number): string {
  const s = 6;
  return el('path', { class: 'c-reported', d: `M${x} ${y - s}L${x + s} ${y}L${x} ${y + s}L${x - s} ${y}Z`, 'stroke-width': 2 });
}

/** Ends without 。, as every point's label does: the chart's description adds one after each (a comparability note ends with its own). */
export function reportedPointLabel(row: OutcomeRow, point: ReportedPoint): string {
  return `${row.name}：${point.year}年${point.shown}，${REPORTED_LABEL}，来源：${point.source}${point.comparability ? `。${point.comparability.replace(/。$/, '')}` : ''}`;
}

/** The lines under a row that lists its reported values, wrapped to the chart's width. */
function reportedLines(points: ReportedPoint[], width: number): string[] {
  if (points.length === 0) return [];
  const values = points.map((p) => `${p.year}年 ${p.shown}`).join('、');
  const sources = [...new Set(points.map((p) => p.source))].join('；');
  return wrapText([...`◇ ${REPORTED_LABEL}：${values}（${sources}；口径可能不同）`], width === WIDTH ? 30 : (width - 28) / 12);
}

/** 表1 辽宁省知识产权“十三五”规划主要指标完成情况 */
export const outcomeFileTitle = (table: OutcomeTableData): string => `${table.label} ${table.caption}`;
export const outcomeFileSubtitle = (table: OutcomeTableData): string =>
  `${table.years.baseline}年基数、${table.years.target}年目标与${table.years.actual}年实际，各指标以其目标为100%`;

export function outcomeChart(table: OutcomeTableData, options: ChartOptions & { reported?: ReportedPoint[] }): string {
  const rows = outcomeRows(table);
  const reported = options.reported ?? [];
  const width = options.standalone ? OUTCOME_FILE_WIDTH : WIDTH;
  const x = scaleLinear().domain([0, SCALE_MAX]).range([14, width - 14]);
  const extra = rows.map((row) => reportedLines(reported.filter((p) => p.row === row.n), width));
  const tops: number[] = [];
  let next = ROWS_TOP + (reported.length ? 22 : 0);
  for (const lines of extra) {
    tops.push(next);
    next += (options.standalone ? FILE_ROW_HEIGHT : ROW_HEIGHT) + lines.length * 16;
  }
  const rowsBottom = next;
  const frame = options.standalone
    ? chartFrame(width, rowsBottom, {
        title: outcomeFileTitle(table),
        subtitle: outcomeFileSubtitle(table),
        notes: reported.length ? ['◇为其他机构公布的数值，来源见各行。'] : [],
        source: sourceLine(table),
        pageUrl: options.pageUrl,
      })
    : undefined;
  const height = frame ? frame.height : rowsBottom;
  const y = table.years;

  const legend = el(
    'g',
    { class: 'chart-legend', 'font-size': 12 },
    el('circle', { class: 'c-hollow', cx: 20, cy: 12, r: 5, 'stroke-width': 2 }),
    text(`${y.baseline}年`, { x: 30, y: 16 }),
    el('line', { class: 'c-ink', x1: 96, x2: 96, y1: 4, y2: 20, 'stroke-width': 3 }),
    text(`${y.target}年目标（= 100%）`, { x: 104, y: 16 }),
    marker(true, 20, 34),
    text(`${y.actual}年，已完成`, { x: 30, y: 38 }),
    marker(false, 138, 34),
    text(`${y.actual}年，未完成（虚线）`, { x: 148, y: 38 }),
    reported.length > 0 && reportedMarker(20, 56),
    reported.length > 0 && text(`${REPORTED_LABEL}，${y.actual}年以后`, { x: 30, y: 60 }),
  );

  const ticks = [0, 0.5, 1, 1.5, 2];
  const shift = reported.length ? 22 : 0;
  const axis = el(
    'g',
    { class: 'chart-axis', 'font-size': 11 },
    text('各指标以其2020年目标为100%', { x: 14, y: shift + 62, class: 'c-muted' }),
    ...ticks.map((t) => text(`${t * 100}%`, { x: x(t), y: shift + 82, 'text-anchor': t === 0 ? 'start' : t === SCALE_MAX ? 'end' : 'middle', class: 'c-muted' })),
  );
  // Grid lines only across each row's track, so they never run through the labels.
  const grid = (track: number) =>
    ticks.map((t) => el('line', { class: t === 1 ? 'c-axis' : 'c-grid', x1: x(t), x2: x(t), y1: track - 14, y2: track + 14, 'stroke-dasharray': t === 1 ? '3 2' : undefined }));

  const rowMarks = rows.map((row, i) => {
    const top = tops[i]!;
    const track = top + 36;
    const points = reported.filter((p) => p.row === row.n);
    const bx = x(row.baseline / row.target);
    const over = row.attainment > SCALE_MAX;
    const ax = x(Math.min(row.attainment, SCALE_MAX));
    const label = outcomePointLabel(row, table);
    return el(
      'g',
      { class: 'chart-row', 'data-row': row.n },
      text(`${row.n}. ${row.name}（${row.unit}）`, { x: 14, y: top + 14, 'font-size': 13, 'font-weight': 700 }),
      ...grid(track),
      el('line', { class: 'c-data', x1: bx, x2: ax, y1: track, y2: track, 'stroke-width': 3, 'stroke-dasharray': row.met ? undefined : '5 3' }),
      over && el('path', { class: 'c-ink', d: `M${ax - 16} ${track + 7}L${ax - 12} ${track - 7}M${ax - 11} ${track + 7}L${ax - 7} ${track - 7}`, 'stroke-width': 1.5 }),
      el('line', { class: 'c-ink', x1: x(1), x2: x(1), y1: track - 9, y2: track + 9, 'stroke-width': 3 }),
      el('circle', { class: 'c-hollow', cx: bx, cy: track, r: 5, 'stroke-width': 2 }),
      el('g', { class: 'chart-point', 'data-label': label }, marker(row.met, ax, track)),
      ...points.map((p) => {
        const ratio = p.value / row.target;
        return el('g', { class: 'chart-point chart-point--reported', 'data-label': reportedPointLabel(row, p) }, reportedMarker(x(Math.min(ratio, SCALE_MAX)), track));
      }),
      ...extra[i]!.map((line, j) => text(line, { x: 14, y: top + 98 + j * 16, 'font-size': 12, class: 'c-muted' })),
      text(`${y.baseline}年 ${row.shown.baseline}${row.unit}　目标 ${row.shown.target}${row.unit}　${y.actual}年 ${row.shown.actual}${row.unit}`, { x: 14, y: top + 62, 'font-size': 12 }),
      text(`达成率 ${row.shown.attainment}（${COMPUTED}）${over ? '，超出刻度' : ''}　${row.met ? '已完成' : '未完成'}`, {
        x: 14,
        y: top + 80,
        'font-size': 12,
        'font-weight': row.met ? undefined : 700,
      }),
    );
  });

  const title = `${table.label}图示 ${table.caption}：${y.baseline}年基数、${y.target}年目标与${y.actual}年实际，以目标为100%`;
  const desc = `${outcomeSummary(table)}${rows
    .map((r) => `${outcomePointLabel(r, table)}。${reported.filter((p) => p.row === r.n).map((p) => `${reportedPointLabel(r, p)}。`).join('')}`)
    .join('')}`;

  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: options.id,
      class: 'chart-svg',
      viewBox: `0 0 ${width} ${height}`,
      width: options.standalone ? width * FILE_SCALE : undefined,
      height: options.standalone ? height * FILE_SCALE : undefined,
      role: 'img',
      'aria-labelledby': `${options.id}-title`,
      'aria-describedby': `${options.id}-desc`,
    },
    el('title', { id: `${options.id}-title` }, escapeXml(title)),
    el('desc', { id: `${options.id}-desc` }, escapeXml(desc)),
    options.standalone && el('style', {}, STANDALONE_STYLE),
    frame?.head,
    el('g', { transform: frame ? `translate(0 ${frame.top})` : undefined }, legend, axis, ...rowMarks),
    frame?.foot,
  );
}
