import { describe, expect, it } from 'vitest';
import { capQuery, foldText, MAX_QUERY_LENGTH, normaliseQuery, queryMessage, unfoldScript } from '../../../src/lib/search/query.ts';

describe('foldText', () => {
  it('folds full-width forms and Latin case, one unit for one unit', () => {
    const text = '三（二）第３段，ＰＣＴ与PCT';
    expect(foldText(text)).toBe('三(二)第3段,pct与pct');
    expect(foldText(text)).toHaveLength(text.length);
  });
  it('leaves Han characters and Chinese quotes as printed', () => {
    expect(foldText('“卡脖子”技术')).toBe('“卡脖子”技术');
  });
});

describe('normaliseQuery', () => {
  it('trims, collapses spaces (the ideographic one too) and folds', () => {
    expect(normaliseQuery('  专利\u3000　保险 ')).toEqual({ text: '专利 保险', terms: ['专利', '保险'], truncated: false });
    expect(normaliseQuery('三（二）').text).toBe('三(二)');
  });
  it('leaves nothing to search for spaces alone', () => {
    expect(normaliseQuery(' \u3000 ')).toEqual({ text: '', terms: [], truncated: false });
  });
  it('cuts a query longer than the limit', () => {
    const q = normaliseQuery('知'.repeat(MAX_QUERY_LENGTH + 5));
    expect([...q.text]).toHaveLength(MAX_QUERY_LENGTH);
    expect(q.truncated).toBe(true);
  });
});

describe('capQuery and queryMessage', () => {
  it('caps what the address keeps, as typed', () => {
    expect(capQuery('ＰＣＴ')).toBe('ＰＣＴ');
    expect([...capQuery('权'.repeat(300))]).toHaveLength(100);
  });
  it('names the problem of a query that cannot be searched as typed', () => {
    expect(queryMessage('   ')).toBe('请输入要搜索的词语：只有空格无法搜索。');
    expect(queryMessage('', true)).toBe('请先输入要搜索的词语，筛选条件会用于搜索结果。');
    expect(queryMessage('')).toBeNull();
    expect(queryMessage('知识产权'.repeat(30))).toBe('搜索词太长，只搜索了前100个字。');
    expect(queryMessage('专利')).toBeNull();
  });
});

describe('unfoldScript', () => {
  // A piece of the 繁體 index's map: 誌 and 志 both fold to 志 in no entry here, 髮 and 發 both to 发.
  const script = { 標: '标', 誌: '志', 發: '发', 髮: '发', 權: '权', 著: '着' };
  it('writes a Simplified query in the edition’s forms, the first form where two fold to one, and leaves the rest as typed', () => {
    expect(unfoldScript('地理标志', script)).toBe('地理標誌');
    expect(unfoldScript('发明 知识产权 PCT', script)).toBe('發明 知识产權 PCT');
    expect(unfoldScript('地理標誌', script)).toBe('地理標誌');
  });
  it('leaves a character that is itself a Traditional one in the map', () => {
    expect(unfoldScript('着', { ...script, 着: '着' })).toBe('着');
  });
});
