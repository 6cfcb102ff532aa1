/**
 * A reader who arrives from a search result (…/?highlight=质&highlight=押&highlight=融资#s4-4-p1)
 * sees the searched phrase marked on the page.
 */
import { highlightPhrases } from '../lib/search/highlight-terms.ts';

export function highlightSearchTerms(): void {
  const words = new URLSearchParams(location.search).getAll('highlight');
  const root = document.querySelector('main');
  if (words.length === 0 || !root) return;
  const phrases = highlightPhrases(words, root.textContent ?? '');
  if (phrases.length === 0) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    for (const phrase of phrases) markAll(text, phrase);
  }
}

function markAll(text: Text, phrase: string): void {
  let node: Text | null = text;
  while (node) {
    const at: number = node.data.indexOf(phrase);
    if (at === -1) return;
    const match = node.splitText(at);
    const rest = match.splitText(phrase.length);
    const mark = document.createElement('mark');
    mark.className = 'search-highlight';
    match.replaceWith(mark);
    mark.append(match);
    node = rest;
  }
}
