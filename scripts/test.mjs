// `npm test`'s last step, after the build: `astro check` beside Vitest rather than before the build.
// Alone, the check keeps one core of two busy for about 18 s while the other waits; beside Vitest,
// which keeps both busy, it costs the run about half that. It reads the types the build's sync
// wrote (`--noSync`): a sync of its own would rewrite them while the build or a test read them.
// Its output is held and printed whole when it ends, so that it does not break into Vitest's.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = (path) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));

const exited = (child) => new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

const check = spawn(process.execPath, [bin('astro/bin/astro.mjs'), 'check', '--noSync'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let checkOutput = '';
check.stdout.on('data', (chunk) => (checkOutput += chunk));
check.stderr.on('data', (chunk) => (checkOutput += chunk));
const checked = exited(check).then((code) => {
  process.stdout.write(`\n── astro check ${code === 0 ? 'passed' : 'FAILED'} ──\n${checkOutput}\n`);
  return code;
});

const vitest = spawn(process.execPath, [bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const [checkCode, vitestCode] = await Promise.all([checked, exited(vitest)]);
if (checkCode !== 0) console.error('astro check found errors (above): npm test fails.');
process.exit(checkCode !== 0 ? checkCode : vitestCode);
