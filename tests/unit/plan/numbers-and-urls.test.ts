import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../../src/lib/plan/numbers.ts';
import { withBase } from '../../../src/lib/site/urls.ts';

describe('formatPublished', () => {
  it('gives back the digits the plan prints', () => {
    expect([5.29, 2.195, 0.08, 30.96, 14332, 10.98].map(formatPublished)).toEqual(['5.29', '2.195', '0.08', '30.96', '14332', '10.98']);
    expect(() => formatPublished(Number.NaN)).toThrow(RangeError);
  });
});

describe('withBase', () => {
  it('joins the deploy base and a site path', () => {
    expect(withBase('/', '/full/')).toBe('/full/');
    expect(withBase('/plan/', '/full/')).toBe('/plan/full/');
    expect(withBase('/plan', 'full/')).toBe('/plan/full/');
  });
});
