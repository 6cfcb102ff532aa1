/**
 * After the search index: the 繁體中文 edition. Every page of dist/ is
 * converted into dist/zh-hant/ (src/lib/hant/page.ts), the edition gets its
 * own search index (zh-hant/pagefind/plan-index.json, the blocks in
 * Traditional characters, addresses in the edition), and both indexes get the
 * script fold made from the plan's text (src/lib/hant/fold.ts), so a query in
 * either script finds its paragraph. Before the offline step, which lists and
 * digests whatever this writes.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HANT_SEGMENT, toHant, toHantCode } from '../src/lib/hant/convert.ts';
import { scriptFold } from '../src/lib/hant/fold.ts';
import { hantPage } from '../src/lib/hant/page.ts';
import { hantScript } from '../src/lib/hant/paths.ts';
import { NGINX_CSP_FILE, headerPolicy, nginxCspInclude, pageHeaderPolicy } from '../src/lib/site/csp-header.ts';
import type { PlanBlockEntry } from '../src/lib/plan/plan-blocks.ts';
import { qrFilesForPage } from '../src/lib/reader/share-qr.ts';
import { resolveSite } from '../src/lib/site/site-url.ts';
import type { PlanIndexFile } from '../src/lib/search/plan-search.ts';
import type { KindLabel } from '../src/lib/search/search-records.ts';
import { basePath } from './build-offline.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const out = join(dist, HANT_SEGMENT);
const base = basePath();
// The same origin astro.config.mjs gave the Simplified pages and their codes.
const { site } = resolveSite(process.env);
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
rmSync(join(dist, 'qr', HANT_SEGMENT), { recursive: true, force: true });
let qrCount = 0;
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
  // The edition's own share codes, each of its own address (src/integrations/qr-files.ts writes the Simplified ones).
  if (file === '404.html') continue;
  for (const qr of qrFilesForPage(site, base, `${HANT_SEGMENT}/${file.replace(/(^|\/)index\.html$/, '$1')}`, html!)) {
    mkdirSync(dirname(join(dist, qr.file)), { recursive: true });
    writeFileSync(join(dist, qr.file), toHant(qr.svg));
    qrCount += 1;
  }
}

// The edition's copies of the client scripts, whose own text (menus, tips, messages) is converted like the pages'.
const scripts = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.js'));
mkdirSync(join(out, '_astro'), { recursive: true });
for (const name of scripts) writeFileSync(join(out, '_astro', name), hantScript(readFileSync(join(dist, '_astro', name), 'utf8'), toHantCode));

// The nginx example's one CSP header allows every page's inline styles: the edition's printed footers too.
const policies = [...pages, ...pages.map((file) => `${HANT_SEGMENT}/${file}`)].map((file) => pageHeaderPolicy(readFileSync(join(dist, file), 'utf8')));
writeFileSync(join(dist, NGINX_CSP_FILE), nginxCspInclude(headerPolicy(policies)));

// Search: the edition's own index, and in both the script fold made from the plan's text.
const indexPath = join(dist, 'pagefind', 'plan-index.json');
const index = JSON.parse(readFileSync(indexPath, 'utf8')) as PlanIndexFile;
const { blocks } = JSON.parse(readFileSync(`${dist}data/plan-blocks.json`, 'utf8')) as { blocks: PlanBlockEntry[] };
const planText = blocks.map((block) => block.text).join('\n');
const script = scriptFold(planText, toHant(planText));
writeFileSync(indexPath, JSON.stringify({ ...index, script }));
const hantIndex: PlanIndexFile = {
  parts: index.parts.map(toHant),
  sections: index.sections.map(toHant),
  blocks: index.blocks.map(([id, path, kind, part, section, title, text]) => [id, `/${HANT_SEGMENT}${path}`, toHant(kind) as KindLabel, part, section, toHant(title), toHant(text)]),
  script,
};
const bundle = join(out, 'pagefind');
mkdirSync(bundle, { recursive: true });
writeFileSync(join(bundle, 'plan-index.json'), JSON.stringify(hantIndex));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const size = (file: string) => {
  const bytes = readFileSync(file);
  return `${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped)`;
};
const foldBytes = Buffer.from(JSON.stringify(script));
console.log(
  `zh-hant: ${pages.length} pages, ${qrCount} share QR codes, index ${size(join(bundle, 'plan-index.json'))}, script fold ${Object.keys(script).length} characters ${kb(foldBytes.length)} (${kb(gzipSync(foldBytes).length)} gzipped), in ${Math.round(performance.now() - started)} ms`,
);
