/** The whole build has no broken link, asset or fragment, at the root. (The sub-path build is checked in tests/content/.) */
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';

describe('the root build', () => {
  it('has no broken link', () => {
    requireDist();
    const result = checkLinks(DIST, '/');
    expect(result.broken).toEqual([]);
    // 38 pages and their 繁體中文 twins.
    expect(result.pages).toBe(76);
    expect(result.links).toBeGreaterThan(800);
    // A crawl of every page: seconds on an idle machine, several times that on a shared one.
  }, 60_000);
});
