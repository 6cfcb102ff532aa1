import { describe, expect, it } from 'vitest';
import { CHAPTER_LIMIT_BYTES, contentFileProblems, firstInvalidUtf8 } from '../../../src/lib/site/content-files.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('a content file\'s bytes', () => {
  it('pass when they are UTF-8, Chinese, emoji and all', () => {
    expect(firstInvalidUtf8(utf8('---\ntitle: 规划\n---\n\n知识产权（一）😀\n'))).toBe(-1);
    expect(contentFileProblems('src/content/chapters/06-talent.mdx', utf8('## （一）强化\n'), { chapter: true })).toEqual([]);
  });

  it('name the line and column of the first byte that is not UTF-8', () => {
    const bytes = join(utf8('---\norder: 6\n---\n\n## （一）强化\n\n建立'), Uint8Array.of(0xff), utf8('知识产权\n'));
    expect(contentFileProblems('src/content/chapters/06-talent.mdx', bytes, { chapter: true })).toEqual([
      'src/content/chapters/06-talent.mdx:7:3: a byte that is not UTF-8 (FF E7 9F A5 …): content files are UTF-8; save the file as UTF-8 (a GBK or GB18030 copy is the usual cause)',
    ]);
  });

  it('find GBK text, overlong forms, surrogates and a sequence cut short', () => {
    // 规划 in GBK.
    expect(firstInvalidUtf8(join(utf8('ab'), Uint8Array.of(0xb9, 0xe6, 0xbb, 0xae)))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.of(0x41, 0xc0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(join(utf8('知'), Uint8Array.of(0xe8, 0xaf)))).toBe(3);
  });

  it('refuse a chapter over the limit, saying its size, but not another content file', () => {
    const big = new Uint8Array(4 * 1024 * 1024).fill(0x41);
    expect(contentFileProblems('src/content/chapters/03-protection.mdx', big, { chapter: true })).toEqual([
      'src/content/chapters/03-protection.mdx: 4.0 MB, over the 100 KB a chapter may be (the plan\'s largest is under 10 KB): a chapter holds one part of the plan\'s text, and a file this size would build for minutes',
    ]);
    expect(contentFileProblems('src/content/chapters/03-protection.mdx', new Uint8Array(CHAPTER_LIMIT_BYTES).fill(0x41), { chapter: true })).toEqual([]);
    expect(contentFileProblems('src/content/glossary/terms.json', big, { chapter: false })).toEqual([]);
  });
});
