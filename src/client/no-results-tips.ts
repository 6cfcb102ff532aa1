/**
 * When a search finds nothing, says so in plain words and offers shorter or
 * related terms, each checked against the index first, so that every offer
 * finds something.
 */
import { searchSuggestions } from '../lib/search/search-suggestions.ts';
import { searchInstance } from './pagefind-ui.ts';

interface PagefindApi {
  search(term: string): Promise<{ results: unknown[] }>;
}

let api: Promise<PagefindApi> | undefined;

export function attachNoResultsTips(container: HTMLElement, bundlePath: string, searchAgain: (term: string) => void): void {
  const instance = searchInstance();
  let term = '';
  let shown = 0;
  instance.on('search', (t) => {
    term = t;
  });
  instance.on('results', async ({ results }) => {
    const run = ++shown;
    container.replaceChildren();
    container.hidden = true;
    if (!term.trim() || results.length > 0) return;
    const query = term;
    api ??= import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindApi>;
    const pagefind = await api;
    const offers: Array<{ term: string; count: number }> = [];
    for (const candidate of searchSuggestions(query, 8)) {
      const found = await pagefind.search(candidate);
      if (found.results.length > 0) offers.push({ term: candidate, count: found.results.length });
      if (offers.length === 5) break;
    }
    if (run !== shown) return; // a newer search has replaced this one
    const intro = document.createElement('p');
    intro.textContent = offers.length
      ? `没有找到“${query}”。可以试试更短或相关的词：`
      : `没有找到“${query}”。可以换一个更短的词，或到全文页用浏览器的页内查找。`;
    const list = document.createElement('ul');
    for (const offer of offers) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'field-button';
      button.textContent = offer.term;
      button.setAttribute('aria-label', `搜索“${offer.term}”，${offer.count}条结果`);
      button.addEventListener('click', () => searchAgain(offer.term));
      item.append(button);
      list.append(item);
    }
    container.append(intro, list);
    container.hidden = false;
  });
}
