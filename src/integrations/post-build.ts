/**
 * The steps that read the built pages, run at the end of `astro build` in its
 * own process, in order: the search index, the 繁體中文 edition made from the
 * pages and the index, Pagefind's index of both editions' own pages (not the
 * plan's), the offline worker, whose manifest lists every file the others
 * wrote, and the first-load figure of part 三 (src/lib/site/first-load.ts).
 * One process rather than a script each: each Node
 * start and its module loading cost about 0.3 s, and OpenCC's dictionaries,
 * which the pages' build has often loaded already, are loaded once.
 * Listed last in astro.config.mjs, after the integrations whose files (QR
 * codes, sitemap, CSP header) the edition and the manifest take in.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildHant } from '../build/hant-edition.ts';
import { listFiles, offlineSummary, writeServiceWorker } from '../build/offline-worker.ts';
import { buildSearchIndex } from '../build/search-index.ts';
import { buildSiteSearchIndex } from '../build/site-search-index.ts';
import { pruneBuildCache } from '../lib/site/build-cache.ts';
import { FIRST_LOAD_BUDGET, firstLoadOf, firstLoadSummary } from '../lib/site/first-load.ts';

export function postBuild(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        logger.info(await buildSearchIndex(dist));
        logger.info(buildHant(dist, base, site));
        logger.info(await buildSiteSearchIndex(dist, base));
        // Read once for both: the worker's manifest and the first-load figure.
        const files = listFiles(dist);
        logger.info(offlineSummary(writeServiceWorker(dist, base, files)));
        logger.info(firstLoadSummary(firstLoadOf(files, FIRST_LOAD_BUDGET.page)));
        const pruned = pruneBuildCache();
        if (pruned > 0) logger.info(`build cache: ${pruned} stale entries removed`);
      },
    },
  };
}
