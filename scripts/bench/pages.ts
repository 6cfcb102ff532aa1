/**
 * For `npm run bench`: each kind of page on first load, its HTML, CSS and JS
 * bytes (raw as built, gzip as served) and its requests, with the offline
 * worker blocked so that its background download is not counted as the
 * page's; then part 三 side by side with the stock Starlight peer's.
 */
import { chromium } from 'playwright-core';
import { DIST, describeLoad, firstLoad, PAGE_TYPES, PEER_DIST, peerBuilt } from './support.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

console.log('  (raw as built / gzip as served)');
for (const [name, route] of PAGE_TYPES) console.log(`  ${name.padEnd(12)} ${describeLoad(await firstLoad(browser, DIST, route))}`);

if (peerBuilt()) {
  console.log('  part 三 (/protection/), side by side:');
  console.log(`    project ${describeLoad(await firstLoad(browser, DIST, 'protection/'))}`);
  console.log(`    peer    ${describeLoad(await firstLoad(browser, PEER_DIST, 'protection/'))}`);
} else {
  console.log(`  no peer build in ${PEER_DIST} (the build section makes it when ../shared is there): no side-by-side`);
}
await browser.close();
