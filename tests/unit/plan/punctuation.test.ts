import { describe, expect, it } from 'vitest';
import { ASCII_MARK_BESIDE_CHINESE, foldFullWidth, restoreFullWidth } from '../../../src/lib/plan/punctuation.ts';
import { sourceLines } from '../../support/source.ts';

describe('restoreFullWidth', () => {
  it('restores ，；：（）？！ beside Chinese characters', () => {
    expect(restoreFullWidth('来源:省知识产权局')).toBe('来源：省知识产权局');
    expect(restoreFullWidth('强化知识产权保护,促进经济高质量发展')).toBe('强化知识产权保护，促进经济高质量发展');
    expect(restoreFullWidth('(一)发展成就')).toBe('（一）发展成就');
    expect(restoreFullWidth('是否有效?是!')).toBe('是否有效？是！');
    expect(restoreFullWidth('增长108.9%、187.1%和39%;企业')).toBe('增长108.9%、187.1%和39%；企业');
  });

  it('restores brackets by pairs, whatever they enclose', () => {
    expect(restoreFullWidth('“十四五”时期(2021-2025)是我国')).toBe('“十四五”时期（2021-2025）是我国');
    expect(restoreFullWidth('支持中心(TISC)筹建机构')).toBe('支持中心（TISC）筹建机构');
    expect(restoreFullWidth('服务规范》(GB/T34833-2017)〔《专利')).toBe('服务规范》（GB/T34833-2017）〔《专利');
    expect(restoreFullWidth('(发明)')).toBe('（发明）');
  });

  it('treats a restored mark as Chinese for its neighbour: 县(区),26家', () => {
    expect(restoreFullWidth('示范县(区),26家企业')).toBe('示范县（区），26家企业');
  });

  it('keeps ASCII inside number and Latin tokens', () => {
    for (const token of ['30.96', '10%', 'GB/T34833-2017', '1+2+N', '2021-2025', '1,000', '8:00', 'a, b; c: d']) {
      expect(restoreFullWidth(token)).toBe(token);
      expect(restoreFullWidth(`共${token}件`)).toBe(`共${token}件`);
    }
  });

  it('sets a range of numbers with the 浪纹线 ～ (GB/T 15834—2011, 4.13), and leaves other tildes and hyphens', () => {
    expect(restoreFullWidth('建成2~3个知识产权服务业集聚发展区')).toBe('建成2～3个知识产权服务业集聚发展区');
    expect(restoreFullWidth('第五~八课')).toBe('第五～八课');
    expect(restoreFullWidth('建成2-3个')).toBe('建成2-3个');
    expect(restoreFullWidth('~/plan a~b 2~3')).toBe('~/plan a~b 2~3');
    expect(restoreFullWidth('f(x) = (a, b)')).toBe('f(x) = (a, b)');
  });

  it('changes nothing already full-width, and nothing but the marks', () => {
    const shown = '二O三五远景目标纲要，“十四五"知识产权，49.33 %；';
    expect(restoreFullWidth(shown)).toBe(shown);
    expect(restoreFullWidth(restoreFullWidth('甲,乙(丙)'))).toBe('甲，乙（丙）');
  });
});

describe('foldFullWidth', () => {
  it('folds U+FF01–U+FF5E to ASCII and nothing else', () => {
    expect(foldFullWidth('（一）甲，乙；丙：丁？！2～3')).toBe('(一)甲,乙;丙:丁?!2~3');
    expect(foldFullWidth('。、“”《》〔〕——　')).toBe('。、“”《》〔〕——　');
  });
});

describe('the received text', () => {
  const lines = sourceLines();
  const restored = lines.map((line) => restoreFullWidth(line.raw));

  it('folds back byte for byte, on all 168 lines', () => {
    expect(lines).toHaveLength(168);
    expect(restored.filter((line, i) => foldFullWidth(line) !== lines[i]!.raw)).toEqual([]);
  });

  it('gets back 407 ，, 48 （）, 13 ；, 1 ： and 1 ～, with no ASCII mark left beside a Chinese character', () => {
    const count = (mark: string) => restored.join('\n').split(mark).length - 1;
    expect([count('，'), count('（'), count('）'), count('；'), count('：'), count('～')]).toEqual([407, 48, 48, 13, 1, 1]);
    expect(restored.filter((line) => ASCII_MARK_BESIDE_CHINESE.test(line))).toEqual([]);
    expect(restored.join('').match(/[,;:()]/g)).toBeNull();
  });
});
