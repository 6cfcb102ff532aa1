/**
 * What the reader is told besides the results: that a query of spaces or a
 * filter without a query cannot be searched, that an over-long query was
 * cut, and, when nothing is found, shorter or related terms, each checked
 * against the index first, so that every offer finds something.
 */
import { echoInput } from '../lib/site/echo.ts';
import { queryMessage } from '../lib/search/query.ts';
import { searchSuggestions } from '../lib/search/search-suggestions.ts';
import { planSearchApi } from './plan-search-api.ts';
import { lastSearch, searchInstance } from './pagefind-ui.ts';

/** How much of a query not found is quoted back: a copied sentence, not a pasted page. */
const ECHOED = 30;

export function attachNoResultsTips(container: HTMLElement, searchAgain: (term: string) => void): void {
  const instance = searchInstance();
  const summary = container.parentElement?.querySelector<HTMLElement>('pagefind-summary');
  const note = document.createElement('p');
  note.className = 'search-note';
  note.setAttribute('role', 'status');
  note.hidden = true;
  container.before(note);
  const asked = lastSearch(instance);
  let shown = 0;
  instance.on('results', async ({ results }) => {
    const run = ++shown;
    const { term } = asked;
    container.replaceChildren();
    container.hidden = true;
    const message = queryMessage(term, asked.filtered);
    note.textContent = message ?? '';
    note.hidden = !message;
    // Pagefind's summary would say 未找到 的相关结果 for a query of spaces.
    if (summary) summary.style.display = term.trim() ? '' : 'none';
    // It quotes the term as typed (controls, any length): quoted here as every echo is. Its results
    // listener runs before this one (the summary registers when it connects, these tips after the UI loads).
    const line = summary?.querySelector('.pf-summary');
    const quotedTerm = echoInput(term, ECHOED);
    if (line?.textContent && term && quotedTerm !== term) line.textContent = line.textContent.replace(term, () => quotedTerm);
    if (!term.trim() || results.length > 0) return;
    const query = term.trim();
    const api = await planSearchApi(import.meta.env.BASE_URL);
    const offers: Array<{ term: string; count: number }> = [];
    for (const candidate of searchSuggestions(query, 8)) {
      const found = await api.search(candidate);
      if (found.results.length > 0) offers.push({ term: candidate, count: found.results.length });
      if (offers.length === 5) break;
    }
    if (run !== shown) return; // a newer search has replaced this one
    const intro = document.createElement('p');
    // Without a filter, nothing found means the plan writes none of the query's words (plan-search.ts lists any block holding one).
    const quoted = echoInput(query, ECHOED);
    const lead = asked.filtered ? `没有找到“${quoted}”。` : `规划中没有“${quoted}”。`;
    intro.textContent = offers.length ? `${lead}可以试试更短或相关的词：` : `${lead}可以换一个更短的词，或到全文页用浏览器的页内查找。`;
    const list = document.createElement('ul');
    for (const offer of offers) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'field-button';
      // Each offer is a piece of the reader's query: shown as any echo of it is.
      button.textContent = echoInput(offer.term, ECHOED);
      button.setAttribute('aria-label', `搜索“${echoInput(offer.term, ECHOED)}”，${offer.count}条结果`);
      button.addEventListener('click', () => searchAgain(offer.term));
      item.append(button);
      list.append(item);
    }
    container.append(intro, list);
    container.hidden = false;
  });
}
