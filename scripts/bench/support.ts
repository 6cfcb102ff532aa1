/** What the bench's sections share: formatting, and where the stock Starlight peer is. */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
