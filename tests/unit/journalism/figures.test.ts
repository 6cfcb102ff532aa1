import { describe, expect, it } from 'vitest';
import { extractFigures, tableFigures } from '../../../src/lib/journalism/figures.ts';

const P3 =
  '知识产权源头保护进一步加强。2020年,全省专利申请量86527件,商标注册申请量130597件,地理标志集体商标、证明商标累计139件,分别比2015年增长108.9%、187.1%和39%;企业拥有有效发明专利23574件,为2015年11640件的2倍,企业有效发明专利占比为49.33 %;全省有效发明专利万人拥有量从2015年底的5.29件提高到2020年底的10.98件。';

const pick = (text: string) => extractFigures([{ id: 's1-1-p3', text: P3 }]).find((f) => f.text === text)!;

describe('extractFigures', () => {
  it('reads value, unit and the year the sentence speaks of', () => {
    expect(pick('86527件')).toMatchObject({ value: 86527, unit: '件', kind: '数值', period: '2020年', block: 's1-1-p3' });
    expect(pick('23574件').period).toBe('2020年');
    expect(pick('11640件').period).toBe('2015年');
    expect(pick('5.29件').period).toBe('2015年底');
    expect(pick('10.98件').period).toBe('2020年底');
  });

  it('dates a growth or a ratio from the year it compares with to the sentence’s own', () => {
    expect(pick('187.1%')).toMatchObject({ value: 187.1, unit: '%', kind: '比例', period: '2015年—2020年' });
    expect(pick('2倍').period).toBe('2015年—2020年');
    expect(pick('49.33 %')).toMatchObject({ value: 49.33, period: '2020年' });
  });

  it('keeps the sentence and numbers each figure within its block', () => {
    const figures = extractFigures([{ id: 's1-1-p3', text: P3 }]);
    expect(figures.map((f) => f.id).slice(0, 3)).toEqual(['f-s1-1-p3-1', 'f-s1-1-p3-2', 'f-s1-1-p3-3']);
    expect(pick('139件').sentence).toMatch(/^2020年,全省专利申请量86527件.*和39%;$/);
  });

  it('reads ranges, periods, names and standard numbers for what they are', () => {
    const figures = extractFigures([
      { id: 'a', text: '2016-2020年,共查办案件3427件。到2025年,建成2~3个集聚区。' },
      { id: 'b', text: '打造“1+2+N”体系,推行《专利代理机构服务规范》(GB/T34833-2017)。规划执行年为2021年至2025年。' },
    ]);
    expect(figures.map((f) => [f.text, f.kind, f.value, f.valueTo, f.unit, f.period])).toEqual([
      ['2016-2020年', '时期', 2016, 2020, '年', ''],
      ['3427件', '数值', 3427, null, '件', '2016-2020年'],
      ['2025年', '年份', 2025, null, '年', ''],
      ['2~3个', '范围', 2, 3, '个', '到2025年'],
      ['1+2+N', '名称', null, null, '', ''],
      ['GB/T34833-2017', '编号', null, null, '', ''],
      ['2021年至2025年', '时期', 2021, 2025, '年', ''],
    ]);
  });
});

describe('periods and qualifiers', () => {
  const P3_END = `${P3}全省共获得中国专利奖84项。`;

  it('takes a period from the figure’s own sentence only: 84项 has none', () => {
    const figures = extractFigures([{ id: 's1-1-p3', text: P3_END }]);
    expect(figures.find((f) => f.text === '84项')).toMatchObject({ value: 84, unit: '项', period: '' });
    // A year still holds across the ; of one sentence.
    expect(figures.find((f) => f.text === '23574件')!.period).toBe('2020年');
  });

  it('keeps 超过, 以上, 近, 至少, 不少于 and 年均 beside the figure they bound', () => {
    const figures = extractFigures([
      { id: 's2-3-p3', text: '到2025年,知识产权质押融资项目数量、专利转让、许可数量、高等学校专利转让数量年均增长10%,培育省级知识产权优势企业年均60家。' },
      { id: 's2-3-p4', text: '到2025年,代理服务机构数量超过650家,知识产权人才达到1.2万人以上。' },
      { id: 'x', text: '吸引近3.7万个线上线下客商。实施专利导航项目至少10项。每年培训不少于100人次。规模以上制造业企业1429户。' },
    ]);
    expect(figures.filter((f) => f.kind !== '年份').map((f) => [f.text, f.qualifier, f.period])).toEqual([
      ['10%', '', '到2025年'],
      ['60家', '年均', '每年'],
      ['650家', '超过', '到2025年'],
      ['1.2万人', '以上', '到2025年'],
      ['3.7万个', '近', ''],
      ['10项', '至少', ''],
      ['100人次', '不少于', '每年'],
      ['1429户', '', ''],
    ]);
  });

  it('reads the text the same with the official document’s full-width punctuation', () => {
    const fold = (text: string) => text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const full = P3_END.replace(/,/g, '，').replace(/;/g, '；');
    expect(fold(full)).toBe(P3_END);
    const shown = extractFigures([{ id: 's1-1-p3', text: full }]).map((f) => [f.text, f.period]);
    expect(shown).toEqual(extractFigures([{ id: 's1-1-p3', text: P3_END }]).map((f) => [f.text, f.period]));
  });
});

describe('tableFigures', () => {
  it('gives each cell its column’s year and its row’s unit', () => {
    const figures = tableFigures({
      id: 't1',
      label: '表1',
      header: ['指 标', '2015年', '2020年目标', '2020年'],
      rows: [['拥有有效发明专利的规模以上制造业企业（户）', '757', '1600', '1429']],
    });
    expect(figures.map((f) => [f.id, f.block, f.value, f.unit, f.period])).toEqual([
      ['f-t1-r1-1', 't1-r1', 757, '户', '2015年'],
      ['f-t1-r1-2', 't1-r1', 1600, '户', '2020年目标'],
      ['f-t1-r1-3', 't1-r1', 1429, '户', '2020年'],
    ]);
    expect(figures[0]!.sentence).toBe('表1 拥有有效发明专利的规模以上制造业企业（户）：2015年 757，2020年目标 1600，2020年 1429');
  });
});
