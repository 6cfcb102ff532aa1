/**
 * Search over the plan's own text, one result per block (paragraph, column
 * item, heading, table row).
 *
 * Why not Pagefind's engine: it cuts Chinese into words with its own
 * dictionary at index time, and the browser cuts the query with another, so
 * a phrase copied from the plan could miss its own paragraph (303 of 8,224
 * copied runs did), and results could lack the words sought. Its first query
 * also costs over 100 KB (wasm, worker, a 30 KB index chunk). The whole plan
 * is 13,000 characters: the text itself, about 15 KB gzipped, is a smaller
 * index than Pagefind's, and a substring search over it is exact and takes
 * well under a millisecond. Pagefind's Component UI still shows the results
 * (see src/client/plan-search-api.ts).
 */
import { describeAddress } from '../plan/addresses.ts';
import type { PlanBlockEntry } from '../plan/plan-blocks.ts';
import { foldText, MAX_QUERY_LENGTH, normaliseQuery, type NormalisedQuery, type ScriptFold } from './query.ts';
import { echoInput } from '../site/echo.ts';
import type { Span } from './excerpt.ts';
import { KIND_LABELS, type KindLabel } from './search-records.ts';

/** The file the browser loads, written by src/build/search-index.ts. */
export interface PlanIndexFile {
  parts: string[];
  sections: string[];
  /** id, path, kind label, part index, section index (-1: none), title, text */
  blocks: Array<[string, string, KindLabel, number, number, string, string]>;
  /** Traditional → Simplified for the plan's characters (see query.ts), added by src/build/hant-edition.ts. */
  script?: Record<string, string>;
}

export interface SearchBlock {
  id: string;
  path: string;
  kind: KindLabel;
  part: string;
  section: string | null;
  /** As cited: 三(二)第4段. */
  place: string;
  /** The result's heading: the place, with a heading's or column's own words. */
  title: string;
  text: string;
  /** `text` folded (see query.ts), offset for offset. */
  folded: string;
  /** The index's script folding, for the query: the same for every block. */
  script?: ScriptFold;
}

/** The result's heading. A heading's place (三（二）) and text (（二）加强…) share the section label: keep it once. */
function titleOf(block: PlanBlockEntry): string {
  if (block.kind === 'heading') return `${block.place.replace(/[（(].[）)]$/, '')}${block.text}`;
  if (block.kind === 'column') return `${block.place} ${block.text}`;
  return block.place;
}

export function planIndexFile(blocks: readonly PlanBlockEntry[]): PlanIndexFile {
  const parts = [...new Set(blocks.map((b) => b.part))];
  const sections = [...new Set(blocks.flatMap((b) => (b.section ? [b.section] : [])))];
  return {
    parts,
    sections,
    blocks: blocks.map((b) => [
      b.id,
      b.path,
      KIND_LABELS[b.kind],
      parts.indexOf(b.part),
      b.section ? sections.indexOf(b.section) : -1,
      titleOf(b),
      b.text,
    ]),
  };
}

export function readPlanIndex(file: PlanIndexFile): SearchBlock[] {
  return file.blocks.map(([id, path, kind, part, section, title, text]) => ({
    id,
    path,
    kind,
    part: file.parts[part]!,
    section: section >= 0 ? file.sections[section]! : null,
    place: describeAddress(id),
    title,
    text,
    folded: foldText(text, file.script),
    script: file.script,
  }));
}

export interface SearchHit {
  block: SearchBlock;
  /** Where the words sought stand in the block's text, to mark them. */
  spans: Span[];
  /** The words as printed in the block (PCT for pct), for marking the page reached. */
  highlight: string[];
  /** Why a block that does not hold the query as typed is listed; null when it does. */
  reason: string | null;
}

export interface SearchFilters {
  part?: string | null;
  kind?: string | null;
}

function occurrences(folded: string, term: string): Span[] {
  const spans: Span[] = [];
  if (!term) return spans;
  for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) spans.push([at, at + term.length]);
  return spans;
}

/** Every term found in the block, or null. */
function matchAll(block: SearchBlock, terms: readonly string[]): Span[][] | null {
  const found: Span[][] = [];
  for (const term of terms) {
    const spans = occurrences(block.folded, term);
    if (spans.length === 0) return null;
    found.push(spans);
  }
  return found;
}

const printed = (block: SearchBlock, found: Span[][]) => [...new Set(found.map((spans) => block.text.slice(spans[0]![0], spans[0]![1])))];

/**
 * Text matches, best first: more occurrences of the words sought, then the
 * shorter block (a heading that is the phrase before a paragraph that
 * mentions it), then reading order.
 */
function ranked(blocks: readonly SearchBlock[], terms: readonly string[], reason: string | null): SearchHit[] {
  const hits: Array<SearchHit & { count: number; order: number }> = [];
  blocks.forEach((block, order) => {
    const found = matchAll(block, terms);
    if (!found) return;
    const spans = found.flat();
    hits.push({ block, spans, highlight: printed(block, found), reason, count: spans.length, order });
  });
  hits.sort((a, b) => b.count - a.count || a.block.text.length - b.block.text.length || a.order - b.order);
  return hits.map(({ block, spans, highlight, reason: why }) => ({ block, spans, highlight, reason: why }));
}

/**
 * A query that names a place (专栏3, 表2, 三(二), 三(二)第3段, 前言第1段):
 * the place itself, then what it holds, in reading order.
 */
function placeHits(blocks: readonly SearchBlock[], query: NormalisedQuery): SearchHit[] {
  const asked = query.text.replace(/ /g, '');
  const place = blocks.find((b) => foldText(b.place, b.script) === asked);
  if (!place) return [];
  const within = blocks.filter((b) => {
    const p = foldText(b.place, b.script);
    return p !== asked && p.startsWith(asked) && /^[(第]/.test(p.slice(asked.length));
  });
  return [
    { block: place, spans: [], highlight: [], reason: `${place.place}：按位置找到` },
    ...within.map((block) => ({ block, spans: [], highlight: [], reason: `位于${place.place}` })),
  ];
}

let segmenter: Intl.Segmenter | undefined;
function words(term: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
}

export interface SearchOutcome {
  query: NormalisedQuery;
  /** Every hit, filters ignored (for the counts per filter value). */
  unfiltered: SearchHit[];
  hits: SearchHit[];
}

export function searchPlan(blocks: readonly SearchBlock[], raw: string, filters: SearchFilters = {}): SearchOutcome {
  const query = normaliseQuery(raw, blocks[0]?.script);
  let all: SearchHit[] = [];
  if (query.text) {
    const places = placeHits(blocks, query);
    let text = ranked(blocks, query.terms, null);
    if (text.length === 0 && places.length === 0) {
      // Not found as typed: look for its words apart, and say so on each result.
      const parts = [...new Set(query.terms.flatMap(words))];
      if (parts.length > 1) {
        // The reason quotes the reader's query: controls in it shown, not obeyed (src/lib/site/echo.ts).
        const listed = parts.map((w) => `“${echoInput(w, MAX_QUERY_LENGTH)}”`).join('');
        text = ranked(blocks, parts, `没有完整的“${echoInput(query.text, MAX_QUERY_LENGTH)}”，此段含${listed}`);
      }
    }
    const placed = new Set(places.map((h) => h.block.id));
    all = [...places, ...text.filter((h) => !placed.has(h.block.id))];
  }
  const hits = all.filter((h) => (!filters.part || h.block.part === filters.part) && (!filters.kind || h.block.kind === filters.kind));
  return { query, unfiltered: all, hits };
}
