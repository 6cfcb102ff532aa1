/**
 * The folders around src/lib/: build steps in src/build/, the preview server in
 * src/server/, and in scripts/ only commands a person (or CI) runs. A newcomer
 * tells them apart by where they are, so this holds the split.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportGraph } from '../../support/import-graph.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

/** What a folder under src/ may import besides itself and packages. */
const MAY_IMPORT: Record<string, string[]> = {
  build: ['lib', 'offline'],
  server: ['lib'],
};

function outsideImports(folder: string): string[] {
  const graph = readImportGraph(join(SRC, folder));
  const problems: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      if (!to.startsWith('..')) continue;
      const top = posix.normalize(posix.join(folder, to)).split('/')[0] ?? '';
      if (!MAY_IMPORT[folder]?.includes(top)) problems.push(`src/${folder}/${from} imports ${posix.join('src', folder, to)}: src/${folder}/ imports only from ${MAY_IMPORT[folder]?.map((f) => `src/${f}/`).join(', ')}`);
    }
  }
  return problems;
}

describe('src/build/ and src/server/', () => {
  it('import only from src/lib/ (and the worker template), never from pages, scripts or tests', () => {
    expect([...outsideImports('build'), ...outsideImports('server')]).toEqual([]);
  });

  it('hold the build steps that post-build runs', () => {
    const postBuild = readFileSync(join(SRC, 'integrations/post-build.ts'), 'utf8');
    for (const step of readdirSync(join(SRC, 'build'))) expect(postBuild, step).toContain(`../build/${step}`);
  });

  it('are seen importing: the check would pass on nothing otherwise', () => {
    expect(readImportGraph(join(SRC, 'build')).get('hant-edition.ts')).toContain('../lib/hant/convert.ts');
    expect(readImportGraph(join(SRC, 'server')).get('static-server.ts')).toContain('../lib/site/csp-header.ts');
  });
});

describe('scripts/', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const commands = [...Object.values(pkg.scripts), readFileSync(join(ROOT, '.ci/run'), 'utf8')].join('\n');
  const bench = readFileSync(join(ROOT, 'scripts/bench.ts'), 'utf8');

  it('holds only commands that package.json or CI runs, and the bench sections it lists', () => {
    const strays: string[] = [];
    for (const entry of readdirSync(join(ROOT, 'scripts'), { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'bench') strays.push(`scripts/${entry.name}/`);
        continue;
      }
      if (!commands.includes(`scripts/${entry.name}`)) strays.push(`scripts/${entry.name}`);
    }
    for (const section of readdirSync(join(ROOT, 'scripts/bench'))) {
      if (section !== 'support.ts' && !bench.includes(`'bench/${section}'`)) strays.push(`scripts/bench/${section}`);
    }
    expect(strays, 'a build step goes in src/build/, a library that tests import in src/ or tests/support/').toEqual([]);
  });
});
