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

/** A section's words without its label: （二）加强知识产权源头保护 → 加强知识产权源头保护. */
const sectionWords = (section: string) => section.replace(/^[（(][一二三四五六七八九十]+[）)]/, '');

/**
 * The result's heading, in words a reader recognises before the place: a
 * heading's own words (its place and text share the section label: kept
 * once), a column's number and name, and for a paragraph, item or row the
 * words of the section it stands in, then its place (加强知识产权源头保护 ·
 * 三（二）第3段). Before any section, the part's place alone.
 */
function titleOf(block: PlanBlockEntry, columnTitle: (id: string) => string | undefined): string {
  if (block.kind === 'heading') return `${block.place.replace(/[（(].[）)]$/, '')}${block.text}`;
  if (block.kind === 'column') return `${block.place} ${block.text}`;
  const column = block.kind === 'column-item' ? columnTitle(block.id.replace(/-i\d+$/, '')) : undefined;
  const words = column ?? (block.section ? sectionWords(block.section) : undefined);
  return words ? `${words} · ${block.place}` : block.place;
}

export function planIndexFile(blocks: readonly PlanBlockEntry[]): PlanIndexFile {
  const parts = [...new Set(blocks.map((b) => b.part))];
  const sections = [...new Set(blocks.flatMap((b) => (b.section ? [b.section] : [])))];
  const columnTitle = (id: string) => blocks.find((b) => b.id === id && b.kind === 'column')?.text;
  return {
    parts,
    sections,
    blocks: blocks.map((b) => [
      b.id,
      b.path,
      KIND_LABELS[b.kind],
      parts.indexOf(b.part),
      b.section ? sections.indexOf(b.section) : -1,
      titleOf(b, columnTitle),
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

/**
 * Words that ask rather than name (商标侵权怎么办, 如何申请专利): dropped
 * when a question finds nothing as typed, since the plan never writes them
 * where it answers.
 */
export const QUESTION_WORDS = ['怎么办', '怎么样', '怎么', '怎样', '如何', '为什么', '是什么', '什么', '哪些', '哪个', '哪里', '有没有', '是否', '能否', '可以', '请问', '吗', '呢', '吧', '啊'];
const QUESTION = new RegExp(QUESTION_WORDS.join('|'), 'g');
/** Single characters too common to search for alone once a question is cut into words. */
const FUNCTION_CHARACTERS = new Set(['的', '了', '和', '与', '及', '在', '是', '有', '要', '对', '把', '被', '我', '我们', '你']);

/**
 * A term's words, with runs of single characters joined: the segmenter cuts
 * a word it does not know (驰名) into characters, which then stands as the
 * word it is, to be found or reported missing whole.
 */
function joinedWords(term: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const word of words(term)) {
    if ([...word].length === 1 && !FUNCTION_CHARACTERS.has(word)) {
      run += word;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(word);
  }
  if (run) out.push(run);
  return out;
}

/** The query's terms without their question words, and those words, each once. */
export function withoutQuestionWords(terms: readonly string[]): { asked: string[]; dropped: string[] } {
  return {
    asked: terms.map((t) => t.replace(QUESTION, '')).filter(Boolean),
    dropped: [...new Set(terms.flatMap((t) => t.match(QUESTION) ?? []))],
  };
}

/**
 * The words of a question worth looking for, in order, each once: a piece
 * the plan writes (小微企业) stays whole, any other is cut into its words.
 */
export function questionWords(terms: readonly string[], inPlan: (piece: string) => boolean = () => false): { words: string[]; dropped: string[] } {
  const { dropped } = withoutQuestionWords(terms);
  const pieces = terms.flatMap((t) => t.split(QUESTION)).filter(Boolean);
  const all = [...new Set(pieces.flatMap((piece) => (inPlan(piece) ? [piece] : joinedWords(piece))))].filter((w) => !FUNCTION_CHARACTERS.has(w));
  // A single character (小, 化) counts only when the question has nothing longer.
  const long = all.filter((w) => [...w].length > 1);
  return { words: long.length > 0 ? long : all, dropped };
}

// Words of the reader's query, quoted: controls in them shown, not obeyed (src/lib/site/echo.ts).
const quoted = (list: readonly string[]) => list.map((w) => `“${echoInput(w, MAX_QUERY_LENGTH)}”`).join('');

/**
 * Not found as typed: blocks holding any of the question's words, those
 * holding more of them first, each saying what it holds and what it lacks,
 * and which words the plan never writes at all.
 */
function partialHits(blocks: readonly SearchBlock[], query: NormalisedQuery): SearchHit[] {
  const inPlan = (piece: string) => blocks.some((b) => b.folded.includes(piece));
  const { words: sought, dropped } = questionWords(query.terms, inPlan);
  if (sought.length === 0) return [];
  const nowhere = sought.filter((w) => !inPlan(w));
  const hits: Array<SearchHit & { held: number; count: number; order: number }> = [];
  blocks.forEach((block, order) => {
    const found = sought.map((w) => occurrences(block.folded, w));
    const held = sought.filter((_, i) => found[i]!.length > 0);
    if (held.length === 0) return;
    const lacking = sought.filter((_, i) => found[i]!.length === 0);
    const notes = [
      query.terms.length > 1 ? `没有同时含${quoted(query.terms)}的段落，此段含${quoted(held)}` : `没有完整的“${echoInput(query.text, MAX_QUERY_LENGTH)}”，此段含${quoted(held)}`,
      lacking.length > 0 ? `缺少：${quoted(lacking)}` : '',
      nowhere.length > 0 ? `规划中没有${quoted(nowhere)}一词` : '',
      dropped.length > 0 ? `已略去问句用语${quoted(dropped)}` : '',
    ].filter(Boolean);
    const spans = found.flat();
    hits.push({
      block,
      spans,
      highlight: printed(block, found.filter((f) => f.length > 0)),
      reason: notes.join('；'),
      held: held.reduce((sum, w) => sum + [...w].length, 0),
      count: spans.length,
      order,
    });
  });
  hits.sort((a, b) => b.held - a.held || b.count - a.count || a.block.text.length - b.block.text.length || a.order - b.order);
  return hits.map(({ block, spans, highlight, reason }) => ({ block, spans, highlight, reason }));
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
    // Exactness first: a phrase copied from the plan, or every term of the query, in one block.
    let text = ranked(blocks, query.terms, null);
    if (text.length === 0 && places.length === 0) {
      // A question (专利导航怎么办): what it asks about, as a phrase, before its words apart.
      const { asked, dropped } = withoutQuestionWords(query.terms);
      if (dropped.length > 0 && asked.length > 0) text = ranked(blocks, asked, `已略去问句用语${quoted(dropped)}，此段含${quoted(asked)}`);
      if (text.length === 0) text = partialHits(blocks, query);
    }
    const placed = new Set(places.map((h) => h.block.id));
    all = [...places, ...text.filter((h) => !placed.has(h.block.id))];
  }
  const hits = all.filter((h) => (!filters.part || h.block.part === filters.part) && (!filters.kind || h.block.kind === filters.kind));
  return { query, unfiltered: all, hits };
}
