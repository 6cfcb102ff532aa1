/**
 * `npm run bench`: figures, not pass/fail, in sections run one after another.
 * Each section is a script of its own that prints its figures; all but the
 * first measure the dist/ (and the peer's dist/) that the build section leaves.
 *
 *   npm run bench                  every section
 *   npm run bench -- search pages  the sections named (with a build first when dist/ is missing)
 *
 * A new section is a script in scripts/bench/ and a line in SECTIONS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './bench/support.ts';

const SECTIONS = [
  { name: 'build', script: 'bench/build.ts', title: 'Build time, against a stock Starlight build of the same text' },
  { name: 'pages', script: 'bench/pages.ts', title: 'Pages on first load' },
  { name: 'lighthouse', script: 'bench/lighthouse.ts', title: 'Lighthouse (performance, accessibility, best practices, SEO)' },
  { name: 'search', script: 'bench/search.ts', title: 'Search' },
  { name: 'offline', script: 'bench/offline.ts', title: 'Offline worker' },
  { name: 'explore', script: 'bench/explore.ts', title: 'Plan explorer: first load and a facet change' },
  { name: 'teach', script: 'bench/teach.ts', title: 'Teaching kit: pages on first load, the slide script, the downloads' },
  { name: 'tests', script: 'bench/tests.ts', title: 'Test suite, per Vitest project' },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !SECTIONS.some((s) => s.name === name));
if (unknown.length) {
  console.error(`No bench section ${unknown.join(', ')}: the sections are ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
const chosen = SECTIONS.filter((s) => (asked.length ? asked.includes(s.name) : true) && existsSync(join(ROOT, 'scripts', s.script)));
if (!chosen.some((s) => s.name === 'build') && !existsSync(join(DIST, 'index.html'))) chosen.unshift(SECTIONS[0]!);

for (const section of chosen) {
  console.log(`\n## ${section.title} (${section.name})`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', section.script)], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`bench section ${section.name} failed`);
    process.exit(1);
  }
  console.log(`   (${section.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}
