import { describe, expect, it } from 'vitest';
import { unpairedTitleMark } from '../../../src/lib/context/titles.ts';

describe('book-title marks', () => {
  it('pair in the plan\'s titles, nested ones too', () => {
    expect(unpairedTitleMark('研究制定《辽宁省知识产权保护条例》，及时修正《辽宁省专利条例》')).toBeUndefined();
    expect(unpairedTitleMark('《关于〈A〉的决定》《B《C》》')).toBeUndefined();
  });

  it('find a 《 no 》 closes, and a 》 no 《 opens', () => {
    expect(unpairedTitleMark('建立《知识产权领军人才培养机制。')).toEqual({ at: 2, mark: '《' });
    expect(unpairedTitleMark('《A》和B》')).toEqual({ at: 5, mark: '》' });
  });
});
