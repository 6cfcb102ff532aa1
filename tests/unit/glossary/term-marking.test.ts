import { describe, expect, it } from 'vitest';
import { markingSection, markTerms } from '../../../src/lib/glossary/term-marking.ts';

const spellings = [
  { termId: 'faming', text: '发明专利' },
  { termId: 'gaojiazhi', text: '高价值专利' },
  { termId: 'gaojiazhi', text: '高价值发明专利' },
  { termId: 'baohu-zhongxin', text: '知识产权保护中心' },
  { termId: 'baohu-zhongxin', text: '保护中心' },
  { termId: 'pph', text: '专利审查高速公路' },
  { termId: 'pph', text: 'PPH' },
];

const shown = (pieces: Array<{ text: string; termId?: string }>) => pieces.map((p) => (p.termId ? `[${p.text}|${p.termId}]` : p.text)).join('');

describe('markTerms', () => {
  it('marks the longest spelling that starts first, and each term once per section', () => {
    const marked = new Set<string>();
    expect(shown(markTerms('每万人口高价值发明专利拥有量,发明专利和高价值专利', spellings, marked))).toBe(
      '每万人口[高价值发明专利|gaojiazhi]拥有量,[发明专利|faming]和高价值专利',
    );
    expect([...marked]).toEqual(['gaojiazhi', 'faming']);
    // The next paragraph of the same section: both already marked.
    expect(shown(markTerms('发明专利', spellings, marked))).toBe('发明专利');
  });

  it('never marks a term inside another and marks a term once under either spelling', () => {
    expect(shown(markTerms('推广对境外专利审查高速公路PPH的使用', spellings, new Set()))).toBe('推广对境外[专利审查高速公路|pph]PPH的使用');
    expect(shown(markTerms('建立省知识产权保护中心,建设大连保护中心', spellings, new Set()))).toBe('建立省[知识产权保护中心|baohu-zhongxin],建设大连保护中心');
  });

  it('leaves text without terms whole', () => {
    expect(markTerms('本规划由辽宁省知识产权局负责解释。', spellings, new Set())).toEqual([{ text: '本规划由辽宁省知识产权局负责解释。' }]);
  });

  it('counts paragraphs in their section and column items in their column', () => {
    expect(markingSection('s3-2-p3')).toBe('s3-2');
    expect(markingSection('s0-p1')).toBe('s0');
    expect(markingSection('c1-i2')).toBe('c1');
  });
});
