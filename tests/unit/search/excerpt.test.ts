import { describe, expect, it } from 'vitest';
import { excerptHtml, mergeSpans } from '../../../src/lib/search/excerpt.ts';

const LONG =
  '深化知识产权金融服务。建立健全多元化的知识产权投融资体系,推进知识产权质押融资、专利保险等工作。建立知识产权质押融资“白名单”,增强企业对无形资产质押融资认知程度。创新质押融资风险管理机制,充分发挥质押融资基金作用,建立贷款风险补偿机制。';

const spansOf = (text: string, phrase: string) => {
  const spans: Array<[number, number]> = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) spans.push([at, at + phrase.length]);
  return spans;
};

describe('excerptHtml', () => {
  it('shows a short block whole, the matches marked', () => {
    expect(excerptHtml('开展专利导航,建设知识产权强国。', [[2, 6]])).toBe('开展<mark>专利导航</mark>,建设知识产权强国。');
  });

  it('starts a long block after the punctuation mark before the match, never inside a word', () => {
    const spans = spansOf(LONG, '白名单');
    const html = excerptHtml(LONG, spans, 40);
    expect(html.startsWith('…建立知识产权质押融资“<mark>白名单</mark>”')).toBe(true);
    expect(html.endsWith('…')).toBe(true);
  });

  it('marks every occurrence within the excerpt', () => {
    const html = excerptHtml(LONG, spansOf(LONG, '质押融资'), 60);
    const shown = html.replace(/<\/?mark>/g, '');
    expect(shown.split('质押融资').length - 1).toBe(3);
    expect(html.match(/<mark>质押融资<\/mark>/g)).toHaveLength(3);
  });

  it('escapes the text', () => {
    expect(excerptHtml('a<b>&c', [[2, 3]])).toBe('a&#60;<mark>b</mark>&#62;&#38;c');
  });

  it('merges overlapping marks', () => {
    expect(mergeSpans([[5, 8], [0, 3], [2, 4]])).toEqual([[0, 4], [5, 8]]);
  });
});
