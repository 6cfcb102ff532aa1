import { describe, expect, it } from 'vitest';
import { BODY_WIDTH, CARD, cardLayout, FOOTER_WIDTH, shareImageName, wrapLines } from '../../../src/lib/reader/share-image-layout.ts';

// 三（二）第2段 as the plan has it (src/content/chapters).
const S3_2_P2 =
  '强化价值导向。聚焦新材料、精细化工、高端装备制造、半导体芯片制造设备和工业基础软件等领域“卡脖子”关键核心技术，通过“揭榜挂帅”，持续提升科技自主创新能力。';

/** Every character one unit wide, as a monospaced face: a line of width 10 holds ten. */
const mono = (s: string) => [...s].length;

describe('the image’s file name', () => {
  it('names the plan and the place, in the edition’s word, and nothing a file system refuses', () => {
    expect(shareImageName('三（二）第3段')).toBe('规划-三（二）第3段.png');
    expect(shareImageName('三（二）第3段', '規劃')).toBe('規劃-三（二）第3段.png');
    expect(shareImageName('表1/第2行')).toBe('规划-表1_第2行.png');
  });
});

describe('wrapping for Chinese', () => {
  it('fills each line to the width, character by character', () => {
    expect(wrapLines('一二三四五六七八九十一二三', 5, mono)).toEqual(['一二三四五', '六七八九十', '一二三']);
  });

  it('never starts a line with a closing mark: it hangs at the end of the line before', () => {
    expect(wrapLines('一二三四五，六七', 5, mono)).toEqual(['一二三四五，', '六七']);
    expect(wrapLines('一二三四五”。六七', 5, mono)).toEqual(['一二三四五”。', '六七']);
  });

  it('never ends a line with an opening mark: it goes down with what it opens', () => {
    expect(wrapLines('一二三四“五六七”', 5, mono)).toEqual(['一二三四', '“五六七”']);
    expect(wrapLines('一二三（《四五》）', 5, mono)).toEqual(['一二三', '（《四五》）']);
  });

  it('keeps a number or a Latin word whole where it fits, and breaks one wider than a line', () => {
    expect(wrapLines('一二三四2025年', 6, mono)).toEqual(['一二三四', '2025年']);
    expect(wrapLines('增长3.6倍', 10, mono)).toEqual(['增长3.6倍']);
    expect(wrapLines('https://zscq.ln.gov.cn/x', 8, mono)).toEqual(['https://', 'zscq.ln.', 'gov.cn/x']);
  });

  it('loses no character and adds none', () => {
    const lines = wrapLines(S3_2_P2, 20, mono);
    expect(lines.join('')).toBe(S3_2_P2);
    expect(lines).toHaveLength(4);
    expect(Math.max(...lines.map(mono))).toBeLessThanOrEqual(21);
  });
});

describe('the card’s layout', () => {
  it('is 1080 px wide, its text 888 px and the footer’s 620 px beside a 240 px code', () => {
    expect(CARD.width).toBe(1080);
    expect(BODY_WIDTH).toBe(888);
    expect(FOOTER_WIDTH).toBe(620);
  });

  it('stacks place, text, rule and footer, the code level with the footer, and is as tall as they need', () => {
    const layout = cardLayout({ body: ['a', 'b', 'c'], title: ['t1', 't2'], source: ['s1', 's2'] });
    expect(layout).toEqual({
      width: 1080,
      height: 12 + 96 + 52 + 28 + 3 * 82 + 28 + 56 + 240 + 96,
      place: 108,
      body: [188, 270, 352],
      divider: 462,
      title: [518, 564],
      source: [622, 658],
      qr: { x: 744, y: 518, size: 240 },
    });
    // A longer footer than the code sets the height.
    const tall = cardLayout({ body: ['a'], title: ['t1', 't2', 't3'], source: ['s1', 's2', 's3', 's4'] });
    expect(tall.height).toBe(tall.source.at(-1)! + 36 + 96);
  });
});
