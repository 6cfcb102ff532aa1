/**
 * The address a reader copies or shares: the page's canonical address (the
 * <link rel="canonical"> the build writes from SITE_URL, each edition its
 * own) and the place on it, never the address as visited. A reader who came
 * by /talent/index.html, //talent/, a preview host or a link with ?utm_…
 * would otherwise pass all of that on.
 */

/** Where the page is when it names no canonical address (a page outside the layout): the path tidied the way the canonical is. */
function tidyPath(pathname: string): string {
  return pathname.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
}

/**
 * `canonical` is the canonical link's href (absolute once the browser has read
 * it), `here` the page's own location as a fallback, `id` the place (a
 * paragraph's anchor), without "#".
 */
export function shareAddress(canonical: string | null | undefined, here: { origin: string; pathname: string }, id?: string): string {
  let url: URL;
  try {
    url = new URL(canonical || tidyPath(here.pathname), here.origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`not a web address: ${canonical}`);
  } catch {
    url = new URL(tidyPath(here.pathname), here.origin);
  }
  // The canonical names the page; the query (another feature's state) and any fragment are the visit's.
  url.search = '';
  url.hash = id ? `#${id}` : '';
  return url.href;
}
