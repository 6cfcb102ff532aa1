/**
 * Chart B, for 表2: each 14th-plan indicator's path from 2020 to 2025 at its
 * stated rate, two ways: small multiples, each in its own unit from zero, and
 * one index view (2020 = 100) where indicators with the same rate share a line.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { COMPOUNDING, COMPUTED, allExpected, growthRows, type GrowthRow } from './chart-data.ts';
import { chartFrame, FILE_SCALE, sourceLine, type ChartFrame } from './chart-frame.ts';
import { STANDALONE_STYLE, type ChartOptions } from './chart-style.ts';
import type { GrowthTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';
import { el, escapeXml, text, wrapText } from './svg.ts';

export const PANEL = { width: 300, height: 186, left: 46, right: 284, top: 56, bottom: 150 } as const;

export interface PanelScales {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

/** One panel's scales; the browser's progress check uses the same to place a reported value. */
export function panelScales(row: Pick<GrowthRow, 'path'>): PanelScales {
  const first = row.path[0]!.year;
  const last = row.path[row.path.length - 1]!.year;
  const max = Math.max(...row.path.map((p) => p.value));
  return {
    x: scaleLinear().domain([first, last]).range([PANEL.left + 8, PANEL.right - 8]),
    y: scaleLinear().domain([0, max]).nice(4).range([PANEL.bottom, PANEL.top]),
  };
}

/** A tick as a reader writes it: 8000, 0.5, never 8,000 or 0.30000000000000004. */
function tick(value: number): string {
  return String(Number(value.toPrecision(6)));
}

export function expectedNote(table: GrowthTableData): string {
  return allExpected(table) ? `${table.label}各项指标均为预期性指标；规划没有解释这一属性，理解为是预期、不具约束力，是本站推断。` : `${table.label}中各指标的属性见表中“属性”一栏。`;
}

export function growthPointLabel(row: GrowthRow, point: GrowthRow['path'][number]): string {
  return `${row.name} ${point.year}年：${point.shown}${row.unit}${point.computed ? `（${COMPUTED}）` : '（规划所列）'}`;
}

function svgRoot(id: string, width: number, height: number, standalone: boolean | undefined, title: string, desc: string, ...children: (string | false | undefined)[]): string {
  return svgWith(id, width, height, standalone, title, desc, standalone && el('rect', { class: 'c-bg', width, height }), ...children);
}

/** A chart file in its frame: the title and source around the drawing, which is moved down below the title. */
function framedRoot(id: string, width: number, frame: ChartFrame, title: string, desc: string, ...children: (string | false | undefined)[]): string {
  // Moved right a little too, so that the drawing's labels line up with the title's margin.
  return svgWith(id, width, frame.height, true, title, desc, frame.head, el('g', { transform: `translate(8 ${frame.top})` }, ...children), frame.foot);
}

function svgWith(id: string, width: number, height: number, standalone: boolean | undefined, title: string, desc: string, ...children: (string | false | undefined)[]): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id,
      class: 'chart-svg',
      viewBox: `0 0 ${width} ${height}`,
      width: standalone ? width * FILE_SCALE : undefined,
      height: standalone ? height * FILE_SCALE : undefined,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
    },
    el('title', { id: `${id}-title` }, escapeXml(title)),
    el('desc', { id: `${id}-desc` }, escapeXml(desc)),
    standalone && el('style', {}, STANDALONE_STYLE),
    ...children,
  );
}

/** The marks of one panel, drawn at the origin. */
function panelMarks(row: GrowthRow): string {
  const { x, y } = panelScales(row);
  const ticks = y.ticks(4);
  const path = line<GrowthRow['path'][number]>()
    .x((p) => x(p.year))
    .y((p) => y(p.value))(row.path)!;
  const first = row.path[0]!;
  const last = row.path[row.path.length - 1]!;
  return [
    text(`${row.n}. ${row.name}（${row.unit}）`, { x: 4, y: 16, 'font-size': 13, 'font-weight': 700 }),
    text(`${first.year}年起年均增长${formatPublished(row.annualGrowthPercent)}%（${row.attribute}）`, { x: 4, y: 34, 'font-size': 11, class: 'c-muted' }),
    el(
      'g',
      { class: 'chart-axis', 'font-size': 10.5 },
      ...ticks.map((t) =>
        el(
          'g',
          {},
          el('line', { class: t === 0 ? 'c-axis' : 'c-grid', x1: PANEL.left, x2: PANEL.right, y1: y(t), y2: y(t) }),
          text(tick(t), { x: PANEL.left - 4, y: y(t) + 3.5, 'text-anchor': 'end', class: 'c-muted' }),
        ),
      ),
      ...row.path.map((p) => text(String(p.year), { x: x(p.year), y: PANEL.bottom + 16, 'text-anchor': 'middle', class: 'c-muted' })),
    ),
    el('path', { class: 'c-data', d: path, 'stroke-width': 2 }),
    ...row.path.map((p) =>
      el(
        'g',
        { class: 'chart-point', 'data-label': growthPointLabel(row, p), 'data-year': p.year },
        p.computed
          ? el('circle', { class: 'c-hollow', cx: x(p.year), cy: y(p.value), r: 3.5, 'stroke-width': 1.5 })
          : el('rect', { class: 'c-data-fill', x: x(p.year) - 4, y: y(p.value) - 4, width: 8, height: 8 }),
      ),
    ),
    text(`${first.shown}${row.unit}`, { x: x(first.year) + 4, y: y(first.value) + 18, 'font-size': 11 }),
    text(`${last.year}年 ${last.shown}${row.unit}（${COMPUTED}）`, { x: x(last.year) + 4, y: y(last.value) - 10, 'text-anchor': 'end', 'font-size': 11, 'font-weight': 700 }),
  ].join('');
}

