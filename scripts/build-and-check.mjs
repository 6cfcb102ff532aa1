// The first step of `npm test`: `npm run build`, with `astro check` beside it, failing if either fails.
// Each is mostly one process on one core, so one after the other they left the second core idle for
// about 40 s (measured from a fresh clone: 50–80 % of two cores busy, against 95–100 % through Vitest).
// The check starts once the build has written the content types (its "[types] Generated" line) and
// runs without a sync of its own (--noSync), so that nothing rewrites the types while it reads them.
// Beside Vitest instead, it only slowed the files it ran with (docs/testing.md).
// The build's output shows as it comes; the check's when it ends, so that the two never interleave.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Both run as the npm scripts run Astro (run-astro.mjs: the Node check, telemetry off).
const RUN_ASTRO = fileURLToPath(new URL('run-astro.mjs', import.meta.url));

/** Runs `node args`, its output to ours as it comes (and to onLine) or kept; resolves with its exit status and what it kept. */
function run(args, { live, onLine }) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let kept = '';
  let partial = '';
  const take = (stream) => (chunk) => {
    if (live) stream.write(chunk);
    else kept += chunk;
    if (!onLine) return;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  child.stdout.on('data', take(process.stdout));
  child.stderr.on('data', take(process.stderr));
  return new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: 1, kept: `${kept}${error.message}\n` }));
    child.on('close', (status) => resolve({ status: status ?? 1, kept }));
  });
}

let checking;
const startCheck = (sync) => (checking ??= run([RUN_ASTRO, 'check', ...(sync ? [] : ['--noSync'])], { live: false }));

// As `npm run build` runs it (package.json).
const built = await run(['--max-semi-space-size=32', RUN_ASTRO, 'build'], {
  live: true,
  onLine: (line) => {
    if (/\[types\] Generated/.test(line)) startCheck(false);
  },
});
// A build that stopped before writing the types: the check makes them itself.
const checked = await startCheck(true);
process.stdout.write(`\n── astro check (run beside the build) ──\n${checked.kept}`);
if (checked.status !== 0) process.stderr.write(`astro check failed (exit ${checked.status}): its diagnostics are above.\n`);
if (built.status !== 0) process.stderr.write(`The build failed (exit ${built.status}): its output is above.\n`);
process.exit(built.status !== 0 ? built.status : checked.status !== 0 ? 1 : 0);
