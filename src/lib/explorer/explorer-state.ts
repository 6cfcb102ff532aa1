/**
 * The explorer's state as it lives in the URL (?place=大连&ip=商标&q=…), and
 * the filtering that state means: one value per facet, facets combined with
 * AND, the words of q all found in the block. Shared by the page's script and
 * the tests, so the two cannot drift apart.
 */
import { FACET_IDS, FACET_LABELS, QUERY_PARAM, type FacetId } from './facets.ts';
import { echoInput } from '../site/echo.ts';

export type Selection = Partial<Record<FacetId, string>>;

export interface ExplorerState {
  selection: Selection;
  /** The free text, trimmed; empty when there is none. */
  query: string;
}

/** The values a block has on each facet. */
export type BlockFacets = Partial<Record<FacetId, readonly string[]>>;

export interface ParsedState {
  state: ExplorerState;
  /** Parameters whose value is not one the facet has, each as a sentence for the reader. */
  unknown: string[];
}

/** Longest a query may be: a reader pasting a whole paragraph still gets a result, a runaway URL does not. */
const MAX_QUERY = 200;

/** Reads a query string; an unknown value is reported and dropped, so the reader sees the rest, not an empty page. */
export function parseState(search: string, known: Record<FacetId, ReadonlySet<string>>): ParsedState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  const unknown: string[] = [];
  for (const facet of FACET_IDS) {
    const value = params.get(facet);
    if (value === null || value === '') continue;
    if (known[facet].has(value)) selection[facet] = value;
    else unknown.push(`网址中的“${facet}=${echoInput(value)}”不是“${FACET_LABELS[facet]}”中的选项，已不按它筛选。`);
  }
  const query = (params.get(QUERY_PARAM) ?? '').trim().slice(0, MAX_QUERY);
  return { state: { selection, query }, unknown };
}

/** The query string for a state, facets in their fixed order, so one state has one address. */
export function stateToSearch(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const facet of FACET_IDS) {
    const value = state.selection[facet];
    if (value) params.set(facet, value);
  }
  if (state.query) params.set(QUERY_PARAM, state.query);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a block passes every chosen facet and holds every word of the query. */
export function blockMatches(facets: BlockFacets, text: string, state: ExplorerState, except?: FacetId): boolean {
  for (const facet of FACET_IDS) {
    if (facet === except) continue;
    const chosen = state.selection[facet];
    if (chosen && !(facets[facet] ?? []).includes(chosen)) return false;
  }
  return queryWords(state.query).every((word) => text.includes(word));
}

export function queryWords(query: string): string[] {
  return query.split(/[\s\u3000]+/).filter(Boolean);
}

/**
 * For each facet, how many blocks each value would leave if chosen with the
 * rest of the state: the usual faceted count, which ignores the facet's own
 * choice so that the other values stay reachable. One pass per block: a block
 * counts under a facet when no other chosen facet fails it. (It runs on every
 * change, on a phone, within a frame's budget.)
 */
export function facetCounts(blocks: Array<{ facets: BlockFacets; text: string }>, state: ExplorerState): Record<FacetId, Map<string, number>> {
  const counts = Object.fromEntries(FACET_IDS.map((f) => [f, new Map<string, number>()])) as Record<FacetId, Map<string, number>>;
  const words = queryWords(state.query);
  const chosen = FACET_IDS.filter((f) => state.selection[f]);
  for (const block of blocks) {
    if (!words.every((word) => block.text.includes(word))) continue;
    const failing = chosen.filter((f) => !(block.facets[f] ?? []).includes(state.selection[f]!));
    if (failing.length > 1) continue;
    for (const facet of failing.length === 1 ? failing : FACET_IDS) {
      for (const value of block.facets[facet] ?? []) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
    }
  }
  return counts;
}
