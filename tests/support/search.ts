/** Running searches against the built index in Chromium, with Pagefind's own JavaScript API. */
import type { Page } from 'playwright-core';

export interface Hit {
  id: string;
  title: string;
  url: string;
}

/*
 * Written as a string: Vitest rewrites `import()` in test code for Node, and
 * this code runs in the page, where the browser must do the import itself.
 */
const SEARCH_IN_PAGE = `async ({ query, count, bundle }) => {
  window.__pagefind ??= import(bundle + 'pagefind.js');
  const pagefind = await window.__pagefind;
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, count).map((r) => r.data()));
  return data.map((d) => ({ id: d.meta.id ?? '', title: d.meta.title ?? '', url: d.url }));
}`;

/** The top results for a query: each result is one block of the plan. */
export async function topHits(page: Page, query: string, count = 3, bundle = '/pagefind/'): Promise<Hit[]> {
  return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify({ query, count, bundle })})`) as Promise<Hit[]>;
}
