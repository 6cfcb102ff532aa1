/**
 * For `npm run bench` (or alone: `node scripts/bench/teach.ts`, on the dist/
 * already built): the teaching kit against its budgets.
 *   - every /teach/ page on first load, every request counted (gzip as served): 30 KB each;
 *   - the slide projection's script, gzip: 15 KB;
 *   - each .pptx: 1.5 MB; the .docx papers and the quiz's open data beside them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { DIST, describeLoad, firstLoad, kb } from './support.ts';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';

const PAGE_BUDGET = 30 * 1024;
const SLIDE_SCRIPT_BUDGET = 15 * 1024;
const PPTX_BUDGET = 1.5 * 1024 * 1024;
const ROUTES = ['teach/', 'teach/primary/', 'teach/junior/', 'teach/senior/', 'teach/quiz/primary/', 'teach/quiz/junior/', 'teach/quiz/senior/', 'teach/words/', 'teach/poster/', 'teach/shouchaobao/', 'teach/week/'];

const verdict = (value: number, budget: number) => (value <= budget ? `within ${kb(budget)}` : `OVER ${kb(budget)} by ${kb(value - budget)}`);

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
console.log('  (raw as built / gzip as served)');
for (const route of ROUTES) {
  const load = await firstLoad(browser, DIST, route);
  console.log(`  /${route.padEnd(20)} ${kb(load.total)} gzip: ${verdict(load.total, PAGE_BUDGET)} (${describeLoad(load)})`);
}
await browser.close();

// The projection's script is the chunk the lesson page loads that defines <slide-deck>.
const lesson = readFileSync(join(DIST, 'teach/primary/index.html'), 'utf8');
const scripts = [...lesson.matchAll(/src="[^"]*\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
for (const script of scripts) {
  const body = readFileSync(join(DIST, script));
  if (!body.toString('utf8').includes('slide-deck')) continue;
  const gzip = gzipSync(body).length;
  console.log(`  slide script ${script}: ${kb(body.length)} / ${kb(gzip)} gzip: ${verdict(gzip, SLIDE_SCRIPT_BUDGET)}`);
}

for (const name of readdirSync(join(DIST, 'teach')).filter((n) => /\.(pptx|docx)$/.test(n))) {
  const size = statSync(join(DIST, 'teach', name)).size;
  console.log(`  ${name.padEnd(22)} ${kb(size)}${name.endsWith('.pptx') ? `: ${size <= PPTX_BUDGET ? 'within' : 'OVER'} 1.5 MB` : ''}`);
}
for (const name of ['quiz.csv', 'quiz.json']) console.log(`  /data/${name.padEnd(16)} ${kb(statSync(join(DIST, 'data', name)).size)}`);
