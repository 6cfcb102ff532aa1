import { describe, expect, it } from 'vitest';
import { glossaryOccurrences, occurrencesOf, termAnchor, termSpellings, type GlossaryTerm } from '../../../src/lib/glossary/glossary.ts';

const term = (id: string, text: string, aliases: string[] = []): GlossaryTerm => ({
  id,
  term: text,
  aliases,
  category: 'use',
  short: '一句话。',
  explanation: '解释。',
  source: '国家知识产权局',
});

const blocks = [
  { id: 's3-2-p2', text: '强化价值导向。聚焦……等领域“卡脖子”关键核心技术,通过“揭榜挂帅”' },
  { id: 'c2-i1', text: '引导企业通过申请PCT国际专利、注册马德里国际商标' },
  { id: 't1-r2', text: 'PCT国际专利申请量(件) 235 285 456' },
];

describe('glossary', () => {
  it('addresses an entry as #term-<id> and lists the term before its aliases', () => {
    expect(termAnchor('zhiya-rongzi')).toBe('term-zhiya-rongzi');
    expect(termSpellings(term('madeli', '马德里商标国际注册', ['马德里国际商标']))).toEqual(['马德里商标国际注册', '马德里国际商标']);
  });

  it('finds the blocks a term occurs in under any spelling, in order', () => {
    expect(occurrencesOf(term('pct', 'PCT'), blocks).map((o) => o.block.id)).toEqual(['c2-i1', 't1-r2']);
    const madrid = occurrencesOf(term('madeli', '马德里商标国际注册', ['马德里国际商标']), blocks);
    expect(madrid.map((o) => [o.block.id, o.spelling])).toEqual([['c2-i1', '马德里国际商标']]);
    expect(occurrencesOf(term('qia-bozi', '“卡脖子”'), blocks).map((o) => o.block.id)).toEqual(['s3-2-p2']);
  });

  it('fails naming the file and every term the plan does not contain', () => {
    expect(() => glossaryOccurrences([term('pct', 'PCT'), term('shiyong-xinxing', '实用新型'), term('zhuzuo', '著作权')], blocks)).toThrow(
      "src/content/glossary/terms.json: terms not found anywhere in the plan's text: shiyong-xinxing (实用新型); zhuzuo (著作权)",
    );
  });

  it('fails when two entries claim one spelling', () => {
    expect(() => glossaryOccurrences([term('pct', 'PCT'), term('pct-2', 'PCT国际专利', ['PCT'])], blocks)).toThrow(
      'src/content/glossary/terms.json: "PCT" is a spelling of both pct and pct-2',
    );
  });
});
