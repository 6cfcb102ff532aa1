/**
 * For `npm run bench` (or alone: `node scripts/bench/explore.ts`, on the dist/
 * already built): the plan explorer's cost to a reader.
 *   - /explore/ on first load, every request counted (gzip as served), against
 *     its budget; the front page beside it;
 *   - a facet change under 4× CPU throttling (CDP's Emulation.setCPUThrottlingRate):
 *     timed in the page from the select's change event to the list updated and
 *     laid out, alternating 全部 (84 blocks, of which the first 10 are listed) and 大连 (10), 20 runs after
 *     5 unmeasured ones, median against its budget of one frame.
 */
import { chromium } from 'playwright-core';
import { DIST, describeLoad, firstLoad, kb, median } from './support.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { startStaticServer } from '../../src/server/static-server.ts';

const EXPLORE_BUDGET = 40 * 1024;
const CHANGE_BUDGET_MS = 16;
const THROTTLE = 4;
const RUNS = 20;
const WARM_UP = 5;

const verdict = (value: number, budget: number, show: (n: number) => string) =>
  value <= budget ? `within the budget of ${show(budget)}` : `OVER the budget of ${show(budget)} by ${show(value - budget)}`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

console.log('  (raw as built / gzip as served)');
const explore = await firstLoad(browser, DIST, 'explore/');
console.log(`  /explore/    ${describeLoad(explore)}`);
console.log(`               ${kb(explore.total)} gzip on first load: ${verdict(explore.total, EXPLORE_BUDGET, kb)}`);
const home = await firstLoad(browser, DIST, '');
console.log(`  front page   ${describeLoad(home)}`);

const server = await startStaticServer({ root: DIST, port: 0 });
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(`${server.url}explore/`, { waitUntil: 'networkidle' });
await page.locator('explore-filters:not([hidden])').waitFor();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
const runs = await page.evaluate(
  ({ runs, warmUp }) => {
    const select = document.querySelector<HTMLSelectElement>('select[name="place"]')!;
    const list = document.querySelector<HTMLElement>('.explore-results')!;
    const status = document.querySelector<HTMLElement>('.explore-count')!;
    const count = () => `${list.querySelectorAll(':scope > li:not([hidden])').length}: ${status.textContent}`;
    const out: Array<{ script: number; updated: number; shown: string }> = [];
    for (let i = 0; i < warmUp + runs; i += 1) {
      select.value = i % 2 === 0 ? '大连' : '';
      const start = performance.now();
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const script = performance.now() - start;
      // Reading a size makes the browser apply the styles and lay the list out now, as it must before painting.
      void list.offsetHeight;
      const updated = performance.now() - start;
      if (i >= warmUp) out.push({ script, updated, shown: count() });
    }
    return out;
  },
  { runs: RUNS, warmUp: WARM_UP },
);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await context.close();
await server.close();
await browser.close();

const shown = [...new Set(runs.map((r) => r.shown))].sort();
const expected = ['10: 共84段，先列出前10段', '10: 符合条件的有10段（共84段）'];
if (shown.join('|') !== expected.join('|')) throw new Error(`the facet changes showed “${shown.join('” and “')}”, not “${expected.join('” and “')}”: is the explorer's script running?`);
const updated = median(runs.map((r) => r.updated));
console.log(
  `  a facet change at ${THROTTLE}× CPU throttling (全部 ↔ 大连, ${RUNS} runs): median ${ms(updated)} to the list updated and laid out ` +
    `(script alone ${ms(median(runs.map((r) => r.script)))}; slowest ${ms(Math.max(...runs.map((r) => r.updated)))}): ${verdict(updated, CHANGE_BUDGET_MS, ms)}`,
);
