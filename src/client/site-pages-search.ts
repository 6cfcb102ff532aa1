/**
 * The second group of results, 本站其他页面: the site's own pages found by
 * Pagefind's engine over their index (src/build/site-search-index.ts), shown
 * under the plan's results in the dialog and on /search/. Pagefind's code and
 * index are fetched on the first query typed, not when search opens: a reader
 * who searches the plan alone pays for none of it.
 */
import { withBase } from '../lib/site/urls.ts';
import { SITE_GROUP_LABEL, SITE_RESULTS_READ, excerptParts, siteGroup, siteQuery, sitePageResult, type PagefindResultData, type SitePageResult } from '../lib/search/site-pages.ts';
import { unfoldScript } from '../lib/search/query.ts';
import { lastSearch, searchInstance } from './pagefind-ui.ts';
import { planSearchApi } from './plan-search-api.ts';

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> }>;
}

const loaded = new Map<string, Promise<PagefindModule>>();

/** Pagefind's engine over the edition's site index, loaded once per page. */
function sitePagefind(base: string): Promise<PagefindModule> {
  // The 繁體中文 edition has its own index (lang zh-Hant), whose pages stay in it.
  const bundle = withBase(base, `${document.documentElement.lang === 'zh-Hant' ? '/zh-hant' : ''}/pagefind/`);
  let engine = loaded.get(bundle);
  if (!engine) {
    engine = (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>).then(async (module) => {
      // The index holds addresses with the base already (site-search-index.ts): nothing is prefixed.
      await module.options({ baseUrl: '/' });
      await module.init();
      return module;
    });
    engine.catch(() => loaded.delete(bundle));
    loaded.set(bundle, engine);
  }
  return engine;
}

/** The site's pages for a reader's query, best first; none for a query that is only question words. */
export async function searchSitePages(raw: string, base = import.meta.env.BASE_URL): Promise<SitePageResult[]> {
  const query = siteQuery(raw);
  if (!query) return [];
  const engine = await sitePagefind(base);
  // The 繁體中文 edition's pages are indexed in Traditional only: a query typed in Simplified (as the plan's search
  // allows) is asked in the edition's forms as well (unfoldScript), first.
  const script = document.documentElement.lang === 'zh-Hant' ? (await planSearchApi(base)).script : undefined;
  const asked = [...new Set([script ? unfoldScript(query, script) : query, query])];
  return siteGroup((await Promise.all(asked.map((q) => pagesHolding(engine, q)))).flat());
}

/** The pages that hold a query, as the group reads them (null for a page Pagefind lists without every term). */
async function pagesHolding(engine: PagefindModule, query: string): Promise<Array<SitePageResult | null>> {
  const words = (await engine.search(query)).results;
  // Pagefind cuts 驰名商标 into words and lists every page with any of them in its order; asked as a phrase, it lists the
  // pages that hold it, whose fragments alone are then fetched, in the first order. Where it cuts the phrase otherwise
  // than a page and finds none, the pages with its words are read (sitePageResult checks each).
  const phrase = query.includes(' ') || query.includes('"') ? [] : (await engine.search(`"${query}"`)).results;
  const held = new Set(phrase.map((result) => result.id));
  const results = held.size > 0 ? words.filter((result) => held.has(result.id)) : words;
  return Promise.all(results.slice(0, SITE_RESULTS_READ).map(async (result) => sitePageResult(await result.data(), query)));
}

function resultItem(result: SitePageResult): HTMLLIElement {
  // The plan's results' markup (SearchPanel.astro), which the Component UI's stylesheet draws as cards.
  const item = document.createElement('li');
  item.className = 'pf-result';
  const card = document.createElement('div');
  card.className = 'pf-result-card';
  const content = document.createElement('div');
  content.className = 'pf-result-content';
  card.append(content);
  item.append(card);
  const title = document.createElement('p');
  title.className = 'pf-result-title';
  const link = document.createElement('a');
  link.className = 'pf-result-link';
  link.href = result.url;
  link.textContent = result.heading ? `${result.title} › ${result.heading}` : result.title;
  title.append(link);
  content.append(title);
  const parts = excerptParts(result.excerpt);
  if (parts.length) {
    const excerpt = document.createElement('p');
    excerpt.className = 'pf-result-excerpt';
    for (const part of parts) {
      if (!part.marked) excerpt.append(part.text);
      else {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      }
    }
    content.append(excerpt);
  }
  return item;
}

/**
 * Puts the group after the panel's results and keeps it in step with each
 * search: a search filtered by part or kind asks for the plan's paragraphs,
 * so the group is hidden then, as it is when no page matches.
 */
export function attachSitePages(panel: HTMLElement, idPrefix: string): void {
  const instance = searchInstance();
  const section = document.createElement('section');
  section.className = 'search-site';
  section.hidden = true;
  const heading = document.createElement('h2');
  heading.id = `${idPrefix}-site-heading`;
  heading.textContent = SITE_GROUP_LABEL;
  section.setAttribute('aria-labelledby', heading.id);
  const list = document.createElement('ol');
  list.className = 'pf-results';
  section.append(heading, list);
  panel.append(section);
  const asked = lastSearch(instance);
  let run = 0;
  instance.on('results', async () => {
    const mine = ++run;
    const found = asked.filtered ? [] : await searchSitePages(asked.term).catch(() => []);
    if (mine !== run) return; // a newer search has replaced this one
    list.replaceChildren(...found.map(resultItem));
    section.hidden = found.length === 0;
  });
}
