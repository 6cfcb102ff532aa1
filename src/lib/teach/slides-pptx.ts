/**
 * A lesson's slides as a .pptx a teacher can open, edit and project: every
 * word is an editable text box (no picture of text), in 微软雅黑, which every
 * Chinese Windows has, marked zh-CN so that PowerPoint's proofing and line
 * breaking treat it as Chinese. A figure is drawn from the indicator tables
 * through the caller's `figure`, so a slide never carries a typed number that
 * could drift from the table. Each slide's sources sit above its foot, and a
 * last slide gathers them with the licence, so a slide copied out of the deck
 * still says where its facts come from.
 */
import PptxGenJS from 'pptxgenjs';
import { COMPUTED } from '../charts/chart-data.ts';
import { describeAddress } from '../plan/addresses.ts';
import { PLAN_PUBLISHER, PLAN_TITLE, SITE_NAME } from '../site/site.ts';
import type { FigureText } from './figures.ts';
import { LEVELS, type FigureSlot, type Lesson, type Ref, type Slide } from './schema.ts';

export interface DeckOptions {
  /** A slot's figure, drawn from the indicator data (figures.ts's figureText bound to the tables). */
  figure: (slot: FigureSlot) => FigureText;
  /** A ref as one short source line: 规划三（四）第1段 / 《中华人民共和国专利法》第四十二条（核对于2026-12-05）. */
  refText: (ref: Ref) => string;
  /** The line every slide's foot carries: source and licence. */
  footer: string;
  /** The site's address for this lesson's page, or null in a preview build. */
  pageUrl: string | null;
}

/** The title slide, one slide per entry of `lesson.slides`, and the sources slide. */
export function deckSlideCount(lesson: Lesson): number {
  return lesson.slides.length + 2;
}

const FONT = 'Microsoft YaHei';
const LANG = 'zh-CN';
/** Near-black on white (17:1) for text, one dark blue accent (8.6:1 on white), a grey (7:1) for sources and the foot. */
const INK = '1A1A1A';
const ACCENT = '1F4E79';
const MUTED = '595959';
/** The figure's panel: light enough that the accent and the ink keep their contrast on it. */
const PANEL = 'EEF3F8';

/** LAYOUT_WIDE, in inches. */
const W = 13.333;
const MARGIN = 0.6;
const INNER = W - 2 * MARGIN;
const BODY_TOP = 1.6;
const SOURCE_Y = 6.1;
const FOOT_Y = 6.85;

/**
 * One run per paragraph: pptxgenjs 4 writes an <a:pPr> before every run of a paragraph, and PowerPoint asks to
 * repair a paragraph whose properties follow a run (gitbrent/PptxGenJS#1083). A run ends its paragraph with `breakLine`.
 */
type Run = PptxGenJS.TextProps;
type RunOptions = NonNullable<Run['options']>;

/** A run with the deck's font and language: PowerPoint falls back to the theme's font for a run without its own. */
function run(text: string, options: RunOptions = {}): Run {
  return { text, options: { fontFace: FONT, lang: LANG, color: INK, ...options } };
}

/** Box options that every text box shares, so that an empty paragraph PowerPoint adds takes the same font. */
const box = (options: PptxGenJS.TextPropsOptions): PptxGenJS.TextPropsOptions => ({ fontFace: FONT, lang: LANG, color: INK, margin: 0, ...options });

/** The source of a slide's figure, in the form refText gives a plan place: 规划表2第1行. */
const figureSource = (figure: FigureText) => `规划${describeAddress(figure.block)}`;

