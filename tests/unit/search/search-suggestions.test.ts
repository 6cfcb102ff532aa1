import { describe, expect, it } from 'vitest';
import { searchSuggestions } from '../../../src/lib/search/search-suggestions.ts';

describe('searchSuggestions', () => {
  it('offers shorter pieces of a query, then related terms of the plan', () => {
    const offered = searchSuggestions('知识产权质押贷款利率');
    expect(offered[0]).not.toBe('知识产权质押贷款利率');
    expect(offered).toContain('质押融资');
    expect(offered.length).toBeLessThanOrEqual(5);
    expect(offered.some((s) => s.length < '知识产权质押贷款利率'.length && '知识产权质押贷款利率'.startsWith(s))).toBe(true);
  });

  it('offers the plan term for a near miss', () => {
    expect(searchSuggestions('专利保险费')).toContain('专利保险');
    expect(searchSuggestions('马德里体系')).toContain('马德里');
  });

  it('offers nothing for an empty query and never the query itself', () => {
    expect(searchSuggestions('   ')).toEqual([]);
    expect(searchSuggestions('商标')).not.toContain('商标');
  });
});
