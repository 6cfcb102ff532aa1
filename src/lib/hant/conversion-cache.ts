/**
 * The 繁體中文 edition's conversions kept across builds by content and by the
 * site's code (../site/build-cache.ts). A rebuild converts only what changed;
 * when nothing did, OpenCC's dictionaries are not even loaded.
 */
import { cachedByCode } from '../site/build-cache.ts';
import { hantInterface, hantReviewed, toHantSite } from './convert.ts';

// The tables are content (src/content/hant/), outside the code codeVersion() hashes: a change to either converts again.
let tables: string | undefined;
const TABLES = () => (tables ??= JSON.stringify([hantReviewed(), hantInterface()]));

/** `compute()`'s result for this input, converted once per input and version of the code. */
export const cachedConversion = (kind: string, input: ReadonlyArray<string>, compute: () => string): string => cachedByCode(`zh-hant-${kind}`, [TABLES(), ...input], compute);

/** toHantSite (the site's own text, its interface words in Taiwan usage), kept across builds. */
export const cachedToHantSite = (text: string): string => cachedConversion('site-text', [text], () => toHantSite(text));
