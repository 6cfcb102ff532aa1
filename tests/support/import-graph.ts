/**
 * The import graph of src/lib/, read from the source text, and the one rule of
 * its layout: a feature folder imports only from features on a lower level.
 * A regex reader is enough here because src/lib/ uses only static `import … from
 * '…'` / `export … from '…'` with relative paths and extensions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';

/**
 * Each feature's level. A folder may import from its own feature and from any
 * feature on a strictly lower level; features on one level stay independent.
 * A new feature folder must be added here, or the test names it.
 */
export const FEATURE_LEVELS: Record<string, number> = {
  plan: 0,
  site: 0,
  hosting: 0,
  charts: 1,
  reader: 1,
  search: 1,
  glossary: 1,
  journalism: 2,
  context: 2,
  // The 繁體中文 edition: converts what plan, site and search produce.
  hant: 2,
  // The plan explorer and its scorecard: tags the plan's blocks, reads the indicators, reported values and charts' arithmetic.
  explorer: 3,
  // The teaching kit: quotes the plan's blocks, draws figures with the charts' arithmetic, reads the context's source schema.
  teach: 4,
};

export type ImportGraph = Map<string, string[]>;

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** Every file under `root` (e.g. src/lib) with the files of the same tree it imports, as paths relative to `root`. */
export function readImportGraph(root: string, options: { bare?: boolean } = {}): ImportGraph {
  const graph: ImportGraph = new Map();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(ts|js|mjs)$/.test(entry.name)) {
        const from = relative(root, path).split(sep).join('/');
        graph.set(from, importsOf(from, readFileSync(path, 'utf8'), options.bare));
      }
    }
  };
  visit(root);
  return graph;
}

/** The relative imports of one file's text, resolved against its path; packages only when `bare` is asked for. */
export function importsOf(file: string, text: string, bare = false): string[] {
  const targets: string[] = [];
  for (const [, specifier = ''] of text.matchAll(SPECIFIER)) {
    if (specifier.startsWith('.')) targets.push(posix.normalize(posix.join(posix.dirname(file), specifier)));
    else if (bare) targets.push(specifier);
  }
  return targets;
}

export function featureOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : '(top level)';
}

/** Every breach of the rule, as a sentence naming both files. */
export function layoutProblems(graph: ImportGraph, levels = FEATURE_LEVELS): string[] {
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    const feature = featureOf(from);
    if (!(feature in levels)) {
      problems.push(`${from} is in "${feature}", which has no level: add it to FEATURE_LEVELS in tests/support/import-graph.ts`);
      continue;
    }
    for (const to of targets) {
      if (to.startsWith('..')) {
        problems.push(`${from} imports ${to}, outside src/lib/: src/lib/ is plain TypeScript that nothing above it may feed`);
        continue;
      }
      const target = featureOf(to);
      const [fromLevel, toLevel] = [levels[feature], levels[target]];
      if (target === feature || fromLevel === undefined || toLevel === undefined) continue;
      if (toLevel >= fromLevel) {
        problems.push(
          `${from} (${feature}, level ${fromLevel}) imports ${to} (${target}, level ${toLevel}): imports between features run downward only`,
        );
      }
    }
  }
  return [...problems, ...cycles(graph)];
}

/** Import cycles between files, each reported once as the chain that closes it. */
export function cycles(graph: ImportGraph): string[] {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(`circular import: ${[...stack.slice(stack.indexOf(next)), next].join(' → ')}`);
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

export const LIB_ROOT = join(dirname(new URL(import.meta.url).pathname), '../../src/lib');
