import { describe, expect, it } from 'vitest';
import { FEATURE_LEVELS, LIB_ROOT, layoutProblems, readImportGraph, type ImportGraph } from '../../support/import-graph.ts';

describe('src/lib/ layout', () => {
  const graph = readImportGraph(LIB_ROOT);

  it('keeps every module in a feature folder with a level', () => {
    const features = new Set([...graph.keys()].map((file) => file.split('/')[0]));
    expect([...features].sort()).toEqual(Object.keys(FEATURE_LEVELS).sort());
  });

  it('has imports between features only downward, and no cycle', () => {
    expect(layoutProblems(graph)).toEqual([]);
  });

  it('sees the imports that do cross features', () => {
    // If the reader stopped seeing imports, the rule above would pass on nothing.
    expect(graph.get('journalism/checks.ts')).toContain('charts/growth.ts');
    expect(graph.get('charts/chart-data.ts')).toContain('plan/indicator-data.ts');
  });
});

describe('the layout rule itself', () => {
  it('names both files of an upward import', () => {
    const upward: ImportGraph = new Map([
      ['plan/addresses.ts', ['journalism/citation.ts']],
      ['journalism/citation.ts', []],
    ]);
    expect(layoutProblems(upward)).toEqual([
      'plan/addresses.ts (plan, level 0) imports journalism/citation.ts (journalism, level 2): imports between features run downward only',
    ]);
  });

  it('refuses an import between two features on one level', () => {
    const sideways: ImportGraph = new Map([['search/x.ts', ['glossary/y.ts']], ['glossary/y.ts', []]]);
    expect(layoutProblems(sideways)).toHaveLength(1);
  });

  it('names a cycle inside a feature', () => {
    const circular: ImportGraph = new Map([
      ['charts/a.ts', ['charts/b.ts']],
      ['charts/b.ts', ['charts/a.ts']],
    ]);
    expect(layoutProblems(circular)).toEqual(['circular import: charts/a.ts → charts/b.ts → charts/a.ts']);
  });

  it('asks for a level for a new feature folder', () => {
    expect(layoutProblems(new Map([['newfeature/x.ts', []]]))[0]).toMatch(/"newfeature", which has no level/);
  });
});

describe('src/lib/ stays plain TypeScript', () => {
  it('imports nothing of Astro', () => {
    const astro = [...readImportGraph(LIB_ROOT, { bare: true })].filter(([, targets]) => targets.some((t) => /^astro(:|\/|$)/.test(t)));
    expect(astro.map(([file]) => file)).toEqual([]);
  });
});
