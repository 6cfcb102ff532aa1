/**
 * The image a link to the site shows when shared (Open Graph, 1200 × 630):
 * the plan's title, the part's heading and the source, drawn as SVG at build
 * time and turned into PNG; no outside service.
 */
import { PNG_FONT } from '../charts/rasterise.ts';
import { el, text, wrapText } from '../charts/svg.ts';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

export interface ShareCard {
  /** The line that names the page: 三、强化知识产权保护，促进经济高质量发展. */
  heading: string;
  planTitle: string;
  siteName: string;
  source: string;
}

export function shareCardSvg(card: ShareCard): string {
  const headingLines = wrapText([...card.heading], 17).slice(0, 3);
  const headingSize = 60;
  const top = 250;
  return el(
    'svg',
    // One Chinese font for every glyph, digits and full-width marks included, as on the pages.
    { xmlns: 'http://www.w3.org/2000/svg', width: SHARE_WIDTH, height: SHARE_HEIGHT, viewBox: `0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}`, 'font-family': PNG_FONT },
    el('rect', { width: SHARE_WIDTH, height: SHARE_HEIGHT, fill: '#fdfcf9' }),
    el('rect', { width: 24, height: SHARE_HEIGHT, fill: '#8f1d1d' }),
    text(card.planTitle, { x: 90, y: 130, 'font-size': 44, 'font-weight': 700, fill: '#8f1d1d' }),
    ...headingLines.map((line, i) => text(line, { x: 90, y: top + i * (headingSize + 20), 'font-size': headingSize, 'font-weight': 700, fill: '#1c1b19' })),
    el('line', { x1: 90, x2: SHARE_WIDTH - 90, y1: 520, y2: 520, stroke: '#d9d3c7', 'stroke-width': 2 }),
    text(card.source, { x: 90, y: 570, 'font-size': 30, fill: '#57534b' }),
    text(card.siteName, { x: SHARE_WIDTH - 90, y: 570, 'font-size': 30, fill: '#57534b', 'text-anchor': 'end' }),
  );
}
