/**
 * The whole plan at a glance: parts → sections → blocks as a treemap (D3's
 * hierarchy submodule), each cell sized by the block's characters and
 * coloured by its main theme, drawn at build time as an SVG string. The page
 * puts a table of the same figures beside it.
 */
import { hierarchy, treemap, treemapSquarify, type HierarchyRectangularNode } from 'd3-hierarchy';
import { el, escapeXml, text } from '../charts/svg.ts';
import type { BlockTag } from './tagging.ts';

/** Theme fills, light enough for dark text in every reader state; the legend names each, so colour is never alone. */
export const THEME_FILLS: Record<string, string> = {
  保护: '#cfe3f5',
  运用: '#d3edcc',
  服务: '#fde0bf',
  人才: '#e4d6f2',
  国际合作: '#c9ecec',
  文化: '#f7d3dc',
  保障: '#eae1c2',
};
export const NO_THEME = '综述';
export const NO_THEME_FILL = '#e6e6e6';

export interface OverviewBlock {
  id: string;
  place: string;
  href: string;
  chars: number;
  theme: string;
}

export interface OverviewSection {
  title: string;
  blocks: OverviewBlock[];
}

export interface OverviewPart {
  title: string;
  href: string;
  sections: OverviewSection[];
}

/**
 * A block's main theme: the theme whose trigger words occur most often in it
 * (occurrences, not distinct words, so that a theme with one trigger such as
 * 人才 is not outweighed by one with many), the dictionary's order breaking
 * ties; 综述 where it has none.
 */
export function mainTheme(tags: BlockTag[], themeOrder: string[], text: string): string {
  let best: { value: string; score: number } | undefined;
  for (const value of themeOrder) {
    const score = tags
      .filter((t) => t.facet === 'theme' && t.value === value)
      .flatMap((t) => t.triggers)
      .reduce((n, word) => n + text.split(word).length - 1, 0);
    if (score > 0 && (!best || score > best.score)) best = { value, score };
  }
  return best?.value ?? NO_THEME;
}

type Datum = { name: string; href?: string; chars?: number; theme?: string; place?: string; children?: Datum[] };

export const OVERVIEW_SIZE = { width: 960, height: 600 } as const;

export function overviewSvg(parts: OverviewPart[], title: string): string {
  const root = hierarchy<Datum>({
    name: 'plan',
    children: parts.map((p) => ({
      name: p.title,
      href: p.href,
      children: p.sections.map((s) => ({
        name: s.title,
        children: s.blocks.map((b) => ({ name: b.id, href: b.href, chars: b.chars, theme: b.theme, place: b.place })),
      })),
    })),
  })
    // Not sorted by size: the parts keep the plan's order, 前言 first.
    .sum((d) => d.chars ?? 0);
  const { width, height } = OVERVIEW_SIZE;
  // Parts get a label row; sections a thin gap, so a part's sections read as groups.
  treemap<Datum>().tile(treemapSquarify.ratio(1.4)).size([width, height]).paddingOuter(1).paddingInner(1).paddingTop((n) => (n.depth === 1 ? 22 : n.depth === 2 ? 2 : 0)).round(true)(root);
  const laid = root as HierarchyRectangularNode<Datum>;
  const cells = laid.leaves().map((leaf) => {
    const d = leaf.data;
    const w = leaf.x1 - leaf.x0;
    const h = leaf.y1 - leaf.y0;
    return el(
      'a',
      { href: d.href, tabindex: '-1' },
      el('title', {}, escapeXml(`${d.place}：${d.chars}字，主题：${d.theme}`)),
      el('rect', { x: leaf.x0, y: leaf.y0, width: w, height: h, fill: d.theme === NO_THEME ? NO_THEME_FILL : THEME_FILLS[d.theme!] ?? NO_THEME_FILL, stroke: '#ffffff', 'stroke-width': 1 }),
    );
  });
  const labels = (laid.children ?? []).map((part) =>
    el(
      'a',
      { href: part.data.href, tabindex: '-1' },
      el('rect', { x: part.x0, y: part.y0, width: part.x1 - part.x0, height: 22, fill: '#3b4754' }),
      text(shortPart(part.data.name, part.x1 - part.x0), { x: part.x0 + 6, y: part.y0 + 16, fill: '#ffffff', 'font-size': 13 }),
    ),
  );
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, class: 'plan-overview-map', 'aria-hidden': 'true', focusable: 'false' },
    el('title', {}, escapeXml(title)),
    el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    ...cells,
    ...labels,
  );
}

/** A part's label cut to the width of its cell: 三、强化知识产权保护… */
function shortPart(name: string, width: number): string {
  const fits = Math.max(1, Math.floor((width - 12) / 13));
  return [...name].length <= fits ? name : `${[...name].slice(0, Math.max(1, fits - 1)).join('')}…`;
}
