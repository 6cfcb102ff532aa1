/**
 * The 繁體中文 edition's conversions kept across builds by content
 * (../site/build-cache.ts). A rebuild converts only what changed; when
 * nothing did, OpenCC's dictionaries are not even loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedText } from '../site/build-cache.ts';
import { toHant } from './convert.ts';

let version: string | undefined;

/**
 * What a conversion depends on besides its input: the site's library code
 * (src/lib/, the conversion and everything it calls) and the installed
 * packages (package-lock.json: OpenCC's dictionaries, parse5, the QR encoder).
 * Part of every key, so a change to either converts everything again.
 */
export function conversionVersion(): string {
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

/** `compute()`'s result for this input, converted once per input and library version. */
export const cachedConversion = (kind: string, input: ReadonlyArray<string>, compute: () => string): string =>
  cachedText(`zh-hant-${kind}`, [conversionVersion(), ...input], compute);

/** toHant, kept across builds. */
export const cachedToHant = (text: string): string => cachedConversion('text', [text], () => toHant(text));
