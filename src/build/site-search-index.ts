/**
 * After the 繁體中文 edition (src/integrations/post-build.ts): Pagefind's own
 * index over the site's pages that are not the plan (src/lib/search/site-pages.ts),
 * one per edition, each in its own bundle beside the plan's index:
 * dist/pagefind/ for the Simplified pages, dist/zh-hant/pagefind/ for the
 * edition's, so each edition finds only its own pages. The search dialog and
 * /search/ load it only when a query is typed (src/client/site-pages-search.ts).
 * Pagefind's UI files and playground are not copied: the Component UI is
 * already there (search-index.ts), and nothing uses the others.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { HANT_SEGMENT } from '../lib/hant/edition.ts';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { SITE_EXCLUDE_SELECTORS, SITE_ROOT_SELECTOR, routeOf, siteSearchPages } from '../lib/search/site-pages.ts';
import { withBase } from '../lib/site/urls.ts';
import { basePath } from './offline-worker.ts';

/** What Pagefind writes that a search with its JavaScript API needs: the engine, its wasm and the index. */
const SHIPPED = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind|pagefind\.[^/]+\.pf_meta|fragment|index|filter)$/;

function htmlFiles(dir: string, root: string, skip: string | null): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && path !== skip) found.push(...htmlFiles(path, root, skip));
    else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative(root, path).split(sep).join('/'));
  }
  return found;
}

/** Writes both editions' site indexes; returns the one-line summary. Throws, naming the step, when Pagefind fails. */
export async function buildSiteSearchIndex(dist: string, base: string): Promise<string> {
  const started = performance.now();
  const { blocks } = JSON.parse(readFileSync(join(dist, 'data/plan-blocks.json'), 'utf8')) as { blocks: PlanBlockEntry[] };
  const planRoutes = new Set(blocks.map((block) => block.path.replace(/^\//, '')));
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`site search index: ${what} failed:\n${errors.join('\n')}`);
  };
  const summaries: string[] = [];
  const editions = [
    { folder: dist, prefix: '', language: 'zh-cn', skip: join(dist, HANT_SEGMENT) },
    { folder: join(dist, HANT_SEGMENT), prefix: `${HANT_SEGMENT}/`, language: 'zh-tw', skip: null },
  ];
  for (const edition of editions) {
    if (!existsSync(edition.folder)) continue;
    const pages = siteSearchPages(htmlFiles(edition.folder, edition.folder, edition.skip), planRoutes);
    const { index, errors } = await pagefind.createIndex({
      rootSelector: SITE_ROOT_SELECTOR,
      excludeSelectors: SITE_EXCLUDE_SELECTORS,
      forceLanguage: edition.language,
    });
    if (!index || errors.length) fail('createIndex', errors);
    for (const file of pages) {
      const added = await index!.addHTMLFile({ url: withBase(base, `${edition.prefix}${routeOf(file)}`), content: readFileSync(join(edition.folder, file), 'utf8') });
      if (added.errors.length) fail(`indexing ${edition.prefix}${file}`, added.errors);
    }
    const scratch = mkdtempSync(join(tmpdir(), 'site-search-'));
    const written = await index!.writeFiles({ outputPath: scratch });
    if (written.errors.length) fail('writeFiles', written.errors);
    await index!.deleteIndex();
    const out = join(edition.folder, 'pagefind');
    let files = 0;
    for (const name of readdirSync(scratch)) {
      if (!SHIPPED.test(name)) continue;
      cpSync(join(scratch, name), join(out, name), { recursive: true });
      files += 1;
    }
    rmSync(scratch, { recursive: true, force: true });
    if (files === 0) fail('writeFiles', [`nothing written for ${edition.prefix || 'the Simplified edition'}`]);
    summaries.push(`${edition.prefix || '/'} ${pages.length} pages`);
  }
  await pagefind.close();
  return `site search index: ${summaries.join(', ')} in ${Math.round(performance.now() - started)} ms`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(await buildSiteSearchIndex(fileURLToPath(new URL('../../dist/', import.meta.url)), basePath()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
