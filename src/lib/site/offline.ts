/**
 * What the service worker knows of a build: every file a reader can fetch,
 * each with a revision (a digest of its bytes), which of them it keeps on
 * the first visit, which assets each page loads, and what 离线保存全部 costs.
 * The worker itself is src/offline/service-worker.js; src/build/offline-worker.ts
 * runs this on dist/.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { CacheTable } from './build-cache.ts';
import { SITE_NAME } from './site.ts';
import { withBase } from './urls.ts';

export interface BuiltFile {
  /** Relative to dist/, "/"-separated. */
  path: string;
  content: Uint8Array;
}

/** Files no reader opens: the worker itself and what is there for crawlers. */
const NOT_FOR_READERS = new Set(['sw.js', 'robots.txt', 'sitemap.xml']);

export function isOffered(path: string): boolean {
  return !NOT_FOR_READERS.has(path);
}

/**
 * Kept on the first visit, on top of the page being read and its assets:
 * the plan's own pages (home with the preamble, the eight parts, 专栏, 指标)
 * and the glossary their terms link to, the 404 page and the styles, so that
 * the whole plan reads offline as it does online (scripts only enhance).
 * A first visit must stay within 160 KB gzipped besides its page (150 KB until the glossary's sources outgrew it)
 * (tests/build/offline-budget.test.ts), so the rest waits until it is opened:
 * 全文 and 数字速查, which repeat the parts and the plan's numbers; the site's
 * own reference pages (核对, 文件, 进展, 未查到, 关于, 数据, 讲义, 搜索) and the
 * teaching kit (教师, with its slides and papers);
 * the search index, other pages' scripts, PNGs, CSV and share images. 离线保存全部
 * keeps all of them at once. Nor the 繁體中文 edition (zh-hant/), which would
 * double a first visit for readers of the other.
 */
