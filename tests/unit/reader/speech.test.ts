import { describe, expect, it } from 'vitest';
import { pickChineseVoice } from '../../../src/lib/reader/speech.ts';

const v = (lang: string, name = lang, isDefault = false) => ({ lang, name, default: isDefault });

describe('pickChineseVoice', () => {
  it('finds none among voices for other languages, or no voices', () => {
    expect(pickChineseVoice([])).toBeUndefined();
    expect(pickChineseVoice([v('en-US'), v('ja-JP'), v('yue-HK')])).toBeUndefined();
  });

  it('prefers a mainland Mandarin voice to a Taiwan or Hong Kong one', () => {
    expect(pickChineseVoice([v('zh-TW'), v('en-US'), v('zh-CN', 'Tingting')])?.name).toBe('Tingting');
    expect(pickChineseVoice([v('zh-HK'), v('cmn-Hans-CN', 'Android')])?.name).toBe('Android');
    expect(pickChineseVoice([v('zh_CN', 'Linux')])?.name).toBe('Linux');
  });

  it('takes the default among equals, and any Chinese voice when there is no mainland one', () => {
    expect(pickChineseVoice([v('zh-CN', 'a'), v('zh-CN', 'b', true)])?.name).toBe('b');
    expect(pickChineseVoice([v('en-US'), v('zh-TW', 'Meijia')])?.name).toBe('Meijia');
  });
});
