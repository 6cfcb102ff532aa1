/**
 * For `npm run bench`: each kind of page on first load, its HTML, CSS and JS
 * bytes (raw as built, gzip as served) and its requests, with the offline
 * worker blocked so that its background download is not counted as the
 * page's; then part 三 side by side with the stock Starlight peer's.
 */
import { statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, kb, PAGE_TYPES, PEER_DIST, peerBuilt } from './support.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';


const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

type Kind = 'html' | 'css' | 'js' | 'other';

/** One first load of `route` from the build in `root`: bytes by kind, [raw, gzip], and requests. */
async function firstLoad(root: string, route: string) {
  const served: Array<{ path: string; bytes: number }> = [];
  const server = await startStaticServer({ root, port: 0, onServed: (s) => served.push(s) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}${route}`, { waitUntil: 'networkidle' });
  await context.close();
  await server.close();
  const kinds: Record<Kind, [raw: number, gzip: number]> = { html: [0, 0], css: [0, 0], js: [0, 0], other: [0, 0] };
  for (const s of served) {
    const ext = extname(s.path);
    const kind: Kind = ext === '.css' ? 'css' : ext === '.js' ? 'js' : ext === '' || ext === '.html' ? 'html' : 'other';
    const file = join(root, s.path.endsWith('/') ? `${s.path}index.html` : s.path);
    kinds[kind][0] += statSync(file).size;
    kinds[kind][1] += s.bytes;
  }
  return { kinds, requests: served.length, total: served.reduce((sum, s) => sum + s.bytes, 0) };
}

const describeLoad = ({ kinds, requests, total }: Awaited<ReturnType<typeof firstLoad>>) => {
  const show = (k: Kind) => `${k.toUpperCase()} ${kb(kinds[k][0])} / ${kb(kinds[k][1])}`;
  return `${show('html')}, ${show('css')}, ${show('js')}, other ${kb(kinds.other[1])}; ${requests} requests, ${kb(total)} in all`;
};

console.log('  (raw as built / gzip as served)');
for (const [name, route] of PAGE_TYPES) console.log(`  ${name.padEnd(12)} ${describeLoad(await firstLoad(DIST, route))}`);

if (peerBuilt()) {
  console.log('  part 三 (/protection/), side by side:');
  console.log(`    project ${describeLoad(await firstLoad(DIST, 'protection/'))}`);
  console.log(`    peer    ${describeLoad(await firstLoad(PEER_DIST, 'protection/'))}`);
} else {
  console.log(`  no peer build in ${PEER_DIST} (the build section makes it when ../shared is there): no side-by-side`);
}
await browser.close();
