import { describe, expect, it } from 'vitest';
import { CheckError, quote } from '../../../src/lib/journalism/evidence.ts';
import { foldFullWidth as foldWidth } from '../../../src/lib/plan/punctuation.ts';

describe('quotations of the plan', () => {
  const texts = new Map([
    ['ascii', '建设大连保护中心、中国(葫芦岛)泳装快速维权中心。'],
    ['full', '建设大连保护中心、中国（葫芦岛）泳装快速维权中心。'],
  ]);

  it('returns the words exactly as the block has them, whichever width they were typed in', () => {
    expect(quote(texts, 'ascii', '中国(葫芦岛)泳装快速维权中心').text).toBe('中国(葫芦岛)泳装快速维权中心');
    expect(quote(texts, 'full', '中国(葫芦岛)泳装快速维权中心').text).toBe('中国（葫芦岛）泳装快速维权中心');
    expect(texts.get('full')).toContain(quote(texts, 'full', '中国(葫芦岛)泳装快速维权中心').text);
  });

  it('fails, naming the block, on words the block does not hold', () => {
    expect(() => quote(texts, 'full', '中国(葫芦岛)泳装知识产权快速维权中心')).toThrow(CheckError);
    expect(() => quote(texts, 'full', '中国(葫芦岛)泳装知识产权快速维权中心')).toThrow(/full does not contain/);
  });

  it('folds only the full-width forms, one character for one', () => {
    expect(foldWidth('保护，促进；来源：（一）２０２５')).toBe('保护,促进;来源:(一)2025');
    expect(foldWidth('“十四五”〔2021〕')).toBe('“十四五”〔2021〕');
  });
});
