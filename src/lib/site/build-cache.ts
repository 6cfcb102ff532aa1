/**
 * Results of the build's pure, costly steps kept across builds by content
 * (node_modules/.cache/<kind>/<sha-256 of the key>): a key names everything
 * the result is computed from, so a changed input is a new key and an
 * unchanged one is not computed again. Used for chart PNGs, QR codes, the
 * 繁體中文 pages, Pagefind's UI files and the offline manifest's gzipped sizes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILD_CACHE_ROOT = join(process.cwd(), 'node_modules', '.cache');

/** The file that holds, or will hold, the result for `key` (the parts are hashed in order). */
export function cacheFile(kind: string, key: ReadonlyArray<string | Uint8Array>, extension = 'txt'): string {
  const hash = createHash('sha256');
  for (const part of key) hash.update(part).update('\0');
  return join(BUILD_CACHE_ROOT, kind, `${hash.digest('hex')}.${extension}`);
}

/** Writes a result under another name, then renames it: two builds at once (the tests run some) never read half a file. */
export function storeCached(file: string, content: string | Uint8Array): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, content);
  renameSync(partial, file);
}

/** The cached text for `key`, or `compute()`'s, kept for the next build. */
export function cachedText(kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => string): string {
  const file = cacheFile(kind, key);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const text = compute();
  storeCached(file, text);
  return text;
}

/** The cached bytes for `key`, or `compute()`'s, kept for the next build. */
export function cachedBytes(kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => Uint8Array, extension = 'bin'): Uint8Array {
  const file = cacheFile(kind, key, extension);
  if (existsSync(file)) return readFileSync(file);
  const bytes = compute();
  storeCached(file, bytes);
  return bytes;
}

let version: string | undefined;

/**
 * The site's library code (src/lib/, every step's logic and what it calls)
 * and the installed packages (package-lock.json): part of the key of a result
 * made by the site's own code, so that a change to either computes it again.
 */
export function codeVersion(): string {
  if (version) return version;
  const lib = fileURLToPath(new URL('../', import.meta.url));
  const hash = createHash('sha256');
  for (const file of (readdirSync(lib, { recursive: true }) as string[]).sort()) {
    const path = join(lib, file);
    if (statSync(path).isFile()) hash.update(`${file}\0`).update(readFileSync(path)).update('\0');
  }
  const lock = join(lib, '..', '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  version = hash.digest('hex');
  return version;
}

/** As cachedText, for a result of the site's own code: computed again when that code or a package changes. */
export const cachedByCode = (kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => string): string =>
  cachedText(kind, [codeVersion(), ...key], compute);
