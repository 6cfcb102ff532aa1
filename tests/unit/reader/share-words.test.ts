import { describe, expect, it } from 'vitest';
import { shareQuote, shareText } from '../../../src/lib/reader/share-words.ts';

// 三（二）第2段 as the plan has it (src/content/chapters).
const S3_2_P2 =
  '强化价值导向。聚焦新材料、精细化工、高端装备制造、半导体芯片制造设备和工业基础软件等领域“卡脖子”关键核心技术，通过“揭榜挂帅”，持续提升科技自主创新能力。';

describe('the quote', () => {
  it('keeps the first 30 characters and ends with …, without a pause mark before it', () => {
    expect(shareQuote(S3_2_P2)).toBe('强化价值导向。聚焦新材料、精细化工、高端装备制造、半导体芯片…');
    // Cut on a mark: the mark goes.
    expect(shareQuote('一二三四五六七八九，十一二', 9)).toBe('一二三四五六七八九…');
    expect(shareQuote('一二三四五六七八九，十一二', 10)).toBe('一二三四五六七八九…');
  });

  it('gives a short block whole, with no …', () => {
    expect(shareQuote('（二）加强知识产权源头保护')).toBe('（二）加强知识产权源头保护');
    expect(shareQuote('  专栏2\n 高价值专利  ')).toBe('专栏2 高价值专利');
  });
});

describe('the copied text', () => {
  it('is the title, the place, the quote in “”, the plan’s own quotes nested as ‘’, and the address on its own line', () => {
    const text = shareText({
      title: '辽宁省“十四五”知识产权保护和运用规划',
      place: '三（二）第2段',
      text: '加大商标、地理标志和集成电路布图设计培育力度。推进“商标注册”便利化，积极引导企业注册',
      url: 'https://example.org/protection/#s3-2-p2',
    });
    expect(text).toBe('《辽宁省“十四五”知识产权保护和运用规划》三（二）第2段：“加大商标、地理标志和集成电路布图设计培育力度。推进‘商标注册…”\nhttps://example.org/protection/#s3-2-p2');
  });
});
