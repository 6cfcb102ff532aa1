import { describe, expect, it } from 'vitest';
import { highlightPhrases } from '../../../src/lib/search/highlight-terms.ts';

describe('highlightPhrases', () => {
  const page = '推进知识产权质押融资、专利保险等工作。PCT 专利申请。';
  it('puts a phrase cut into words back together', () => {
    expect(highlightPhrases(['质', '押', '融资'], page)).toEqual(['质押融资']);
  });
  it('marks words apart when the phrase is not on the page, never single characters', () => {
    expect(highlightPhrases(['专利', '融资', '险'], page)).toEqual(['专利', '融资']);
    expect(highlightPhrases(['PCT', '专利'], page)).toEqual(['PCT 专利']);
  });
  it('marks nothing for words the page lacks', () => {
    expect(highlightPhrases(['区块链'], page)).toEqual([]);
    expect(highlightPhrases([], page)).toEqual([]);
  });
});
