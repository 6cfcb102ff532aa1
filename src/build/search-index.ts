/**
 * After `astro build` (src/integrations/post-build.ts): the search index,
 * dist/pagefind/plan-index.json, the plan's blocks as
 * src/lib/search/plan-search.ts reads them; and Pagefind's Component UI
 * (script and styles), which shows the results. Pagefind's own engine, wasm
 * and word index are not used (see plan-search.ts), so they are not shipped.
 * Pages that are not the plan are not searchable at all.
 *
 * Run alone, `node src/build/search-index.ts <folder>` indexes the
 * data/plan-blocks.json in that folder: `astro dev` indexes its own answer in
 * a cache folder (src/integrations/dev-search.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { planIndexFile } from '../lib/search/plan-search.ts';
import { cacheFile, storeCached } from '../lib/site/build-cache.ts';

const KEEP = ['pagefind-component-ui.js', 'pagefind-component-ui.css'];

/** Pagefind's version, from its package.json where npm installs it (the package exports none). */
export function pagefindVersion(): string {
  const file = fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url));
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
  if (pkg.name !== 'pagefind' || !pkg.version) throw new Error(`search index: no version of Pagefind in ${file}`);
  return pkg.version;
}

/** Writes <dist>/pagefind/; returns its one-line summary. Throws, naming the step, when Pagefind fails. */
export async function buildSearchIndex(dist: string): Promise<string> {
  const out = join(dist, 'pagefind');
  const { blocks } = JSON.parse(readFileSync(join(dist, 'data/plan-blocks.json'), 'utf8')) as { blocks: PlanBlockEntry[] };
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`search index: ${what} failed:\n${errors.join('\n')}`);
  };
  const started = performance.now();
  rmSync(out, { recursive: true, force: true });
  // The UI files depend on Pagefind's version alone: kept by it (build-cache.ts), Pagefind's binary is started once per version, not per build.
  const version = pagefindVersion();
  const cached = KEEP.map((name) => cacheFile('pagefind-ui', [version, name], name.slice(name.lastIndexOf('.') + 1)));
  if (!cached.every((file) => existsSync(file))) {
    // An empty Pagefind index still writes its UI files; everything else it writes is removed.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index || errors.length) fail('createIndex', errors);
    const written = await index!.writeFiles({ outputPath: out });
    if (written.errors.length) fail('writeFiles', written.errors);
    await pagefind.close();
    KEEP.forEach((name, i) => storeCached(cached[i]!, readFileSync(join(out, name))));
    rmSync(out, { recursive: true, force: true });
  }
  mkdirSync(out, { recursive: true });
  KEEP.forEach((name, i) => copyFileSync(cached[i]!, join(out, name)));
  writeFileSync(join(out, 'plan-index.json'), JSON.stringify(planIndexFile(blocks)));
  return `search index: ${blocks.length} blocks in ${Math.round(performance.now() - started)} ms`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('../../dist/', import.meta.url));
  try {
    console.log(await buildSearchIndex(dist));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
