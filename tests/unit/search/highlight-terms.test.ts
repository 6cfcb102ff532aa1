import { describe, expect, it } from 'vitest';
import { highlightPhrases, phraseRanges } from '../../../src/lib/search/highlight-terms.ts';

describe('highlightPhrases', () => {
  const page = '推进知识产权质押融资、专利保险等工作。PCT 专利申请。';
  it('keeps each phrase the address names that the page holds, in its case', () => {
    expect(highlightPhrases(['质押融资', '专利保险'], page)).toEqual(['质押融资', '专利保险']);
    expect(highlightPhrases(['pct'], page)).toEqual([]);
    expect(highlightPhrases(['PCT'], page)).toEqual(['PCT']);
  });
  it('puts a phrase cut into words by an older link back together, and never marks single characters among words', () => {
    expect(highlightPhrases(['质', '押', '融资'], page)).toEqual(['质押融资']);
    expect(highlightPhrases(['专利', '融资', '险'], page)).toEqual(['专利', '融资']);
  });
  it('marks nothing for words the page lacks', () => {
    expect(highlightPhrases(['区块链'], page)).toEqual([]);
    expect(highlightPhrases([], page)).toEqual([]);
    expect(highlightPhrases(['   '], page)).toEqual([]);
  });
});

describe('phraseRanges', () => {
  it('finds a phrase cut by a link, as the stretches of each text node', () => {
    expect(phraseRanges(['贯彻', '知识产权强国', '建设纲要'], ['知识产权强国建设'])).toEqual([
      [
        { piece: 1, start: 0, end: 6 },
        { piece: 2, start: 0, end: 2 },
      ],
    ]);
  });
  it('finds a second phrase, and a second occurrence, in the same node', () => {
    expect(phraseRanges(['质押融资、专利保险、质押融资'], ['质押融资', '专利保险'])).toEqual([
      [{ piece: 0, start: 0, end: 4 }],
      [{ piece: 0, start: 5, end: 9 }],
      [{ piece: 0, start: 10, end: 14 }],
    ]);
  });
  it('keeps the first and longer of two overlapping occurrences', () => {
    expect(phraseRanges(['知识产权强国'], ['知识产权', '知识产权强国', '强国'])).toEqual([[{ piece: 0, start: 0, end: 6 }]]);
  });
  it('respects case', () => {
    expect(phraseRanges(['pct PCT'], ['PCT'])).toEqual([[{ piece: 0, start: 4, end: 7 }]]);
  });
});
