/**
 * The plan's search (src/lib/search/plan-search.ts) behind the interface of
 * Pagefind's JavaScript API, so that Pagefind's Component UI shows its
 * results unchanged: search() → results with data(), filters(). The index,
 * one JSON file, is fetched on the first search and kept.
 */
import { withBase } from '../lib/site/urls.ts';
import { excerptHtml } from '../lib/search/excerpt.ts';
import { readPlanIndex, searchPlan, type PlanIndexFile, type SearchBlock, type SearchHit } from '../lib/search/plan-search.ts';
import type { ScriptFold } from '../lib/search/query.ts';
import { KIND_FILTER, PART_FILTER } from '../lib/search/search-records.ts';

export interface ResultData {
  url: string;
  raw_url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  word_count: number;
  sub_results: never[];
  locations: number[];
  weighted_locations: never[];
  anchors: never[];
}

export interface ApiResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<ResultData>;
}

type FilterCounts = Record<string, Record<string, number>>;

export interface SearchResponse {
  results: ApiResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
  timings: { search: number; total: number };
}

export interface PlanSearchApi {
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
  preload(): Promise<void>;
  options(): Promise<void>;
  /** The index's Traditional → Simplified folding, in the 繁體 edition (query.ts). */
  script?: ScriptFold | undefined;
}

/** A filter value as the Component UI or our selects pass it: "x", ["x"] or { any: ["x"] }. */
function firstValue(value: unknown): string | null {
  if (typeof value === 'string') return value || null;
  if (Array.isArray(value)) return firstValue(value[0]);
  if (value && typeof value === 'object' && 'any' in value) return firstValue((value as { any: unknown }).any);
  return null;
}

function counts(blocks: ReadonlyArray<Pick<SearchBlock, 'part' | 'kind'>>): FilterCounts {
  const result: FilterCounts = { [PART_FILTER]: {}, [KIND_FILTER]: {} };
  for (const b of blocks) {
    result[PART_FILTER]![b.part] = (result[PART_FILTER]![b.part] ?? 0) + 1;
    result[KIND_FILTER]![b.kind] = (result[KIND_FILTER]![b.kind] ?? 0) + 1;
  }
  return result;
}

export function resultData(hit: SearchHit, base: string): ResultData {
  const { block } = hit;
  const params = new URLSearchParams(hit.highlight.map((h) => ['highlight', h]));
  const address = withBase(base, block.path);
  const meta: Record<string, string> = { title: hit.block.title, part: block.part, id: block.id };
  if (block.section) meta.section = block.section;
  if (hit.reason) meta.reason = hit.reason;
  return {
    url: `${address}${params.size ? `?${params}` : ''}#${block.id}`,
    raw_url: `${address}#${block.id}`,
    content: block.text,
    excerpt: excerptHtml(block.text, hit.spans),
    meta,
    filters: { [PART_FILTER]: [block.part], [KIND_FILTER]: [block.kind] },
    word_count: block.text.length,
    sub_results: [],
    locations: hit.spans.map(([start]) => start),
    weighted_locations: [],
    anchors: [],
  };
}

export function createPlanSearchApi(blocks: SearchBlock[], base: string): PlanSearchApi {
  const all = counts(blocks);
  return {
    async search(term, options = {}) {
      const started = performance.now();
      const filters = options.filters ?? {};
      const outcome = searchPlan(blocks, term ?? '', { part: firstValue(filters[PART_FILTER]), kind: firstValue(filters[KIND_FILTER]) });
      const total = outcome.hits.length;
      const results = outcome.hits.map((hit, i) => ({
        id: hit.block.id,
        score: total - i,
        words: hit.spans.map(([start]) => start),
        data: async () => resultData(hit, base),
      }));
      const elapsed = performance.now() - started;
      return {
        results,
        unfilteredResultCount: outcome.unfiltered.length,
        filters: counts(outcome.hits.map((h) => h.block)),
        totalFilters: counts(outcome.unfiltered.map((h) => h.block)),
        timings: { search: elapsed, total: elapsed },
      };
    },
    filters: async () => all,
    preload: async () => {},
    options: async () => {},
    script: blocks[0]?.script,
  };
}

const loaded = new Map<string, Promise<PlanSearchApi>>();

/** The search API for the site at `base` in the page's edition, its index fetched once. */
export function planSearchApi(base: string): Promise<PlanSearchApi> {
  let api = loaded.get(base);
  if (!api) {
    // The 繁體中文 edition (lang zh-Hant, src/build/hant-edition.ts) has its own index, whose results stay in it.
    const edition = document.documentElement.lang === 'zh-Hant' ? '/zh-hant' : '';
    api = fetch(withBase(base, `${edition}/pagefind/plan-index.json`))
      .then((response) => {
        if (!response.ok) throw new Error(`搜索索引加载失败（${response.status}）`);
        return response.json() as Promise<PlanIndexFile>;
      })
      .then((file) => createPlanSearchApi(readPlanIndex(file), base));
    api.catch(() => loaded.delete(base));
    loaded.set(base, api);
  }
  return api;
}