export async function lessonPptx(lesson: Lesson, options: DeckOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = lesson.title;
  pptx.subject = PLAN_TITLE;
  pptx.author = SITE_NAME;
  pptx.company = SITE_NAME;
  // Notes and any text typed later take the theme's fonts.
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const level = LEVELS[lesson.id];
  const figures = lesson.slides.map((s) => (s.figure ? options.figure(s.figure) : null));
  // Every source the deck cites, in the order the slides first cite it, once each.
  const sources: string[] = [];
  const cite = (line: string) => {
    if (!sources.includes(line)) sources.push(line);
    return line;
  };
  const sourceLines = lesson.slides.map((s, i) => {
    const figure = figures[i];
    // A slide may cite its figure's row again in its refs; the line names each source once.
    return [...new Set([...(figure ? [cite(figureSource(figure))] : []), ...s.refs.map((r) => cite(options.refText(r)))])];
  });

  const addSlide = () => {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addShape('rect', { x: 0, y: 0, w: W, h: 0.12, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
    return slide;
  };
  // Added after a slide's content, so that a screen reader, which follows the order shapes were added, reads it last.
  const foot = (slide: PptxGenJS.Slide) => {
    slide.addText([run(options.footer, { fontSize: 11, color: MUTED })], box({ x: MARGIN, y: FOOT_Y, w: INNER - 1, h: 0.45, valign: 'middle' }));
    slide.slideNumber = { x: W - MARGIN - 0.8, y: FOOT_Y, w: 0.8, h: 0.45, fontFace: FONT, fontSize: 11, color: MUTED, align: 'right' };
  };
  const pageLine = (slide: PptxGenJS.Slide, y: number, fontSize: number): void => {
    if (options.pageUrl === null) return;
    const url = options.pageUrl;
    slide.addText([run(`本课网页：${url}`, { fontSize, color: ACCENT, hyperlink: { url } })], box({ x: MARGIN, y, w: INNER, h: 0.4, valign: 'top' }));
  };

  // The title slide.
  const first = addSlide();
  first.addText([run(lesson.title, { fontSize: 40, bold: true })], box({ x: MARGIN, y: 1.7, w: INNER, h: 1.6, valign: 'bottom', fit: 'shrink' }));
  first.addShape('line', { x: MARGIN, y: 3.5, w: 3, h: 0, line: { color: ACCENT, width: 3 } });
  first.addText([run(`${level.label} · ${level.minutes}分钟`, { fontSize: 24, color: ACCENT, bold: true })], box({ x: MARGIN, y: 3.75, w: INNER, h: 0.6 }));
  first.addText([run(`本站编写 · 依据《${PLAN_TITLE}》`, { fontSize: 18 })], box({ x: MARGIN, y: 4.45, w: INNER, h: 0.5 }));
  pageLine(first, 5.15, 14);
  foot(first);

  lesson.slides.forEach((s, i) => {
    const slide = addSlide();
    contentSlide(slide, s, figures[i] ?? null, sourceLines[i] ?? []);
    foot(slide);
    if (s.notes) slide.addNotes(s.notes);
  });

  // 来源与许可: every source the slides cite, then where the plan and the deck come from.
  const last = addSlide();
  heading(last, '来源与许可');
  const [fontSize, columns] = sources.length <= 10 ? [16, 1] : sources.length <= 20 ? [14, 2] : [11, 2];
  const perColumn = Math.ceil(sources.length / columns);
  for (let c = 0; c < columns; c++) {
    const slice = sources.slice(c * perColumn, (c + 1) * perColumn);
    if (slice.length === 0) continue;
    const columnW = (INNER - 0.3 * (columns - 1)) / columns;
    last.addText(
      slice.map((line, k) => run(`${c * perColumn + k + 1}. ${line}`, { fontSize, breakLine: true, paraSpaceAfter: 4 })),
      box({ x: MARGIN + c * (columnW + 0.3), y: BODY_TOP, w: columnW, h: 3.8, valign: 'top', fit: 'shrink' }),
    );
  }
  const about = [
    `规划原文：《${PLAN_TITLE}》，${PLAN_PUBLISHER}发布。课件文字为本站编写。`,
    ...(figures.some((f) => f?.lines.some((l) => l.includes(COMPUTED))) ? [`标“${COMPUTED}”的数字由本站据规划表格计算，不是规划原文。`] : []),
  ];
  last.addText(
    about.map((line) => run(line, { fontSize: 13, color: MUTED, breakLine: true })),
    box({ x: MARGIN, y: 5.5, w: INNER, h: 0.8, valign: 'top' }),
  );
  pageLine(last, 6.3, 13);
  foot(last);

  // pptxgenjs 4 honours `compression` only for 'STREAM' (a Node Buffer): with 'uint8array' it stores every
  // part uncompressed, which makes a deck of a few slides some 130 KB instead of a few dozen.
  const out = await pptx.write({ outputType: 'STREAM', compression: true });
  if (!(out instanceof Uint8Array)) throw new Error('pptxgenjs did not return the deck as bytes');
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function heading(slide: PptxGenJS.Slide, title: string): void {
  slide.addText([run(title, { fontSize: 30, bold: true })], box({ x: MARGIN, y: 0.35, w: INNER, h: 0.95, valign: 'bottom', fit: 'shrink' }));
  slide.addShape('line', { x: MARGIN, y: 1.38, w: INNER, h: 0, line: { color: ACCENT, width: 1.5 } });
}

function contentSlide(slide: PptxGenJS.Slide, s: Slide, figure: FigureText | null, sources: string[]): void {
  heading(slide, s.title);
  const bodyH = SOURCE_Y - BODY_TOP - 0.15;
  const pointsW = figure ? (s.points.length > 0 ? 6.3 : 0) : INNER;
  if (s.points.length > 0) {
    const fontSize = figure || s.points.length > 4 ? 20 : 24;
    slide.addText(
      s.points.map((p) => run(p, { fontSize, bullet: { indent: 22 }, breakLine: true, paraSpaceAfter: 10 })),
      box({ x: MARGIN, y: BODY_TOP, w: pointsW, h: bodyH, valign: 'top', fit: 'shrink' }),
    );
  }
  if (figure) {
    const x = pointsW > 0 ? MARGIN + pointsW + 0.3 : MARGIN;
    const w = W - MARGIN - x;
    slide.addShape('rect', { x, y: BODY_TOP, w, h: bodyH, fill: { color: PANEL }, line: { color: PANEL, width: 0 } });
    const pad = 0.3;
    slide.addText([run(figure.title, { fontSize: 16, bold: true })], box({ x: x + pad, y: BODY_TOP + 0.2, w: w - 2 * pad, h: 0.7, valign: 'top' }));
    const { value, unit, year } = figure.headline;
    slide.addText(
      [run(value, { fontSize: 66, bold: true, color: ACCENT, breakLine: true }), run(`单位：${unit} · ${year}年`, { fontSize: 18 })],
      box({ x: x + pad, y: BODY_TOP + 0.9, w: w - 2 * pad, h: 1.6, valign: 'top' }),
    );
    slide.addText(
      figure.lines.map((line) => run(line, { fontSize: 16, breakLine: true, paraSpaceAfter: 4 })),
      box({ x: x + pad, y: BODY_TOP + 2.6, w: w - 2 * pad, h: bodyH - 2.8, valign: 'top', fit: 'shrink' }),
    );
  }
  if (sources.length > 0) {
    slide.addText([run(`来源：${sources.join('；')}`, { fontSize: 12, color: MUTED })], box({ x: MARGIN, y: SOURCE_Y, w: INNER, h: 0.65, valign: 'bottom', fit: 'shrink' }));
  }
}