const CORE = [/\.html$/, /^_astro\/[^/]+\.css$/, /^favicon\.svg$/];
const NOT_CORE = [/^(full|figures|checks|documents|progress|unknown|about|reviews|data|handout|search|explore|scorecard|overview)\/index\.html$/, /^teach\//, /^zh-hant\//];

export function isCore(path: string): boolean {
  return isOffered(path) && CORE.some((rule) => rule.test(path)) && !NOT_CORE.some((rule) => rule.test(path));
}

/** The URL a reader requests for a built file: a directory's index.html is the directory. */
export function urlOfFile(base: string, path: string): string {
  if (path === 'index.html') return withBase(base, '/');
  if (path.endsWith('/index.html')) return withBase(base, path.slice(0, -'index.html'.length));
  return withBase(base, path);
}

/**
 * Files whose name changes with their content: Astro's /_astro/ bundles and
 * Pagefind's hashed chunks. The worker serves them from the cache first;
 * anything else (pages, pagefind.js, pagefind-entry.json) may change under
 * the same name and goes to the network first.
 */
export const IMMUTABLE_PATH = /\/_astro\/|_[0-9a-f]{7,}\.pf_[a-z]+$/;

/**
 * A file's revision: the first 40 bits of the SHA-256 of its bytes, which the
 * worker recomputes (crypto.subtle) on what it fetches. Two builds' copies of
 * one path collide once in a trillion; the name is short because sw.js
 * carries one per file and is fetched on every visit.
 */
export const REVISION_HEX_DIGITS = 10;

const digests = new WeakMap<Uint8Array, string>();

/** A file's SHA-256, computed once however many of the manifest's fields need it. */
function digestOf(content: Uint8Array): string {
  let digest = digests.get(content);
  if (!digest) {
    digest = createHash('sha256').update(content).digest('hex');
    digests.set(content, digest);
  }
  return digest;
}

export function revisionOf(content: Uint8Array): string {
  return digestOf(content).slice(0, REVISION_HEX_DIGITS);
}

/**
 * A digest of every file of the build (the worker's own excepted): the cache's
 * name, so that each build gets a fresh cache and the old one is deleted.
 */
export function offlineVersion(files: readonly BuiltFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${file.path}\0${digestOf(file.content)}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * For each page, the /_astro/ files it loads as it opens: those its HTML
 * names, and the modules those import statically, as Vite writes them
 * (`from"./chunk.HASH.js"`). Chunks imported on demand (`import("./…")`, the
 * search dialog) are left for when the reader first uses them.
 */
export function pageAssets(files: readonly BuiltFile[]): Map<string, string[]> {
  // Asset folders: _astro/, and the 繁體中文 edition's converted script copies in zh-hant/_astro/ (src/build/hant-edition.ts).
  const assets = new Set(files.filter((file) => /^(?:zh-hant\/)?_astro\/[^/]+$/.test(file.path)).map((file) => file.path));
  const decoder = new TextDecoder();
  // Only pages and scripts are read as text: decoding every PNG and index too was most of this function.
  const textOf = new Map(files.filter((file) => file.path.endsWith('.html') || file.path.endsWith('.js')).map((file) => [file.path, decoder.decode(file.content)]));
  const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
  // Each text is scanned once for the names it holds, which are then looked up; a pattern per asset and page was 3,000 scans.
  // A page names an asset by its path under the base; "_astro/x.js" is not the end of "zh-hant/_astro/x.js".
  const inPage = (text: string) => [...text.matchAll(/(zh-hant\/)?_astro\/([\w.~-]+)/g)].map((m) => `${m[1] ?? ''}_astro/${m[2]}`).filter((path) => assets.has(path));
  // A module imports its neighbours in its own folder.
  const imported = (from: string, text: string) =>
    [...text.matchAll(/(?:from|import)\s*["'`]\.\/([\w.~-]+)["'`]/g)].map((m) => `${folderOf(from)}${m[1]}`).filter((path) => assets.has(path));
  const result = new Map<string, string[]>();
  for (const page of files.filter((file) => file.path.endsWith('.html'))) {
    const found = new Set<string>();
    const queue = inPage(textOf.get(page.path)!);
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (found.has(path)) continue;
      found.add(path);
      if (path.endsWith('.js')) queue.push(...imported(path, textOf.get(path)!));
    }
    result.set(page.path, [...found].sort());
  }
  return result;
}

/** Bytes on disk, and gzipped as a host would send them (Pagefind's chunks, wasm and PNGs are compressed already). */
export function wireBytes(content: Uint8Array): number {
  // Kept by content across builds (build-cache.ts): gzipping every file at level 9 was a third of this step.
  return Number(GZIP_SIZES.get(digestOf(content), () => String(Math.min(content.length, gzipSync(content, { level: 9 }).length))));
}

/** Sizes gzipped at level 9, by SHA-256 of the bytes. */
const GZIP_SIZES = new CacheTable('gzip-size-9');

export interface OfflineConfig {
  version: string;
  base: string;
  /** Every file a reader can fetch, as [URL, revision], sorted by URL. */
  files: Array<[url: string, revision: string]>;
  /** Indexes into files: what the first visit keeps. */
  core: number[];
  /** Page index in files → the indexes of the assets it loads. */
  assets: Record<number, number[]>;
  /** What 离线保存全部 fetches at most: every file, its bytes on disk and gzipped. */
  all: { files: number; bytes: number; gzipBytes: number };
}

export function offlineConfig(base: string, files: readonly BuiltFile[]): OfflineConfig {
  const offered = files.filter((file) => isOffered(file.path)).map((file) => ({ ...file, url: urlOfFile(base, file.path) }));
  offered.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const index = new Map(offered.map((file, i) => [file.path, i]));
  const assets: Record<number, number[]> = {};
  for (const [page, loaded] of pageAssets(offered)) {
    if (loaded.length > 0) assets[index.get(page)!] = loaded.map((path) => index.get(path)!).sort((a, b) => a - b);
  }
  const config: OfflineConfig = {
    version: offlineVersion(files.filter((file) => file.path !== 'sw.js')),
    base: withBase(base, '/'),
    files: offered.map((file) => [file.url, revisionOf(file.content)]),
    core: offered.flatMap((file, i) => (isCore(file.path) ? [i] : [])),
    assets,
    all: {
      files: offered.length,
      bytes: offered.reduce((sum, file) => sum + file.content.length, 0),
      gzipBytes: offered.reduce((sum, file) => sum + wireBytes(file.content), 0),
    },
  };
  GZIP_SIZES.flush();
  return config;
}

/** What the worker says for a file it has not kept, in an edition's language and characters. */
export interface OfflineText {
  lang: string;
  siteName: string;
  offline: string;
  notKept: string;
  thisFile: string;
  keptPages: string;
  home: string;
  about: string;
  notFound: string;
}

export const OFFLINE_TEXT: OfflineText = {
  lang: 'zh-CN',
  siteName: SITE_NAME,
  offline: '您已离线',
  notKept: '没有保存在本机，联网后才能打开。',
  thisFile: '这个文件',
  keptPages: '已保存的页面离线也能阅读。需要离线使用全部内容（搜索、图表下载、全文），请联网后在“关于本站”页选择“离线保存全部”。',
  home: '回到首页',
  about: '关于离线阅读',
  notFound: '页面不存在。',
};

/** An edition of the site under its own folder of the base ("zh-hant/"), whose reader the worker answers in its text. */
export interface OfflineEdition {
  path: string;
  text: OfflineText;
}

/**
 * The worker's source: its configuration, the editions' texts (the folders
 * given first, the site's own text for everything else), then the worker
 * template, which reads OFFLINE and EDITIONS.
 */
export function serviceWorkerSource(template: string, config: OfflineConfig, editions: readonly OfflineEdition[] = []): string {
  const header = [
    `// Generated by src/build/offline-worker.ts for this build only; do not edit.`,
    `const OFFLINE = ${JSON.stringify({ ...config, immutable: IMMUTABLE_PATH.source })};`,
    `const EDITIONS = ${JSON.stringify([...editions, { path: '', text: OFFLINE_TEXT }])};`,
  ].join('\n');
  return `${header}\n\n${template}`;
}
