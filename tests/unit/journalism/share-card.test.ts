import { describe, expect, it } from 'vitest';
import { shareCardSvg } from '../../../src/lib/journalism/share-card.ts';

describe('shareCardSvg', () => {
  it('draws the plan title, the heading in lines and the source on a 1200 × 630 card', () => {
    const svg = shareCardSvg({ heading: '三、强化知识产权保护，促进经济高质量发展', planTitle: '辽宁省“十四五”知识产权保护和运用规划', siteName: '站名', source: '来源：省知识产权局' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    const lines = [...svg.matchAll(/<text[^>]*font-size="60"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(lines.join('')).toBe('三、强化知识产权保护，促进经济高质量发展');
    expect(lines.length).toBe(2);
    expect(svg).toContain('>来源：省知识产权局</text>');
  });
});
