/** What the bench's sections share: formatting, where the stock Starlight peer is, and a page's first load. */
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The peer's source, as shared beside the repository (../shared/peers/starlight), or PEER_DIR. */
export const PEER_SOURCE = process.env.PEER_DIR || fileURLToPath(new URL('../../../shared/peers/starlight/', import.meta.url));
/**
 * The peer's working copy, outside the repository as its README asks (so that no package resolves
 * from the project's node_modules), kept between runs so that it is installed once. The build
 * section builds it; its dist/ is what the other sections measure.
 */
export const PEER_COPY = join(tmpdir(), 'ln-ip-plan-bench', 'starlight') + (process.platform === 'win32' ? '\\' : '/');
export const PEER_DIST = `${PEER_COPY}dist/`;

export const peerAvailable = () => existsSync(`${PEER_SOURCE}/package.json`);
export const peerBuilt = () => existsSync(`${PEER_DIST}index.html`);

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The kinds of page the bench measures, one address each. */
export const PAGE_TYPES: Array<[string, string]> = [
  ['home', ''],
  ['a part (三)', 'protection/'],
  ['全文', 'full/'],
  ['指标', 'indicators/'],
  ['数字速查', 'figures/'],
  ['搜索', 'search/?q=%E5%95%86%E6%A0%87'],
];

export type Kind = 'html' | 'css' | 'js' | 'other';

export interface FirstLoad {
  /** Bytes by kind: [raw as built, gzip as served]. */
  kinds: Record<Kind, [raw: number, gzip: number]>;
  requests: number;
  /** Every response's body bytes as served. */
  total: number;
}

/**
 * One first load of `route` from the build in `root`, with the offline worker blocked so that its
 * background download is not counted as the page's: bytes by kind and requests, as the static server
 * counted them.
 */
export async function firstLoad(browser: Browser, root: string, route: string): Promise<FirstLoad> {
  const served: Array<{ path: string; bytes: number }> = [];
  const server = await startStaticServer({ root, port: 0, onServed: (s) => served.push(s) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // The load event first: on a busy machine 'networkidle' alone has fired before the page's own scripts and styles were asked for.
  await page.goto(`${server.url}${route}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await context.close();
  await server.close();
  const kinds: Record<Kind, [raw: number, gzip: number]> = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
  for (const s of served) {
    const ext = extname(s.path);
    const kind: Kind = ext === '.css' ? 'css' : ext === '.js' ? 'js' : ext === '' || ext === '.html' ? 'html' : 'other';
    const file = join(root, s.path.endsWith('/') ? `${s.path}index.html` : s.path);
    kinds[kind][0] += statSync(file).size;
    kinds[kind][1] += s.bytes;
  }
  return { kinds, requests: served.length, total: served.reduce((sum, s) => sum + s.bytes, 0) };
}

export function describeLoad({ kinds, requests, total }: FirstLoad): string {
  const show = (k: Kind) => `${k.toUpperCase()} ${kb(kinds[k][0])} / ${kb(kinds[k][1])}`;
  return `${show('html')}, ${show('css')}, ${show('js')}, other ${kb(kinds.other[1])}; ${requests} requests, ${kb(total)} in all`;
}
