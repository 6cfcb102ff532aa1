/** sitemap.xml and robots.txt, from the list of pages a build wrote. */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Page URLs, absolute, in the order given; the 404 page is not a page to find. */
export function sitemapXml(urls: string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escape(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** The absolute URL of a built page, from the site, the deploy base and the route Astro reports ("", "protection/"). */
export function pageUrl(site: string, base: string, route: string): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  return new URL(route.replace(/^\//, ''), root).href;
}
