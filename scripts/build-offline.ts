/**
 * After the search index: dist/sw.js, the service worker for offline reading,
 * carrying this build's version and the list of what it keeps
 * (src/lib/site/offline.ts). Last step of `npm run build`, because the version is
 * a digest of every file the build wrote, the search index included.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { isPrecached, offlineConfig, serviceWorkerSource, type BuiltFile, type OfflineConfig } from '../src/lib/site/offline.ts';

export const WORKER_FILE = 'sw.js';
const TEMPLATE = fileURLToPath(new URL('../src/offline/service-worker.js', import.meta.url));

function listFiles(root: string, dir = root): BuiltFile[] {
  const files: BuiltFile[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else if (entry.isFile()) files.push({ path: relative(root, path).split(sep).join('/'), content: readFileSync(path) });
  }
  return files;
}

export interface OfflineBuild extends OfflineConfig {
  /** The precached files' bytes on disk, and gzipped (what a host sending gzip puts on the wire at most). */
  rawBytes: number;
  gzipBytes: number;
}

/** Writes <dist>/sw.js for the build in dist, deployed under base; returns what it keeps. */
export function writeServiceWorker(dist: string, base: string): OfflineBuild {
  const files = listFiles(dist).filter((file) => file.path !== WORKER_FILE);
  const config = offlineConfig(base, files);
  writeFileSync(join(dist, WORKER_FILE), serviceWorkerSource(readFileSync(TEMPLATE, 'utf8'), config));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files.filter((f) => isPrecached(f.path))) {
    rawBytes += file.content.length;
    // Pagefind's chunks and wasm are compressed already; a host would send them as they are.
    gzipBytes += Math.min(file.content.length, gzipSync(file.content, { level: 9 }).length);
  }
  return { ...config, rawBytes, gzipBytes };
}

/** BASE_PATH as astro.config.mjs reads it, with the slashes Astro's BASE_URL has. */
export function basePath(value = process.env.BASE_PATH || '/'): string {
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const built = writeServiceWorker(dist, basePath());
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `offline: ${WORKER_FILE} version ${built.version} keeps ${built.precache.length} files, ${kb(built.rawBytes)} (${kb(built.gzipBytes)} gzipped)`,
  );
}
