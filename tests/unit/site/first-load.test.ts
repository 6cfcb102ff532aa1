import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET, firstLoadOf, firstLoadSummary } from '../../../src/lib/site/first-load.ts';

const file = (path: string, text = '') => ({ path, content: new TextEncoder().encode(text) });
const gzipped = (text: string) => Math.min(Buffer.byteLength(text), gzipSync(text, { level: 9 }).length);

describe('firstLoadOf', () => {
  const page = '<link rel="icon" href="/plan/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/plan/_astro/Base.A1.css"><script type="module" src="/plan/_astro/Boot.B2.js"></script>';
  const boot = 'import{a}from"./urls.C3.js";a(()=>import("./tools.D4.js"))';
  const files = [
    file('protection/index.html', page),
    file('_astro/Base.A1.css', 'body{margin:0}'.repeat(40)),
    file('_astro/Boot.B2.js', boot),
    file('_astro/urls.C3.js', 'export const a=1'),
    file('_astro/tools.D4.js', 'export const b=2'.repeat(100)),
    file('favicon.svg', '<svg/>'),
  ];

  it('counts the page, what it loads as it opens and its icon, not what loads on demand', () => {
    const load = firstLoadOf(files, 'protection/index.html');
    expect(load.files.map((f) => f.path)).toEqual(['protection/index.html', '_astro/Base.A1.css', '_astro/Boot.B2.js', '_astro/urls.C3.js', 'favicon.svg']);
    expect(load.requests).toBe(5);
    expect(load.gzipBytes).toBe(gzipped(page) + gzipped('body{margin:0}'.repeat(40)) + gzipped(boot) + gzipped('export const a=1') + gzipped('<svg/>'));
  });

  it('names a page the build does not have', () => {
    expect(() => firstLoadOf(files, 'talent/index.html')).toThrow('first load: no talent/index.html in the build');
  });

  it('says when the figure is over the budget', () => {
    expect(FIRST_LOAD_BUDGET).toEqual({ page: 'protection/index.html', gzipBytes: 22528, requests: 12 });
    const load = { page: 'protection/index.html', files: [], requests: 21, gzipBytes: 31539 };
    expect(firstLoadSummary(load)).toBe('first load of protection/index.html: 30.8 KB gzipped in 21 requests (budget 22.0 KB in 12: OVER)');
    expect(firstLoadSummary({ ...load, requests: 9, gzipBytes: 21000 })).toBe('first load of protection/index.html: 20.5 KB gzipped in 9 requests (budget 22.0 KB in 12)');
  });
});
