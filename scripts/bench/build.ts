/**
 * The build's time against the stock Starlight peer's, for `npm run bench`.
 * Both are built the same way, `npm run build` with telemetry off and Node 24
 * first on PATH, alternately, so that a machine busier for one moment slows
 * both. The project's first build starts with no build cache (a fresh
 * clone); the medians are of the builds after it, as a maintainer rebuilds.
 * Where ../shared is absent, the project alone is timed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { median, PEER_COPY, PEER_SOURCE, peerAvailable, ROOT, seconds } from './support.ts';

const RUNS = Number(process.env.BENCH_RUNS || 3);
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  // The peer's README: Astro 7 needs Node 24, the project's own.
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * CPU seconds used by this process's finished children and theirs (Linux's /proc; elsewhere
 * nothing): on a machine shared with other work, the build's own cost, which waiting does not inflate.
 */
function childrenCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
  // cutime and cstime, fields 16 and 17 of stat(5), counted from field 3 here; in ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

interface Timing {
  wall: number;
  cpu?: number;
}

function run(cwd: string, args: string[]): Timing {
  const started = performance.now();
  const cpuBefore = childrenCpu();
  const result = spawnSync(npm, args, { cwd, env, encoding: 'utf8', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`npm ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const cpuAfter = childrenCpu();
  return { wall: performance.now() - started, cpu: cpuBefore === undefined ? undefined : cpuAfter! - cpuBefore };
}

/** A copy of the peer outside the repository, installed once per lock file. */
function preparePeer(): void {
  const lock = readFileSync(join(PEER_SOURCE, 'package-lock.json'), 'utf8');
  const marker = join(PEER_COPY, '.installed-lock');
  const installed = existsSync(marker) && readFileSync(marker, 'utf8') === lock;
  rmSync(join(PEER_COPY, 'src'), { recursive: true, force: true });
  mkdirSync(PEER_COPY, { recursive: true });
  cpSync(PEER_SOURCE, PEER_COPY, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|\.astro)([\\/]|$)/.test(source.slice(PEER_SOURCE.length)) });
  if (!installed) {
    console.log(`  installing the peer's packages in ${PEER_COPY} (once)`);
    run(PEER_COPY, ['ci', '--no-audit', '--no-fund']);
    writeFileSync(marker, lock);
  }
}

const project: Timing[] = [];
const peer: Timing[] = [];
const comparing = peerAvailable();
if (comparing) preparePeer();
else console.log(`  ${PEER_SOURCE} is absent: no peer to compare with, the project alone is timed`);

const describe = ({ wall, cpu }: Timing) => `${seconds(wall)}${cpu === undefined ? '' : ` (CPU ${cpu.toFixed(1)} s)`}`;
// Everything src/lib/site/build-cache.ts keeps (PNGs, QR codes, 繁體 pages…), as in a fresh clone.
rmSync(join(ROOT, 'node_modules', '.cache'), { recursive: true, force: true });
console.log(`  project, first build without its build cache (a fresh clone): ${describe(run(ROOT, ['run', 'build']))}`);
for (let i = 0; i < RUNS; i += 1) {
  project.push(run(ROOT, ['run', 'build']));
  if (comparing) peer.push(run(PEER_COPY, ['run', 'build']));
}
const medianOf = (times: Timing[], key: keyof Timing) => median(times.map((t) => t[key] ?? Number.NaN));
const show = (times: Timing[]) =>
  `median ${seconds(medianOf(times, 'wall'))} of ${times.length} (${times.map((t) => (t.wall / 1000).toFixed(1)).join(', ')})` +
  (times[0]!.cpu === undefined ? '' : `, CPU median ${medianOf(times, 'cpu').toFixed(1)} s`);
console.log(`  project \`npm run build\` (astro build, search index, 繁體 edition, offline worker): ${show(project)}`);
if (comparing) {
  console.log(`  peer    \`npm run build\` (stock Starlight, Pagefind included):      ${show(peer)}`);
  const cpuRatio = project[0]!.cpu === undefined ? '' : `, CPU time ${(medianOf(project, 'cpu') / medianOf(peer, 'cpu')).toFixed(2)}`;
  console.log(`  ratio project / peer: wall time ${(medianOf(project, 'wall') / medianOf(peer, 'wall')).toFixed(2)}${cpuRatio}`);
}
