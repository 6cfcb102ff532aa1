/**
 * After the search index: the 繁體中文 edition. Every page of dist/ is
 * converted into dist/zh-hant/ (src/lib/hant/page.ts), the edition gets its
 * own search index (zh-hant/pagefind/plan-index.json, the blocks in
 * Traditional characters, addresses in the edition), and both indexes get the
 * script fold made from the plan's text (src/lib/hant/fold.ts), so a query in
 * either script finds its paragraph. What it converts is kept by content
 * (src/lib/site/build-cache.ts), so a rebuild converts only the pages that
 * changed. Before the offline step, which lists and digests whatever this writes. Run by src/integrations/post-build.ts at the
 * end of `astro build`, or alone: `node src/build/hant-edition.ts`.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HANT_SEGMENT, toHant, toHantCode, toHantSite } from '../lib/hant/convert.ts';
import { scriptFold } from '../lib/hant/fold.ts';
import { hantPage } from '../lib/hant/page.ts';
import { hantScript } from '../lib/hant/paths.ts';
import { cachedConversion } from '../lib/hant/conversion-cache.ts';
import { placeCached } from '../lib/site/build-cache.ts';
import { NGINX_CSP_FILE, headerPolicy, nginxCspInclude, pageHeaderPolicy } from '../lib/site/csp-header.ts';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { qrFilesForPage } from '../lib/reader/share-qr.ts';
import { resolveSite } from '../lib/site/site-url.ts';
import type { PlanIndexFile } from '../lib/search/plan-search.ts';
import type { KindLabel } from '../lib/search/search-records.ts';
import { basePath } from './offline-worker.ts';

interface ConvertedPage {
  html: string;
  qrs: Array<{ file: string; svg: string }>;
}

/** Writes the edition for the build in dist (deployed under base, at site); returns its one-line summary. */
export function buildHant(dist: string, base: string, site: string): string {
  const out = join(dist, HANT_SEGMENT);
  const started = performance.now();
  const fail = (what: string, errors: string[]): never => {
    throw new Error(`zh-hant: ${what} failed:\n${errors.join('\n')}`);
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
  const folders = new Set<string>();
  const pages = pagesOf(dist);
  for (const file of pages) {
    const route = file.replace(/(^|\/)index\.html$/, '$1');
    const path = `${base}${route}`;
    const simplified = readFileSync(join(dist, file), 'utf8');
    let converted: ConvertedPage;
    try {
      converted = JSON.parse(
        cachedConversion('page', [base, path, site, simplified], () => {
          const html = hantPage(simplified, { base, path });
          // The edition's own share codes, each of its own address (src/integrations/qr-files.ts writes the Simplified ones).
          const qrs = file === '404.html' ? [] : qrFilesForPage(site, base, `${HANT_SEGMENT}/${route}`, html).map((qr) => ({ file: qr.file, svg: toHantSite(qr.svg) }));
          return JSON.stringify({ html, qrs } satisfies ConvertedPage);
        }),
      ) as ConvertedPage;
    } catch (error) {
      fail(`converting dist/${file}`, [String(error)]);
    }
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), converted!.html);
    for (const qr of converted!.qrs) {
      // A page's codes share a folder: made once, not once per code (600 calls).
      const folder = dirname(join(dist, qr.file));
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      placeCached('qr-svg', qr.svg, join(dist, qr.file), 'svg');
      qrCount += 1;
    }
  }

  // The edition's copies of the client scripts, whose own text (menus, tips, messages) is converted like the pages'.
  const scripts = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.js'));
  mkdirSync(join(out, '_astro'), { recursive: true });
  for (const name of scripts) {
    const code = readFileSync(join(dist, '_astro', name), 'utf8');
    writeFileSync(join(out, '_astro', name), cachedConversion('script', [code], () => hantScript(code, toHantCode)));
  }

  // The tooltips' notes (src/data/term-tips.ts) are the site's words, converted as a page's attributes were.
  const tipsFile = join('glossary', 'tips.json');
  const tips = JSON.parse(readFileSync(join(dist, tipsFile), 'utf8')) as Record<string, Record<string, string>>;
  const hantTips = Object.fromEntries(Object.entries(tips).map(([group, notes]) => [group, Object.fromEntries(Object.entries(notes).map(([id, note]) => [id, toHantSite(note)]))]));
  mkdirSync(join(out, 'glossary'), { recursive: true });
  writeFileSync(join(out, tipsFile), JSON.stringify(hantTips));

  // The nginx example's one CSP header allows every page's inline styles: the edition's printed footers too.
  const policies = [...pages, ...pages.map((file) => `${HANT_SEGMENT}/${file}`)].map((file) => pageHeaderPolicy(readFileSync(join(dist, file), 'utf8')));
  writeFileSync(join(dist, NGINX_CSP_FILE), nginxCspInclude(headerPolicy(policies)));

  // Search: the edition's own index, and in both the script fold made from the plan's text.
  const indexPath = join(dist, 'pagefind', 'plan-index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as PlanIndexFile;
  const { blocks } = JSON.parse(readFileSync(join(dist, 'data/plan-blocks.json'), 'utf8')) as { blocks: PlanBlockEntry[] };
  const planText = blocks.map((block) => block.text).join('\n');
  const { script, hantIndex } = JSON.parse(
    cachedConversion('index', [JSON.stringify(index), planText], () => {
      const script = scriptFold(planText, toHant(planText));
      const hantIndex: PlanIndexFile = {
        parts: index.parts.map(toHant),
        sections: index.sections.map(toHant),
        blocks: index.blocks.map(([id, path, kind, part, section, title, text]) => [id, `/${HANT_SEGMENT}${path}`, toHantSite(kind) as KindLabel, part, section, toHant(title), toHant(text)]),
        script,
      };
      return JSON.stringify({ script, hantIndex });
    }),
  ) as { script: NonNullable<PlanIndexFile['script']>; hantIndex: PlanIndexFile };
  writeFileSync(indexPath, JSON.stringify({ ...index, script }));
  const bundle = join(out, 'pagefind');
  mkdirSync(bundle, { recursive: true });
  writeFileSync(join(bundle, 'plan-index.json'), JSON.stringify(hantIndex));

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const size = (file: string) => {
    const bytes = readFileSync(file);
    return `${kb(bytes.length)} (${kb(gzipSync(bytes).length)} gzipped)`;
  };
  const foldBytes = Buffer.from(JSON.stringify(script));
  return (
    `zh-hant: ${pages.length} pages, ${qrCount} share QR codes, index ${size(join(bundle, 'plan-index.json'))}, script fold ${Object.keys(script).length} characters ${kb(foldBytes.length)} (${kb(gzipSync(foldBytes).length)} gzipped), in ${Math.round(performance.now() - started)} ms`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    // The same origin astro.config.mjs gave the Simplified pages and their codes.
    console.log(buildHant(fileURLToPath(new URL('../../dist/', import.meta.url)), basePath(), resolveSite(process.env).site));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
