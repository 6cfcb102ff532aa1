/**
 * What a page costs on a first visit: its HTML, the styles and scripts it
 * loads as it opens (`pageAssets`, the same reading the offline worker uses)
 * and its icon, each gzipped as a host sends it. The build reports it for
 * part 三 against the budget below; `npm run bench` measures the same page in
 * a browser, beside the stock Starlight peer's.
 */
import { pageAssets, wireBytes, type BuiltFile } from './offline.ts';

/**
 * Part 三, the plan's longest part, at most 22 KB gzipped in at most 12
 * requests: on a phone each request is a round trip, and the reading should
 * not wait on the enhancements.
 */
export const FIRST_LOAD_BUDGET = { page: 'protection/index.html', gzipBytes: 22 * 1024, requests: 12 } as const;

export interface FirstLoad {
  page: string;
  /** Every file fetched, the page first, with its gzipped bytes. */
  files: Array<{ path: string; gzipBytes: number }>;
  requests: number;
  gzipBytes: number;
}

/** The icon a browser asks for whatever the page: the one its HTML names. */
function iconsOf(html: string, files: ReadonlyMap<string, BuiltFile>): string[] {
  return [...html.matchAll(/<link\b[^>]*\brel="(?:shortcut )?icon"[^>]*>/g)]
    .map((tag) => /\bhref="([^"]+)"/.exec(tag[0])?.[1] ?? '')
    .map((href) => [...files.keys()].find((path) => href.endsWith(`/${path}`)) ?? '')
    .filter(Boolean);
}

/** The first load of the page at `page` (a path in the build, e.g. protection/index.html). */
export function firstLoadOf(files: readonly BuiltFile[], page: string, assets = pageAssets(files)): FirstLoad {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const html = byPath.get(page);
  if (!html) throw new Error(`first load: no ${page} in the build`);
  const paths = [page, ...(assets.get(page) ?? []), ...iconsOf(new TextDecoder().decode(html.content), byPath)];
  const loaded = paths.map((path) => ({ path, gzipBytes: wireBytes(byPath.get(path)!.content) }));
  return { page, files: loaded, requests: loaded.length, gzipBytes: loaded.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

/** The build's line: the figure, and whether it keeps to the budget. */
export function firstLoadSummary(load: FirstLoad, budget = FIRST_LOAD_BUDGET): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const within = load.gzipBytes <= budget.gzipBytes && load.requests <= budget.requests;
  return (
    `first load of ${load.page}: ${kb(load.gzipBytes)} gzipped in ${load.requests} requests ` +
    `(budget ${kb(budget.gzipBytes)} in ${budget.requests}${within ? '' : ': OVER'})`
  );
}