// The description is what a screen reader gives for the chart, and it travels with the SVG file: it names the
// compounding reading as the subtitle and key do (review 20: 本站推断 wherever the site computes a path).
function panelDesc(row: GrowthRow): string {
  return `${row.path.map((p) => `${p.year}年${p.shown}${row.unit}`).join('，')}。${row.path[0]!.year}年为规划所列数值，其后各年为${COMPUTED}，按年均增长率逐年连乘推算（本站推断）。`;
}

/** The small multiples for the page: one svg per indicator, so they wrap into columns on a wide screen. */
export function growthPanels(table: GrowthTableData, options: ChartOptions): string[] {
  return growthRows(table).map((row) =>
    svgRoot(`${options.id}-p${row.n}`, PANEL.width, PANEL.height, false, `${row.n}. ${row.name}（${row.unit}），年均增长${formatPublished(row.annualGrowthPercent)}%`, panelDesc(row), panelMarks(row)),
  );
}

export function growthPanelsTitle(table: GrowthTableData): string {
  return `${table.label}图示 ${table.caption}：各指标按年均增长率从${table.years.base}年到${table.years.target}年的路径`;
}

/** 表2 辽宁省知识产权“十四五”规划主要指标: the table as the plan names it, the title of its chart files. */
export const growthFileTitle = (table: GrowthTableData): string => `${table.label} ${table.caption}`;

/** The panels' file is two panels wide: with its title and source it is about as tall as wide. */
export const PANELS_FILE_WIDTH = 2 * PANEL.width;

/**
 * The small multiples as one file: two panels a row, the sixth place holding
 * what the marks mean, the title above and the source beneath.
 */
export function growthPanelsStandalone(table: GrowthTableData, options: ChartOptions): string {
  const rows = growthRows(table);
  const cells = rows.length + 1;
  const frame = chartFrame(PANELS_FILE_WIDTH, Math.ceil(cells / 2) * PANEL.height, {
    title: growthFileTitle(table),
    subtitle: `各指标按年均增长率从${table.years.base}年到${table.years.target}年的路径（${COMPOUNDING}），各在其单位中从零起画。${expectedNote(table)}`,
    source: sourceLine(table),
    pageUrl: options.pageUrl,
  });
  const place = (i: number) => `translate(${(i % 2) * PANEL.width} ${Math.floor(i / 2) * PANEL.height})`;
  const key = el(
    'g',
    { transform: place(rows.length), 'font-size': 12 },
    text('图例', { x: 18, y: 40, 'font-size': 13, 'font-weight': 700 }),
    el('rect', { class: 'c-data-fill', x: 18, y: 56, width: 8, height: 8 }),
    text(`${table.years.base}年：规划所列数值`, { x: 34, y: 64 }),
    el('circle', { class: 'c-hollow', cx: 22, cy: 84, r: 3.5, 'stroke-width': 1.5 }),
    ...wrapText([...`${table.years.base + 1}—${table.years.target}年：${COMPUTED}，按年均增长率逐年连乘推算（本站推断）`], 19).map((l, i) => text(l, { x: 34, y: 88 + i * 17 })),
  );
  return framedRoot(
    options.id,
    PANELS_FILE_WIDTH,
    frame,
    growthPanelsTitle(table),
    `${expectedNote(table)}${rows.map((r) => `${r.name}：${panelDesc(r)}`).join('')}`,
    ...rows.map((row, i) => el('g', { transform: place(i) }, panelMarks(row))),
    key,
  );
}

export interface RateGroup {
  rate: number;
  rows: GrowthRow[];
}

/** Indicators with the same rate have the same index path: one line each, naming them all. */
export function rateGroups(table: GrowthTableData): RateGroup[] {
  const groups = new Map<number, GrowthRow[]>();
  for (const row of growthRows(table)) groups.set(row.annualGrowthPercent, [...(groups.get(row.annualGrowthPercent) ?? []), row]);
  return [...groups].map(([rate, rows]) => ({ rate, rows })).sort((a, b) => b.rate - a.rate);
}

export function growthIndexTitle(table: GrowthTableData): string {
  return `${table.label}图示（指数）：${table.years.base}年 = 100，各指标按年均增长率推算至${table.years.target}年`;
}

function groupLabel(group: RateGroup): string {
  return `年均增长${formatPublished(group.rate)}%`;
}

