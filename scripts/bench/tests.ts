/**
 * The test suite's time, for `npm run bench` (or alone: `node scripts/bench/tests.ts`):
 * `npm run check` and `npm run build` as `npm test` runs them, then each Vitest
 * project run alone (`vitest run --project <name>`), wall seconds each and in
 * all, so that a project that grows shows which. `npm test` runs the projects
 * together on two workers, so it takes less than the sum. Other work on the
 * machine slows every figure: the load average is printed with them.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import config from '../../vitest.config.ts';
import { ROOT, seconds } from './support.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const projects = (config.test?.projects ?? []).map((project) => (typeof project === 'object' && 'test' in project ? project.test?.name : undefined));
if (projects.length === 0 || projects.some((name) => typeof name !== 'string')) throw new Error('vitest.config.ts lists no named projects: nothing to time');

const load = () => loadavg().map((l) => l.toFixed(1)).join(', ');

/** Runs a command in the project, fails the bench with its output if it fails, and returns its wall time and last line. */
function timed(command: string, args: string[]): { ms: number; summary: string } {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed:\n${output.slice(-6000)}`);
    process.exit(1);
  }
  // The summary reporter's line (tests/support/summary-reporter.ts), where the command is Vitest.
  const summary = /^\d+ passed, \d+ failed, \d+ skipped$/m.exec(output)?.[0] ?? '';
  return { ms, summary };
}

console.log(`  load average at the start: ${load()} (1, 5, 15 min)`);
const rows: Array<[string, number, string]> = [];
for (const script of ['check', 'build']) {
  const { ms } = timed(npm, ['run', script]);
  rows.push([`npm run ${script}`, ms, '']);
  console.log(`  ${`npm run ${script}`.padEnd(24)} ${seconds(ms).padStart(8)}`);
}
const vitest = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
for (const name of projects as string[]) {
  const { ms, summary } = timed(process.execPath, [vitest, 'run', '--project', name]);
  rows.push([`vitest --project ${name}`, ms, summary]);
  console.log(`  ${`vitest --project ${name}`.padEnd(24)} ${seconds(ms).padStart(8)}  ${summary}`);
}
const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`  ${'in all'.padEnd(24)} ${seconds(total).padStart(8)}  (npm test runs the projects together: less)`);
console.log(`  load average at the end: ${load()}`);
