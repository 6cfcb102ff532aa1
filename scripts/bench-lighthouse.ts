/**
 * For `npm run bench`: Lighthouse's scores for each kind of page. Lighthouse
 * (145 MB) is not a dependency of the project: `npm exec` fetches it into
 * npm's own cache on first use, and only here.
 */
import { spawnSync } from 'node:child_process';
import { DIST, PAGE_TYPES } from './bench-support.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const LIGHTHOUSE = 'lighthouse@12';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const server = await startStaticServer({ root: DIST, port: 0 });

for (const [name, route] of PAGE_TYPES) {
  const result = spawnSync(
    npm,
    [
      'exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `${server.url}${route}`,
      '--output=json', '--output-path=stdout', '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new --no-sandbox ${CHROMIUM_ARGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: findChromium() }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
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
