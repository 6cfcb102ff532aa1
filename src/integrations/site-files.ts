/**
 * Writes sitemap.xml and robots.txt into the build, for every page but the 404,
 * and csp-header.conf, the pages' Content-Security-Policy for the nginx example.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HANT_SEGMENT } from '../lib/hant/edition.ts';
import { NGINX_CSP_FILE, headerPolicy, nginxCspInclude, pageHeaderPolicy, withoutUnusedScriptHashes } from '../lib/site/csp-header.ts';
import { previewWarning, resolveSite } from '../lib/site/site-url.ts';
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
        // The 繁體中文 twin of every page, written after this by src/build/hant-edition.ts.
        const routes = [...simplified, ...simplified.map((route) => `${HANT_SEGMENT}/${route}`)];
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(routes.map((route) => pageUrl(site, base, route))));
        await writeFile(new URL('robots.txt', dir), robotsTxt(pageUrl(site, base, 'sitemap.xml')));
        const root = fileURLToPath(dir);
        const pagesHtml = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
        const policies = await Promise.all(
          pagesHtml.map(async (file) => {
            const html = await readFile(`${root}/${file}`, 'utf8');
            const lean = withoutUnusedScriptHashes(html);
            if (lean !== html) await writeFile(`${root}/${file}`, lean);
            return pageHeaderPolicy(lean);
          }),
        );
        if (policies.some((policy) => !policy)) throw new Error(`site-files: a page has no Content-Security-Policy <meta>: ${pagesHtml.filter((_, i) => !policies[i]).join(', ')}`);
        await writeFile(new URL(NGINX_CSP_FILE, dir), nginxCspInclude(headerPolicy(policies)));
        // Said again at the end, where whoever deploys looks.
        if (resolveSite(process.env).preview) console.warn(previewWarning(site));
      },
    },
  };
}
