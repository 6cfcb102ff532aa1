/** The build's half of fidelity: nothing is presented as the plan's text that is not the published text. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fidelityProblems, planSourceLines, type PresentedBlock } from '../../../src/lib/plan/fidelity.ts';

const lines = planSourceLines(readFileSync(new URL('../../../src/content/source/plan-source.txt', import.meta.url), 'utf8'));
/** 表2 as the site presents it: its caption with the header's cells, then five rows of four cells, each cell a source line. */
const t2 = (): PresentedBlock[] => {
  const at = lines.findIndex((l) => l.text.startsWith('表2'));
  const cells = (from: number, n: number) => lines.slice(from, from + n).map((l) => l.text).join(' ');
  return [{ id: 't2', kind: 'table', text: cells(at, 5) }, ...[1, 2, 3, 4, 5].map((r) => ({ id: `t2-r${r}`, kind: 'table-row', text: cells(at + 1 + 4 * r, 4) }))];
};

describe('the published text', () => {
  it('is 168 lines, the breadcrumb left out', () => {
    expect(lines).toHaveLength(168);
    expect(lines[0]).toEqual({ number: 3, text: '辽宁省“十四五”知识产权保护和运用规划' });
  });
});

describe('the blocks the site presents as the plan', () => {
  const p = (id: string, text: string, kind = 'paragraph'): PresentedBlock => ({ id, kind, text });
  const para = lines.find((l) => l.text.startsWith('(一)发展成就'))!;
  const after = lines[lines.indexOf(para) + 1]!;

  it('may be a part of a line, full-width marks and all', () => {
    expect(fidelityProblems([p('s1-1', '（一）发展成就', 'heading')], lines)).toEqual([]);
  });

  it('refuse a duplicated paragraph, naming the block and the line it repeats', () => {
    const twice = [p('s1-1', para.text, 'heading'), p('s1-1-p1', after.text), p('s1-1-p2', after.text)];
    expect(fidelityProblems(twice, lines)).toEqual([
      `s1-1-p2 “${after.text.slice(0, 40)}…” repeats or is out of order: its text is source line ${after.number}, which an earlier block already shows`,
    ]);
  });

  it('refuse an invented sentence, or one word changed', () => {
    expect(fidelityProblems([p('s1-1-p9', '全省知识产权工作取得了历史性成就。')], lines)).toEqual([
      's1-1-p9 “全省知识产权工作取得了历史性成就。” is not the published text: no source line is or holds it',
    ]);
    expect(fidelityProblems([p('s1-1-p1', after.text.replace('知识产权', '知识產权'))], lines)).toHaveLength(1);
  });

  it('refuse blocks out of source order', () => {
    const [first, second] = [lines.find((l) => l.text.startsWith('二、总体要求'))!, lines.find((l) => l.text.startsWith('三、'))!];
    expect(fidelityProblems([p('a', second.text), p('b', first.text)], lines)).toEqual([
      expect.stringMatching(new RegExp(`^b .* repeats or is out of order: its text is source line ${first.number},`)),
    ]);
  });

  it('refuse a malformed table row: a cell changed, dropped or added', () => {
    const table = t2();
    expect(table[1]!.text).toBe('每万人口高价值发明专利拥有量 4.09件 年均增长6% 预期性');
    const withRow = (text: string) => table.map((b) => (b.id === 't2-r1' ? { ...b, text } : b));
    const row = table.find((b) => b.id === 't2-r1')!.text;
    expect(fidelityProblems(table, lines)).toEqual([]);
    expect(fidelityProblems(withRow(row.replace('4.09件', '4.90件')), lines)[0]).toMatch(/^t2-r1 .* is not the published text/);
    expect(fidelityProblems(withRow(row.replace(' 预期性', '')), lines)[0]).toMatch(/^t2-r1 .* has 3 cells where its table has 4 columns/);
    expect(fidelityProblems(withRow(`${row} 约束性`), lines)[0]).toMatch(/^t2-r1 /);
    expect(fidelityProblems(withRow(row.replace(' 年均增长6%', '')), lines)[0]).toMatch(/^t2-r1 /);
    // A row given twice, or the rows swapped.
    expect(fidelityProblems([...table.slice(0, 3), table[2]!, ...table.slice(3)], lines)[0]).toMatch(/^t2-r2 .* repeats or is out of order/);
  });

  it('refuse an empty block', () => {
    expect(fidelityProblems([p('s3-2-p1', '  ')], lines)).toEqual(['s3-2-p1 is empty']);
  });
});
