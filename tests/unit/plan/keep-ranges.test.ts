/** Ranges kept on one line: split out of the text as they are, and nothing else touched. */
import { describe, expect, it } from 'vitest';
import { splitRanges } from '../../../src/lib/plan/remark-keep-ranges.ts';

const shown = (value: string) => splitRanges(value).map((n) => ('children' in n ? `[${n.children[0]!.value}]` : n.value)).join('');

describe('ranges', () => {
  it('wraps a dash or wave range, years and counts alike, and leaves the text as it was', () => {
    expect(shown('《知识产权强国建设纲要（2021—2035）》')).toBe('《知识产权强国建设纲要（[2021—2035]）》');
    expect(shown('每年2～3个，2015年—2020年')).toBe('每年[2～3]个，[2015年—2020]年');
    expect(splitRanges('（2021—2035）').map((n) => ('children' in n ? n.children[0]!.value : n.value)).join('')).toBe('（2021—2035）');
  });

  it('leaves a 破折号 between words, and a hyphenated span that never breaks, alone', () => {
    expect(shown('知识产权——保护')).toBe('知识产权——保护');
    expect(shown('（2021-2025）')).toBe('（2021-2025）');
  });
});
