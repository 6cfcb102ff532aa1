/**
 * After the search index: dist/sw.js, the service worker for offline reading,
 * carrying this build's version and its manifest: every file with its
 * revision, what a first visit keeps and what 离线保存全部 costs
 * (src/lib/site/offline.ts). Last step of `astro build`
 * (src/integrations/post-build.ts), because the manifest covers every file
 * the build wrote, the search index and the 繁體中文 edition included.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANT_LANG, HANT_SEGMENT } from '../lib/hant/edition.ts';
import { cachedToHantSite } from '../lib/hant/conversion-cache.ts';
import { OFFLINE_TEXT, offlineConfig, urlOfFile, serviceWorkerSource, wireBytes, type BuiltFile, type OfflineConfig, type OfflineEdition } from '../lib/site/offline.ts';

export const WORKER_FILE = 'sw.js';
const TEMPLATE = fileURLToPath(new URL('../offline/service-worker.js', import.meta.url));

/** Every file under root, with its path relative to root. */
export function listFiles(root: string, dir = root): BuiltFile[] {
  const files: BuiltFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else if (entry.isFile()) files.push({ path: relative(root, path).split(sep).join('/'), content: readFileSync(path) });
  }
  return files;
}

/** A reader of the 繁體中文 edition (src/build/hant-edition.ts) is told they are offline in its characters. */
const hantEdition = (): OfflineEdition => ({
  path: `${HANT_SEGMENT}/`,
  text: { ...Object.fromEntries(Object.entries(OFFLINE_TEXT).map(([key, value]) => [key, cachedToHantSite(value)])), lang: HANT_LANG } as OfflineEdition['text'],
});

export interface OfflineBuild extends OfflineConfig {
  /** What the first visit keeps (the page being read aside): its bytes on disk, and gzipped. */
  coreBytes: number;
  coreGzipBytes: number;
}

/** Writes <dist>/sw.js for the build in dist, deployed under base; returns what it knows. */
export function writeServiceWorker(dist: string, base: string, built: readonly BuiltFile[] = listFiles(dist)): OfflineBuild {
  const files = built.filter((file) => file.path !== WORKER_FILE);
  const config = offlineConfig(base, files);
  writeFileSync(join(dist, WORKER_FILE), serviceWorkerSource(readFileSync(TEMPLATE, 'utf8'), config, [hantEdition()]));
  const byUrl = new Map(files.map((file) => [urlOfFile(base, file.path), file.content]));
  const core = config.core.map((i) => byUrl.get(config.files[i]![0])!);
  return {
    ...config,
    coreBytes: core.reduce((sum, content) => sum + content.length, 0),
    coreGzipBytes: core.reduce((sum, content) => sum + wireBytes(content), 0),
  };
}

/** BASE_PATH as astro.config.mjs reads it, with the slashes Astro's BASE_URL has. */
export function basePath(value = process.env.BASE_PATH || '/'): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The step's one line for the build's output. */
export function offlineSummary(built: OfflineBuild): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return (
    `offline: ${WORKER_FILE} version ${built.version}; a first visit keeps ${built.core.length} files, ${kb(built.coreBytes)} (${kb(built.coreGzipBytes)} gzipped) besides its own page; ` +
    `离线保存全部 keeps ${built.all.files} files, ${kb(built.all.bytes)} (${kb(built.all.gzipBytes)} gzipped)`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(offlineSummary(writeServiceWorker(fileURLToPath(new URL('../../dist/', import.meta.url)), basePath())));
}
