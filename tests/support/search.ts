/**
 * Searching the built site in Chromium, through the search the pages use
 * (`<site-search>`'s planSearch(), Pagefind-shaped results).
 */
import type { Page } from 'playwright-core';

export interface Hit {
  id: string;
  title: string;
  url: string;
  excerpt: string;
  reason: string | null;
}

/* A string, so that Vitest leaves the page's own dynamic imports alone. */
const SEARCH_IN_PAGE = `async ({ query, count }) => {
  const api = await document.querySelector('site-search').planSearch();
  const search = await api.search(query);
  const data = await Promise.all(search.results.slice(0, count).map((r) => r.data()));
  return data.map((d) => ({ id: d.meta.id, title: d.meta.title, url: d.url, excerpt: d.excerpt, reason: d.meta.reason ?? null }));
}`;

/** The top results for a query: each result is one block of the plan. */
export async function topHits(page: Page, query: string, count = 3): Promise<Hit[]> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify({ query, count })})`) as Promise<Hit[]>;
}
