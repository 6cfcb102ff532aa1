import { describe, expect, it } from 'vitest';
import { compareRows, matchesQuery, nextSortDirection, type FinderKey } from '../../../src/lib/journalism/figure-finder.ts';

/** Rows of /figures/ as the page gives them: id, then data-order, -value, -unit, -period, -qualifier, -kind, -part, then the words of the cells. */
const ROWS = (
  [
    ['f-s1-1-p3-1', '1', '2020', '年', '', '', '年份', '一、规划背景', '2020年年年份一（一）第3段2020年，全省专利申请量86527件'],
    ['f-s1-1-p3-2', '2', '86527', '件', '2020年', '', '数值', '一、规划背景', '86527件件2020年数值一（一）第3段2020年，全省专利申请量86527件'],
    ['f-s1-1-p5-4', '44', '4872', '件', '2020年', '', '数值', '一、规划背景', '4872件件2020年数值一（一）第5段全省专利转让由2015年的1356件，提高到2020年的4872件，增长3.6倍'],
    ['f-s1-1-p3-16', '16', '2020', '年', '', '', '年份', '一、规划背景', '2020年底年年份一（一）第3段全省有效发明专利万人拥有量从2015年底的5.29件提高到2020年底的10.98件'],
    ['f-s2-3-p3-1', '84', '', '', '', '', '名称', '二、总体要求', '1+1+4名称二（三）第3段“1+1+4”知识产权运用促进体系'],
    ['f-c5-i1-1', '109', '', '', '', '', '编号', '五、提升知识产权服务能力，助力经济创新发展', 'GB/T34833-2017编号专栏5第1项推行《专利代理机构服务规范》（GB/T34833-2017）'],
    ['f-s1-1-p3-17', '17', '10.98', '件', '2020年底', '', '数值', '一、规划背景', '10.98件件2020年底数值一（一）第3段'],
    ['f-s2-3-p4-3', '90', '650', '家', '到2025年', '超过', '数值', '二、总体要求', '650家超过家到2025年数值二（三）第4段代理服务机构数量超过650家'],
  ] as const
).map(([id, order, value, unit, period, qualifier, kind, part, text]) => ({ id, data: { order, value, unit, period, qualifier, kind, part }, text }));

const kept = (query: { part?: string; unit?: string; text?: string }) =>
  ROWS.filter((row) => matchesQuery(row.data, row.text, { part: '', unit: '', text: '', ...query })).map((row) => row.id);

const sorted = (key: FinderKey, direction: 'ascending' | 'descending') => {
  const compare = compareRows(key, direction);
  return [...ROWS].sort((a, b) => compare(a.data, b.data)).map((row) => row.id);
};

describe('which rows the figure finder keeps', () => {
  it('keeps every row for an empty query, or one of only spaces', () => {
    expect(kept({})).toHaveLength(ROWS.length);
    expect(kept({ text: '   ' })).toHaveLength(ROWS.length);
  });

  it('keeps the rows of the part and the unit chosen, by their exact names', () => {
    expect(kept({ part: '二、总体要求' })).toEqual(['f-s2-3-p3-1', 'f-s2-3-p4-3']);
    expect(kept({ unit: '件' })).toEqual(['f-s1-1-p3-2', 'f-s1-1-p5-4', 'f-s1-1-p3-17']);
    // 件 is not 万件 or 多件: a unit is chosen from the list, never matched as words.
    expect(kept({ unit: '万件' })).toEqual([]);
  });

  it('finds the words typed anywhere in the row, without the spaces around them', () => {
    expect(kept({ text: '专利转让' })).toEqual(['f-s1-1-p5-4']);
    expect(kept({ text: ' 4872 ' })).toEqual(['f-s1-1-p5-4']);
    expect(kept({ text: 'GB/T34833' })).toEqual(['f-c5-i1-1']);
    expect(kept({ text: '专利转让 4872' })).toEqual([]);
  });

  it('keeps only the rows that meet every part of the query', () => {
    expect(kept({ part: '一、规划背景', unit: '件', text: '2020年底' })).toEqual(['f-s1-1-p3-17']);
    expect(kept({ part: '二、总体要求', unit: '件' })).toEqual([]);
  });
});

describe('the order of a sorted column', () => {
  it('turns a column sorted ascending to descending, and any other to ascending', () => {
    // 位置 comes sorted ascending: its first click sorts it the other way.
    expect(nextSortDirection('ascending')).toBe('descending');
    expect(nextSortDirection('descending')).toBe('ascending');
    expect(nextSortDirection(null)).toBe('ascending');
  });

  it('sorts figures as numbers, with those that have none last either way and ties in the plan’s order', () => {
    expect(sorted('value', 'ascending')).toEqual(['f-s1-1-p3-17', 'f-s2-3-p4-3', 'f-s1-1-p3-1', 'f-s1-1-p3-16', 'f-s1-1-p5-4', 'f-s1-1-p3-2', 'f-s2-3-p3-1', 'f-c5-i1-1']);
    expect(sorted('value', 'descending')).toEqual(['f-s1-1-p3-2', 'f-s1-1-p5-4', 'f-s1-1-p3-1', 'f-s1-1-p3-16', 'f-s2-3-p4-3', 'f-s1-1-p3-17', 'f-s2-3-p3-1', 'f-c5-i1-1']);
  });

  it('leaves figures with no value in the order they stood', () => {
    const compare = compareRows('value', 'ascending');
    const reversed = [...ROWS].reverse().sort((a, b) => compare(a.data, b.data));
    expect(reversed.slice(-2).map((row) => row.id)).toEqual(['f-c5-i1-1', 'f-s2-3-p3-1']);
  });

  it('sorts places as numbers, not as text (2 before 16 before 109)', () => {
    expect(sorted('order', 'ascending')).toEqual(['f-s1-1-p3-1', 'f-s1-1-p3-2', 'f-s1-1-p3-16', 'f-s1-1-p3-17', 'f-s1-1-p5-4', 'f-s2-3-p3-1', 'f-s2-3-p4-3', 'f-c5-i1-1']);
    expect(sorted('order', 'descending')).toEqual(['f-c5-i1-1', 'f-s2-3-p4-3', 'f-s2-3-p3-1', 'f-s1-1-p5-4', 'f-s1-1-p3-17', 'f-s1-1-p3-16', 'f-s1-1-p3-2', 'f-s1-1-p3-1']);
  });

  it('sorts words in 汉语拼音 order, keeping the plan’s order among equals either way', () => {
    // No unit first, then 家 jiā, 件 jiàn, 年 nián.
    expect(sorted('unit', 'ascending')).toEqual(['f-s2-3-p3-1', 'f-c5-i1-1', 'f-s2-3-p4-3', 'f-s1-1-p3-2', 'f-s1-1-p3-17', 'f-s1-1-p5-4', 'f-s1-1-p3-1', 'f-s1-1-p3-16']);
    // 数值 shù, 年份 nián, 名称 míng, 编号 biān.
    expect(sorted('kind', 'descending')).toEqual(['f-s1-1-p3-2', 'f-s1-1-p3-17', 'f-s1-1-p5-4', 'f-s2-3-p4-3', 'f-s1-1-p3-1', 'f-s1-1-p3-16', 'f-s2-3-p3-1', 'f-c5-i1-1']);
  });
});
