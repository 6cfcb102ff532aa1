/**
 * For `npm run bench`: Lighthouse's scores for each kind of page. Lighthouse
 * (145 MB) is not a dependency of the project: `npm exec` fetches it into
 * npm's own cache on first use, and only here.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST, PAGE_TYPES } from './support.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';

const LIGHTHOUSE = 'lighthouse@12';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const server = await startStaticServer({ root: DIST, port: 0 });

// Asynchronous: the server above answers Lighthouse's requests from this very event loop
// (with spawnSync no page ever loaded, and Lighthouse gave up with "Target closed").
const execFileAsync = promisify(execFile);

for (const [name, route] of PAGE_TYPES) {
  const result = await execFileAsync(
    npm,
    [
      'exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `${server.url}${route}`,
      '--output=json', '--output-path=stdout', '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
  ).catch((error: Error & { stderr?: string }) => ({ failed: (error.stderr || error.message).trim().split('\n').slice(-3).join(' ') }));
  if ('failed' in result) {
    console.log(`  ${name.padEnd(12)} Lighthouse did not run (${LIGHTHOUSE} via npm exec): ${result.failed}`);
    break;
  }
  const report = JSON.parse(result.stdout) as { categories: Record<string, { score: number | null }> };
  const scores = Object.values(report.categories).map((c) => Math.round((c.score ?? 0) * 100));
  console.log(`  ${name.padEnd(12)} ${scores.join(' / ')}`);
}
await server.close();
