/** Ranges kept on one line: wrapped in the page's text as they are, and nothing else touched. */
import { describe, expect, it } from 'vitest';
import { keepRangesInHtml, wrapRanges } from '../../../src/lib/plan/keep-ranges.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><title>2021—2025</title><meta name="description" content="2021—2035"></head><body>${body}</body></html>`;

describe('ranges', () => {
  it('wraps a dash or wave range, years and counts alike, and leaves the text as it was', () => {
    expect(wrapRanges('《知识产权强国建设纲要（2021—2035）》')).toBe('《知识产权强国建设纲要（<span class="keep">2021—2035</span>）》');
    expect(wrapRanges('每年2～3个，2015年—2020年')).toBe('每年<span class="keep">2～3</span>个，<span class="keep">2015年—2020</span>年');
    // Written with a space, a code may part there; its number and year never.
    expect(wrapRanges('GB/T 29490—2023《企业知识产权合规管理体系 要求》')).toBe('GB/T <span class="keep">29490—2023</span>《企业知识产权合规管理体系 要求》');
    expect(wrapRanges('（GB/T34833-2017）')).toBe('（<span class="keep">GB/T34833-2017</span>）');
  });

  it('leaves a 破折号 between words, and a hyphenated span that never breaks, alone', () => {
    expect(wrapRanges('知识产权——保护')).toBe('知识产权——保护');
    expect(wrapRanges('（2021-2025）')).toBe('（2021-2025）');
  });

  it('wraps ranges in a page\'s text, inside links, and only there', () => {
    const html = page('<p id="s1-p1">到2025年<a href="/d/">《纲要（2021—2035年）》</a>，每年2～3个</p><p>—</p>');
    expect(keepRangesInHtml(html)).toBe(
      page('<p id="s1-p1">到2025年<a href="/d/">《纲要（<span class="keep">2021—2035</span>年）》</a>，每年<span class="keep">2～3</span>个</p><p>—</p>'),
    );
  });

  it('leaves the head, attributes, scripts, styles, SVG and kept spans byte for byte', () => {
    const body =
      '<a title="2021—2035" data-x="2～3">x</a><script>const r = "2021—2035";</script><style>/* 2～3 */</style>' +
      '<svg><text>2015—2020</text></svg><textarea>2～3</textarea><span class="keep">2021—2035</span><template><p>2～3</p></template>';
    expect(keepRangesInHtml(page(body))).toBe(page(body));
  });

  it('keeps entities and everything around an edited text as they were', () => {
    const html = page('<p>A &amp; B&nbsp;2021—2025 &lt;c&gt;</p>');
    expect(keepRangesInHtml(html)).toBe(page('<p>A &amp; B&nbsp;<span class="keep">2021—2025</span> &lt;c&gt;</p>'));
  });
});
