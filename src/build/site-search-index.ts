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
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { HANT_SEGMENT } from '../lib/hant/edition.ts';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { SITE_EXCLUDE_SELECTORS, SITE_ROOT_SELECTOR, routeOf, siteSearchPages } from '../lib/search/site-pages.ts';
import { cachedTextAsync } from '../lib/site/build-cache.ts';
import { withBase } from '../lib/site/urls.ts';
import { basePath } from './offline-worker.ts';
import { pagefindVersion } from './search-index.ts';

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

/** A page reduced to what the index reads: its language and its <main>. */
function mainOf(html: string, file: string): string {
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  const main = /<main[\s>][\s\S]*<\/main>/.exec(html)?.[0];
  if (!lang || !main) throw new Error(`site search index: ${file} has no <html lang> or no <main>`);
  return `<!doctype html><html lang="${lang}"><body>${main}</body></html>`;
}

/** Every file under a folder, as paths relative to it with '/'. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
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
  let pagefindStarted = false;
  for (const edition of editions) {
    if (!existsSync(edition.folder)) continue;
    const pages = siteSearchPages(htmlFiles(edition.folder, edition.folder, edition.skip), planRoutes);
    // Pagefind reads only <main> (rootSelector): given only that, the index is kept by what it reads, not by the
    // head's CSP hashes, which change with every build.
    const records = pages.map((file) => ({ url: withBase(base, `${edition.prefix}${routeOf(file)}`), content: mainOf(readFileSync(join(edition.folder, file), 'utf8'), file) }));
    const config = { rootSelector: SITE_ROOT_SELECTOR, excludeSelectors: SITE_EXCLUDE_SELECTORS, forceLanguage: edition.language };
    // Kept by everything the index is made from (build-cache.ts): an unchanged site does not start Pagefind's binary.
    const key = [pagefindVersion(), JSON.stringify(config), ...records.flatMap((r) => [r.url, r.content])];
    const bundle = JSON.parse(
      await cachedTextAsync(
        'site-search',
        key,
        async () => {
          pagefindStarted = true;
          const { index, errors } = await pagefind.createIndex(config);
          if (!index || errors.length) fail('createIndex', errors);
          for (const record of records) {
            const added = await index!.addHTMLFile(record);
            if (added.errors.length) fail(`indexing ${record.url}`, added.errors);
          }
          const scratch = mkdtempSync(join(tmpdir(), 'site-search-'));
          const written = await index!.writeFiles({ outputPath: scratch });
          if (written.errors.length) fail('writeFiles', written.errors);
          await index!.deleteIndex();
          const files = filesUnder(scratch)
            .filter((path) => SHIPPED.test(path.split('/')[0]!))
            .map((path) => [path, readFileSync(join(scratch, path)).toString('base64')]);
          rmSync(scratch, { recursive: true, force: true });
          if (files.length === 0) fail('writeFiles', [`nothing written for ${edition.prefix || 'the Simplified edition'}`]);
          return JSON.stringify(files);
        },
        { prunable: true },
      ),
    ) as Array<[path: string, base64: string]>;
    const out = join(edition.folder, 'pagefind');
    for (const [path, content] of bundle) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), Buffer.from(content, 'base64'));
    }
    summaries.push(`${edition.prefix || '/'} ${pages.length} pages, ${bundle.length} files`);
  }
  if (pagefindStarted) await pagefind.close();
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
