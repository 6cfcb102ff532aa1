import { describe, expect, it } from 'vitest';
import { checkPlanStructure, type ChapterFacts } from '../../../src/lib/plan/plan-structure.ts';

const chapters = (): ChapterFacts[] => [
  { file: '00-preamble.mdx', order: 0, slug: 'preamble', columns: [] },
  { file: '01-a.mdx', order: 1, slug: 'a', columns: [1, 2] },
  { file: '02-b.mdx', order: 2, slug: 'b', columns: [3] },
];

describe('checks across chapter files', () => {
  it('accepts a whole plan', () => {
    expect(() => checkPlanStructure(chapters(), 2, 3)).not.toThrow();
  });

  it('names both files when a column stands twice', () => {
    const twice = chapters();
    twice[2]!.columns = [1, 3];
    expect(() => checkPlanStructure(twice, 2, 3)).toThrow('02-b.mdx: two elements are given the same id "c1" (专栏1 also stands in 01-a.mdx)');
  });

  it('rejects a missing column, a missing part, a repeated order or slug', () => {
    const noColumn = chapters();
    noColumn[2]!.columns = [];
    expect(() => checkPlanStructure(noColumn, 2, 3)).toThrow('专栏3 stands in no chapter');
    expect(() => checkPlanStructure(chapters().slice(0, 2), 2, 2)).toThrow('no chapter file has order 2');
    const sameOrder = chapters();
    sameOrder[2]!.order = 1;
    expect(() => checkPlanStructure(sameOrder, 2, 3)).toThrow('02-b.mdx: order 1 is already used by 01-a.mdx');
    const sameSlug = chapters();
    sameSlug[2]!.slug = 'a';
    expect(() => checkPlanStructure(sameSlug, 2, 3)).toThrow('02-b.mdx: slug "a" is already used by 01-a.mdx');
  });

  it('rejects columns out of reading order', () => {
    const swapped = chapters();
    swapped[1]!.columns = [2, 1];
    expect(() => checkPlanStructure(swapped, 2, 3)).toThrow('01-a.mdx: 专栏1 comes after 专栏2');
  });
});
