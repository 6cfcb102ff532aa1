/**
 * For `npm run bench`: Lighthouse's scores for each kind of page. Lighthouse
 * (145 MB) is not a dependency of the project: `npm exec` fetches it into
 * npm's own cache on first use, and only here.
 */
import { spawn } from 'node:child_process';
import { DIST, PAGE_TYPES } from './bench-support.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const LIGHTHOUSE = 'lighthouse@12';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const server = await startStaticServer({ root: DIST, port: 0 });

/**
 * Runs a command without blocking this process: the server above answers
 * Lighthouse's requests from this very event loop (with spawnSync, no page
 * ever loaded, and Lighthouse gave up with "Target closed").
 */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, shell: process.platform === 'win32' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => resolve({ status: null, stdout, stderr, error }));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

for (const [name, route] of PAGE_TYPES) {
  const result = await run(
    npm,
    [
      'exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `${server.url}${route}`,
      '--output=json', '--output-path=stdout', '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { ...process.env, CHROME_PATH: findChromium() },
  );
  if (result.status !== 0) {
    console.log(`  ${name.padEnd(12)} Lighthouse did not run (${LIGHTHOUSE} via npm exec): ${(result.stderr || result.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
    break;
  }
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }> };
  const scores = Object.values(report.categories).map((c) => Math.round((c.score ?? 0) * 100));
  console.log(`  ${name.padEnd(12)} ${scores.join(' / ')}`);
}
await server.close();
