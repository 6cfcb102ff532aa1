/**
 * The second group of search results: the site's own pages (glossary,
 * documents, checks, teaching pages …), found by Pagefind's engine over an
 * index of those pages alone. The plan's text stays with the block matcher
 * (plan-search.ts): a page that presents the plan's blocks is not indexed,
 * so no paragraph of the plan is found twice.
 */
import { withoutQuestionWords } from './plan-search.ts';
import { foldText, normaliseQuery } from './query.ts';

/**
 * Pages not indexed besides the part pages (whose routes come from the
 * plan's blocks): the whole plan on one page, the columns copied word for
 * word, the plan's two tables, and the search page and 404, which hold no
 * content of their own.
 */
export const PLAN_COPY_ROUTES = ['full/', 'columns/', 'indicators/', 'search/'] as const;

/**
 * What Pagefind indexes of a page: its main content, without what repeats on
 * every page or is no text, and without the explorer's list of the plan's
 * paragraphs (each quoted whole: the plan's text, which the block matcher finds).
 */
export const SITE_ROOT_SELECTOR = 'main';
export const SITE_EXCLUDE_SELECTORS = ['nav', 'template', 'svg', 'button', '[aria-hidden="true"]', '.explore-results blockquote'];

/** The heading of the second group. */
export const SITE_GROUP_LABEL = '本站其他页面';
/** At most this many pages are listed: the group follows the plan's results and should not bury them. */
export const SITE_GROUP_MAX = 8;
/** How many of Pagefind's results are read (each a fragment fetched) to find those that hold the query as written. */
export const SITE_RESULTS_READ = 8;

/**
 * The built pages (paths relative to the edition's folder, such as
 * glossary/index.html) that the site index takes: every page but 404, the
 * part pages (planRoutes, such as '' and 'protection/') and PLAN_COPY_ROUTES.
 */
export function siteSearchPages(files: readonly string[], planRoutes: ReadonlySet<string>): string[] {
  const skip = new Set<string>([...planRoutes, ...PLAN_COPY_ROUTES]);
  return files
    .filter((file) => file.endsWith('index.html'))
    .filter((file) => !skip.has(routeOf(file)))
    .sort();
}

/** 'glossary/index.html' → 'glossary/'; 'index.html' → ''. */
export function routeOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * What Pagefind is asked for a reader's query: normalised as the plan's search
 * normalises it, and without question words (商标侵权怎么办 → 商标侵权), since
 * Pagefind lists only pages that hold every word. Empty when nothing is left.
 */
export function siteQuery(raw: string): string {
  return withoutQuestionWords(normaliseQuery(raw).terms).asked.join(' ');
}

/** One result of the group: the page's title, and the heading it is found under when Pagefind gives one. */
export interface SitePageResult {
  url: string;
  title: string;
  heading: string | null;
  excerpt: string;
  /** The page's title or that heading holds every word sought: a page about the term, listed first. */
  named: boolean;
}

/** The parts of Pagefind's result data the group reads (pagefind.js, data()). */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string; locations?: number[]; anchor?: { id?: string } }>;
}

/** Text as the group compares it: folded as the plan's search folds (PCT = pct), without the zero-width spaces Pagefind puts between words. */
const comparable = (text: string) => foldText(text.replace(/\u200b/g, ''));

/** Whether a text holds every term of a site query. */
function holdsAll(text: string, terms: readonly string[]): boolean {
  const folded = comparable(text);
  return terms.every((term) => folded.includes(term));
}

/**
 * A Pagefind result as the group lists it, or null when the page does not
 * hold every term as written (Pagefind, cutting Chinese into words, also
 * lists pages with only some of them: 驰名商标 would list every page with
 * 商标). Linked to the heading (or titled anchor, such as a glossary entry)
 * whose title holds the query, else to the one with the most matches, else
 * to the page.
 */
export function sitePageResult(data: PagefindResultData, query: string): SitePageResult | null {
  const terms = query.split(' ').filter(Boolean);
  if (!holdsAll(data.content, terms)) return null;
  const title = data.meta.title?.trim() || data.url;
  const subs = (data.sub_results ?? []).filter((s) => s.anchor?.id && s.url.includes('#') && s.title.trim() !== title);
  const sub =
    subs.find((s) => holdsAll(s.title, terms)) ??
    subs.reduce<(typeof subs)[number] | undefined>((best, s) => ((s.locations?.length ?? 0) > (best?.locations?.length ?? 0) ? s : best), undefined);
  const named = holdsAll(title, terms) || (sub ? holdsAll(sub.title, terms) : false);
  return sub ? { url: sub.url, title, heading: sub.title.trim(), excerpt: sub.excerpt, named } : { url: data.url, title, heading: null, excerpt: data.excerpt, named };
}

/** The group's order: pages named by the query first, then Pagefind's order, each address once; at most SITE_GROUP_MAX. */
export function siteGroup(results: ReadonlyArray<SitePageResult | null>): SitePageResult[] {
  const seen = new Set<string>();
  const kept = results.filter((r): r is SitePageResult => {
    if (r === null || seen.has(r.url)) return false;
    seen.add(r.url);
    return true;
  });
  return [...kept.filter((r) => r.named), ...kept.filter((r) => !r.named)].slice(0, SITE_GROUP_MAX);
}

/**
 * Pagefind's excerpt as text and marked runs: it is HTML whose only elements
 * are <mark>, and its text is escaped; split here so the browser builds text
 * nodes, never parsing the excerpt as markup.
 */
export function excerptParts(excerpt: string): Array<{ text: string; marked: boolean }> {
  const decode = (s: string) =>
    s.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) => {
      const name = e.toLowerCase();
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name]!;
    });
  const parts: Array<{ text: string; marked: boolean }> = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      // Any other tag is dropped: text only.
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}
