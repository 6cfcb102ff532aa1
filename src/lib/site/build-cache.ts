/**
 * Results of the build's pure, costly steps kept across builds by content
 * (node_modules/.cache/<kind>/<sha-256 of the key>): a key names everything
 * the result is computed from, so a changed input is a new key and an
 * unchanged one is not computed again. Used for chart PNGs, QR codes, the
 * 繁體中文 pages, Pagefind's UI files and site index, and the offline manifest's gzipped sizes.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/**
 * The files of each prunable kind this process used, shared by every copy of
 * this module (the pages' bundle has its own copy; the integrations another).
 */
const USED: Map<string, Set<string>> = ((globalThis as Record<symbol, unknown>)[Symbol.for('plan.build-cache.used')] ??= new Map()) as Map<string, Set<string>>;
const STARTED = Date.now();

function use(kind: string, file: string, prunable: boolean): void {
  if (!prunable) return;
  let files = USED.get(kind);
  if (!files) USED.set(kind, (files = new Set()));
  files.add(file);
}

/** The file's content, or undefined when it is absent (or was pruned by another build between the look and the read). */
function readCached(file: string, encoding?: 'utf8'): string | Uint8Array | undefined {
  try {
    return encoding ? readFileSync(file, encoding) : readFileSync(file);
  } catch {
    return undefined;
  }
}

export interface CacheOptions {
  /**
   * Every build uses all the results of this kind it needs (a page's
   * conversion, a chart's image): what a build did not use is stale, and
   * pruneBuildCache removes it, so the cache does not grow with every edit.
   */
  prunable?: boolean;
}

/** The entry's file for `key`, recorded as used by this build, and its content when it is there. */
function lookUp(kind: string, key: ReadonlyArray<string | Uint8Array>, prunable: boolean, extension: string, encoding?: 'utf8'): { file: string; cached: string | Uint8Array | undefined } {
  const file = cacheFile(kind, key, extension);
  use(kind, file, prunable);
  return { file, cached: readCached(file, encoding) };
}

/** The cached text for `key`, or `compute()`'s, kept for the next build. */
export function cachedText(kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => string, { prunable = false }: CacheOptions = {}): string {
  const { file, cached } = lookUp(kind, key, prunable, 'txt', 'utf8');
  if (cached !== undefined) return cached as string;
  const text = compute();
  storeCached(file, text);
  return text;
}

/** As cachedText, for a result computed asynchronously (a compiler's); a failed computation keeps nothing. */
export async function cachedTextAsync(kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => Promise<string>, { prunable = false }: CacheOptions = {}): Promise<string> {
  const { file, cached } = lookUp(kind, key, prunable, 'txt', 'utf8');
  if (cached !== undefined) return cached as string;
  const text = await compute();
  storeCached(file, text);
  return text;
}

/** The cached bytes for `key`, or `compute()`'s, kept for the next build. */
export function cachedBytes(kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => Uint8Array, extension = 'bin', { prunable = false }: CacheOptions = {}): Uint8Array {
  const { file, cached } = lookUp(kind, key, prunable, extension);
  if (cached !== undefined) return cached as Uint8Array;
  const bytes = compute();
  storeCached(file, bytes);
  return bytes;
}

/**
 * Writes `content` to `dest` (in a build's output, which Astro empties first)
 * as a hard link to a copy kept by content. Creating a small file costs about
 * 0.25 ms on ext4 and a link about 0.01 ms: the build's 592 share QR codes took
 * 150–300 ms to write. Nothing writes into dist/ in place, so a link shares
 * nothing that changes; where links are refused (another volume, some
 * Windows drives) the file is written as before.
 */
export function placeCached(kind: string, content: string, dest: string, extension = 'txt'): void {
  const file = cacheFile(kind, [content], extension);
  use(kind, file, true);
  try {
    linkSync(file, dest);
    return;
  } catch {
    // Not cached yet (or pruned by a build beside this one), or no links here.
  }
  if (!existsSync(file)) storeCached(file, content);
  try {
    linkSync(file, dest);
  } catch {
    writeFileSync(dest, content);
  }
}

/**
 * At the end of a build: removes the entries of each prunable kind this build
 * used (or of the kinds given) that it did not use and that are older than it (a build running beside
 * it may have just written them). Returns how many were removed.
 */
export function pruneBuildCache(kinds: Iterable<string> = USED.keys()): number {
  // A scratch copy of the project (the tests', the bench's) links the project's cache: its builds, of other content, leave it alone.
  try {
    if (realpathSync(BUILD_CACHE_ROOT) !== resolve(BUILD_CACHE_ROOT)) return 0;
  } catch {
    return 0;
  }
  let removed = 0;
  for (const kind of [...kinds]) {
    const used = USED.get(kind) ?? new Set<string>();
    const dir = join(BUILD_CACHE_ROOT, kind);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      if (used.has(file)) continue;
      try {
        if (statSync(file).mtimeMs < STARTED) {
          rmSync(file, { force: true });
          removed += 1;
        }
      } catch {
        // Removed by another build already.
      }
    }
  }
  return removed;
}

/** Adds every file under `dir` to `hash`, by its path there and its content, in a fixed order. */
export function hashFolder(hash: Hash, dir: string): Hash {
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  }
  return hash;
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
  hashFolder(hash, lib);
  const lock = join(lib, '..', '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  version = hash.digest('hex');
  return version;
}

/** As cachedText, for a result of the site's own code: computed again when that code or a package changes. */
export const cachedByCode = (kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => string): string =>
  cachedText(kind, [codeVersion(), ...key], compute, { prunable: true });

/** As cachedByCode, for a result computed asynchronously. */
export const cachedByCodeAsync = (kind: string, key: ReadonlyArray<string | Uint8Array>, compute: () => Promise<string>): Promise<string> =>
  cachedTextAsync(kind, [codeVersion(), ...key], compute, { prunable: true });

/**
 * Small results (a number, a short string) of one kind in a single file,
 * read once per process: one file per result cost two system calls each for
 * the 700 files of a build. `flush()` writes back what was added.
 */
export class CacheTable {
  #entries: Record<string, string> | undefined;
  /** What this process asked for: what a flush keeps, so the table holds one build's files, not every build's. */
  #used: Record<string, string> = {};
  #added = false;
  readonly #file: string;

  constructor(kind: string) {
    this.#file = join(BUILD_CACHE_ROOT, `${kind}.json`);
  }

  #read(): Record<string, string> {
    if (!this.#entries) {
      try {
        this.#entries = JSON.parse(readFileSync(this.#file, 'utf8')) as Record<string, string>;
      } catch {
        // None yet, or half-written by a build that was stopped: start afresh.
        this.#entries = {};
      }
    }
    return this.#entries;
  }

  /** The result for `key` (a digest of what it is computed from), or `compute()`'s. */
  get(key: string, compute: () => string): string {
    const entries = this.#read();
    if (!(key in entries)) {
      entries[key] = compute();
      this.#added = true;
    }
    this.#used[key] = entries[key]!;
    return entries[key]!;
  }

  flush(): void {
    if (!this.#added) return;
    storeCached(this.#file, JSON.stringify(this.#used));
    this.#added = false;
  }
}
