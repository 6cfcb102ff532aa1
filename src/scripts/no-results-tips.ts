/**
 * When a search finds nothing, says so in plain words and offers shorter or
 * related terms as buttons that search again.
 */
import { searchSuggestions } from '../lib/search-suggestions.ts';
import { searchInstance } from './pagefind-ui.ts';

export function attachNoResultsTips(container: HTMLElement, searchAgain: (term: string) => void): void {
  const instance = searchInstance();
  let term = '';
  instance.on('search', (t) => {
    term = t;
  });
  instance.on('results', ({ results }) => {
    container.replaceChildren();
    container.hidden = !(term.trim() && results.length === 0);
    if (container.hidden) return;
    const intro = document.createElement('p');
    intro.textContent = `没有找到“${term}”。可以试试更短或相关的词：`;
    const list = document.createElement('ul');
    for (const suggestion of searchSuggestions(term)) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = suggestion;
      button.addEventListener('click', () => searchAgain(suggestion));
      item.append(button);
      list.append(item);
    }
    container.append(intro, list);
  });
}
