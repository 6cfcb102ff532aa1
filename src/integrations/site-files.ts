/** Writes sitemap.xml and robots.txt into the build, for every page but the 404. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { HANT_SEGMENT } from '../lib/hant/convert.ts';
import { pageUrl, robotsTxt, sitemapXml } from '../lib/site/sitemap.ts';

export function siteFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` is needed for sitemap.xml (set SITE_URL)');
        site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const simplified = pages.map((p) => p.pathname).filter((route) => !/^404\/?$/.test(route)).sort();
        // The 繁體中文 twin of every page, written after this by scripts/build-hant.ts.
        const routes = [...simplified, ...simplified.map((route) => `${HANT_SEGMENT}/${route}`)];
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(routes.map((route) => pageUrl(site, base, route))));
        await writeFile(new URL('robots.txt', dir), robotsTxt(pageUrl(site, base, 'sitemap.xml')));
      },
    },
  };
}
