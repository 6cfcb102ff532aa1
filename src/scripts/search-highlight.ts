/**
 * A reader who arrives from a search result (…/?highlight=质押融资#s4-4-p1)
 * sees the searched words marked on the page. Pagefind's highlighter loads
 * only then.
 */
export async function highlightSearchTerms(bundlePath: string): Promise<void> {
  if (!new URLSearchParams(location.search).get('highlight')) return;
  const module = (await import(/* @vite-ignore */ `${bundlePath}pagefind-highlight.js`)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  new module.default({ highlightParam: 'highlight', addStyles: false });
}
