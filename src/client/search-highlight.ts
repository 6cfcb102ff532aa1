/**
 * A reader who arrives from a search result (…/?highlight=质押融资#s4-4-p1)
 * sees the phrase marked on the page, also where a glossary link cuts it in
 * two (each part gets its <mark>, the parts of one occurrence share
 * data-highlight), and never inside a chart: HTML <mark> in SVG <text> is
 * not drawn, and the label around it vanishes.
 */
import { highlightPhrases, phraseRanges } from '../lib/search/highlight-terms.ts';

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, td, th, caption, figcaption, dt, dd, blockquote, summary, div, section, article, main';

/** The text nodes of `root` that a reader sees as text, grouped by the block they are read in. */
function textRuns(root: Element): Text[][] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('svg, script, style, template, noscript, [hidden]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const runs = new Map<Element, Text[]>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement!.closest(BLOCK) ?? root;
    const run = runs.get(block) ?? [];
    run.push(node as Text);
    runs.set(block, run);
  }
  return [...runs.values()];
}

export function highlightSearchTerms(): void {
  const params = new URLSearchParams(location.search).getAll('highlight');
  const root = document.querySelector('main');
  if (params.length === 0 || !root) return;
  const phrases = highlightPhrases(params, root.textContent ?? '');
  if (phrases.length === 0) return;
  let count = 0;
  for (const run of textRuns(root)) {
    const occurrences = phraseRanges(run.map((t) => t.data), phrases);
    // From the last stretch backwards, so that splitting a node leaves the offsets before it valid.
    const stretches = occurrences.flatMap((stretchesOf, i) => stretchesOf.map((s) => ({ ...s, occurrence: count + i })));
    count += occurrences.length;
    stretches.sort((a, b) => b.piece - a.piece || b.start - a.start);
    for (const { piece, start, end, occurrence } of stretches) {
      const node = run[piece]!;
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.dataset.highlight = String(occurrence);
      match.replaceWith(mark);
      mark.append(match);
    }
  }
}
