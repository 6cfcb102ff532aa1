/**
 * Where a page of one edition lives in the other. The Traditional edition is
 * the same site under `<base>zh-hant/`: same paths below it, same fragments.
 */
import { HANT_SEGMENT } from './edition.ts';

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The Traditional edition's address of a Simplified page path under `base` (query and fragment kept). */
export function hantPath(base: string, path: string): string {
  const head = withSlash(base);
  if (!path.startsWith(head) && `${path}/` !== head) throw new Error(`${path} is not under the base ${head}`);
  return `${head}${HANT_SEGMENT}/${path.slice(head.length)}`;
}

/** The Simplified page of a Traditional page path; a path outside the edition is returned as it is. */
export function hansPath(base: string, path: string): string {
  const prefix = `${withSlash(base)}${HANT_SEGMENT}/`;
  return path.startsWith(prefix) ? `${withSlash(base)}${path.slice(prefix.length)}` : path;
}

/**
 * The edition's share QR codes stand beside the Simplified ones under qr/,
 * in the folder qrFolder (src/lib/reader/share-qr.ts) gives the edition's
 * route: qr/protection/ → qr/zh-hant/protection/. A path not under qr/ is
 * returned as it is.
 */
export function hantQrPath(base: string, path: string): string {
  const prefix = `${withSlash(base)}qr/`;
  if (!path.startsWith(prefix) || path.startsWith(`${prefix}${HANT_SEGMENT}/`)) return path;
  return `${prefix}${HANT_SEGMENT}/${path.slice(prefix.length)}`;
}

/**
 * The edition's copy of a script bundle: the client code is converted too
 * (src/build/hant-edition.ts), so what scripts write on the page (menus, tips,
 * search messages) reads in the edition's characters. Other assets (styles,
 * fonts) are shared; a path that is not a script under _astro/ is returned as it is.
 */
export function hantScriptPath(base: string, path: string): string {
  const prefix = `${withSlash(base)}_astro/`;
  return path.startsWith(prefix) && /^[\w.-]+\.js$/.test(path.slice(prefix.length)) ? `${withSlash(base)}${HANT_SEGMENT}/_astro/${path.slice(prefix.length)}` : path;
}

/**
 * A script bundle converted for the edition: its text in Traditional
 * characters (toHant, so its labels match the converted pages and index),
 * and the bundles it preloads named in the edition's folder, as Vite lists
 * them ("_astro/chunk.js", resolved against the base) for dynamic imports.
 */
export function hantScript(code: string, convert: (text: string) => string): string {
  return convert(code).replace(/(["'`])_astro\/([\w.-]+\.js)\1/g, `$1${HANT_SEGMENT}/_astro/$2$1`);
}

export function isHantPath(base: string, path: string): boolean {
  return path.startsWith(`${withSlash(base)}${HANT_SEGMENT}/`);
}

/**
 * Whether a link found in a page leads to a page of the site (which has a
 * Traditional twin) rather than to a file: the pages are directories
 * (trailingSlash 'always'), the files have extensions (svg, csv, json, png).
 * Pagefind's bundle and Astro's assets are shared by both editions.
 */
export function isPageLink(base: string, href: string): boolean {
  const head = withSlash(base);
  if (!href.startsWith(head) || href.startsWith('//')) return false;
  const path = href.replace(/[?#].*$/, '');
  if (isHantPath(base, path)) return false;
  const rest = path.slice(head.length);
  if (/^(_astro|pagefind)\//.test(rest)) return false;
  return rest === '' || rest.endsWith('/');
}