/** The index view's file: wider than on the page, so that with its title and source it is about as tall as wide. */
export const INDEX_FILE_WIDTH = 540;

export function growthIndexChart(table: GrowthTableData, options: ChartOptions): string {
  // Narrower than chart A so its labels stay readable when a phone shrinks it to 320 px; a file is wider, for an article.
  const width = options.standalone ? INDEX_FILE_WIDTH : 340;
  const groups = rateGroups(table);
  const years = groups[0]!.rows[0]!.path.map((p) => p.year);
  const max = Math.max(...groups.map((g) => g.rows[0]!.path[years.length - 1]!.index));
  const plot = { left: 34, right: width - (options.standalone ? 88 : 72), top: 34, bottom: 210 };
  const x = scaleLinear().domain([years[0]!, years[years.length - 1]!]).range([plot.left + 8, plot.right - 8]);
  const y = scaleLinear().domain([100, max]).nice(4).range([plot.bottom, plot.top]);
  const dashes = [undefined, '6 4', '2 3'];

  const legend: string[] = [];
  let legendY = plot.bottom + 44;
  groups.forEach((group, gi) => {
    const lines = wrapText(group.rows.map((r) => r.name), options.standalone ? (width - 50) / 12 : 24, '、');
    legend.push(
      el('line', { class: 'c-data', x1: 4, x2: 30, y1: legendY - 4, y2: legendY - 4, 'stroke-width': 2, 'stroke-dasharray': dashes[gi % dashes.length] }),
      text(`${groupLabel(group)}（${group.rows.length}项）：`, { x: 36, y: legendY, 'font-size': 12, 'font-weight': 700 }),
      ...lines.map((l, li) => text(l, { x: 36, y: legendY + 17 * (li + 1), 'font-size': 12 })),
    );
    legendY += 17 * (lines.length + 1) + 8;
  });
  const frame = options.standalone
    ? chartFrame(width, legendY - 8, {
        title: `${growthFileTitle(table)}（指数）`,
        subtitle: `${table.years.base}年 = 100，各指标按年均增长率推算至${table.years.target}年（${COMPOUNDING}）。${expectedNote(table)}`,
        source: sourceLine(table),
        pageUrl: options.pageUrl,
      })
    : undefined;

  const marks = groups.map((group, gi) => {
    const path = group.rows[0]!.path;
    const names = group.rows.map((r) => r.name).join('、');
    const d = line<(typeof path)[number]>()
      .x((p) => x(p.year))
      .y((p) => y(p.index))(path)!;
    const last = path[path.length - 1]!;
    return el(
      'g',
      { class: 'chart-series' },
      el('path', { class: 'c-data', d, 'stroke-width': 2, 'stroke-dasharray': dashes[gi % dashes.length] }),
      ...path.map((p) =>
        el(
          'g',
          { class: 'chart-point', 'data-label': `${groupLabel(group)}（${names}） ${p.year}年指数：${p.indexShown}${p.computed ? `（${COMPUTED}）` : ''}` },
          gi % 2 === 0
            ? el('circle', { class: 'c-hollow', cx: x(p.year), cy: y(p.index), r: 3.5, 'stroke-width': 1.5 })
            : el('rect', { class: 'c-hollow', x: x(p.year) - 3.5, y: y(p.index) - 3.5, width: 7, height: 7, 'stroke-width': 1.5 }),
        ),
      ),
      text(last.indexShown, { x: x(last.year) + 8, y: y(last.index) - 2, 'font-size': 12, 'font-weight': 700 }),
      text(groupLabel(group), { x: x(last.year) + 8, y: y(last.index) + 13, 'font-size': 10.5, class: 'c-muted' }),
    );
  });

  const axis = el(
    'g',
    { class: 'chart-axis', 'font-size': 10.5 },
    ...y.ticks(4).map((t) =>
      el(
        'g',
        {},
        el('line', { class: t === 100 ? 'c-axis' : 'c-grid', x1: plot.left, x2: plot.right, y1: y(t), y2: y(t) }),
        text(tick(t), { x: plot.left - 4, y: y(t) + 3.5, 'text-anchor': 'end', class: 'c-muted' }),
      ),
    ),
    ...years.map((yr) => text(String(yr), { x: x(yr), y: plot.bottom + 16, 'text-anchor': 'middle', class: 'c-muted' })),
  );

  const desc = `${expectedNote(table)}${groups
    .map((g) => `${groupLabel(g)}的${g.rows.map((r) => r.name).join('、')}：${g.rows[0]!.path.map((p) => `${p.year}年${p.indexShown}`).join('，')}。`)
    .join('')}指数为${COMPUTED}，${years[1]}—${years[years.length - 1]}年按年均增长率逐年连乘推算（本站推断），保留一位小数。`;

  const drawing = [text(`指数（${years[0]}年 = 100）`, { x: 4, y: 14, 'font-size': 11, class: 'c-muted' }), axis, ...marks, ...legend];
  return frame
    ? framedRoot(options.id, width, frame, growthIndexTitle(table), desc, ...drawing)
    : svgRoot(options.id, width, legendY, false, growthIndexTitle(table), desc, ...drawing);
}
