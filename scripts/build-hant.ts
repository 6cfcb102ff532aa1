/**
 * After the search index: the 繁體中文 edition. Every page of dist/ is
 * converted into dist/zh-hant/ (src/lib/hant/page.ts), the edition gets its
 * own Pagefind index of the plan's blocks in Traditional characters, and each
 * edition's bundle gets the small map that folds a query typed in the other
 * script (src/lib/hant/fold.ts). Before the offline step, which lists and
 * digests whatever this writes.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { HANT_SEGMENT, toHant } from '../src/lib/hant/convert.ts';
import { buildFoldMaps } from '../src/lib/hant/fold.ts';
import { hantPage } from '../src/lib/hant/page.ts';
import { NGINX_CSP_FILE, headerPolicy, nginxCspInclude, pageHeaderPolicy } from '../src/lib/site/csp-header.ts';
import type { PlanBlockEntry } from '../src/lib/plan/plan-blocks.ts';
import { SEARCH_INCLUDE_CHARACTERS, searchRecord } from '../src/lib/search/search-records.ts';
import { basePath } from './build-offline.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = join(dist, HANT_SEGMENT);
const base = basePath();
const started = performance.now();

const fail = (what: string, errors: string[]): never => {
  console.error(`zh-hant: ${what} failed:\n${errors.join('\n')}`);
  process.exit(1);
};

function pagesOf(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && path !== out) found.push(...pagesOf(path));
    else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative(dist, path).split(sep).join('/'));
  }
  return found;
}

rmSync(out, { recursive: true, force: true });
const pages = pagesOf(dist);
for (const file of pages) {
  const path = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
  let html: string;
  try {
    html = hantPage(readFileSync(join(dist, file), 'utf8'), { base, path });
  } catch (error) {
    fail(`converting dist/${file}`, [String(error)]);
  }
  mkdirSync(dirname(join(out, file)), { recursive: true });
  writeFileSync(join(out, file), html!);
}

// The nginx example's one CSP header allows every page's inline styles: the edition's printed footers too.
const policies = [...pages, ...pages.map((file) => `${HANT_SEGMENT}/${file}`)].map((file) => pageHeaderPolicy(readFileSync(join(dist, file), 'utf8')));
writeFileSync(join(dist, NGINX_CSP_FILE), nginxCspInclude(headerPolicy(policies)));

const { blocks } = JSON.parse(readFileSync(`${dist}data/plan-blocks.json`, 'utf8')) as { blocks: PlanBlockEntry[] };
const convert = (text: string | null) => (text === null ? null : toHant(text));
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-tw', includeCharacters: SEARCH_INCLUDE_CHARACTERS });
if (!index || errors.length) fail('createIndex', errors);
for (const block of blocks) {
  const hant = { ...block, text: toHant(block.text), place: toHant(block.place), part: toHant(block.part), section: convert(block.section) };
  const record = searchRecord(hant as PlanBlockEntry);
  record.url = `/${HANT_SEGMENT}${record.url}`;
  record.filters = Object.fromEntries(Object.entries(record.filters).map(([name, values]) => [toHant(name), values.map(toHant)]));
  const added = await index!.addCustomRecord({ ...record, language: 'zh-tw' });
  if (added.errors.length) fail(`adding ${block.id}`, added.errors);
}
const bundle = join(out, 'pagefind');
const written = await index!.writeFiles({ outputPath: bundle });
if (written.errors.length) fail('writeFiles', written.errors);
for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) {
  rmSync(join(bundle, unused), { force: true });
}
await pagefind.close();

const planText = blocks.map((block) => block.text).join('\n');
const maps = buildFoldMaps(planText, toHant(planText));
const foldFiles = { [join(dist, 'pagefind', 'fold.json')]: maps.toHans, [join(bundle, 'fold.json')]: maps.toHant };
for (const [file, map] of Object.entries(foldFiles)) writeFileSync(file, JSON.stringify(map));

const sizeOf = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, e) => sum + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// The index proper: what Pagefind writes besides its code (pagefind.js, the UI, the worker, the wasm).
const indexBytes = sizeOf(bundle) - readdirSync(bundle, { withFileTypes: true })
  .filter((e) => e.isFile() && !/\.pf_meta$|^pagefind-entry\.json$/.test(e.name))
  .reduce((sum, e) => sum + statSync(join(bundle, e.name)).size, 0);
const foldSizes = Object.keys(foldFiles).map((file) => {
  const text = readFileSync(file);
  return `${relative(dist, file)} ${kb(text.length)} (${kb(gzipSync(text).length)} gzipped)`;
});
console.log(
  `zh-hant: ${pages.length} pages, ${blocks.length} blocks indexed (index ${kb(indexBytes)}), fold maps ${foldSizes.join(', ')}, in ${Math.round(performance.now() - started)} ms`,
);
