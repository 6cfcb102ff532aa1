import type { Element as HastElement, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { pickChineseVoice, spokenText, type SpeechTree } from '../../../src/lib/reader/speech.ts';

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

/** The HTML as a page has it, walked as the browser's DOM is in read-aloud.ts. */
type HastNode = Root | RootContent;
const HAST: SpeechTree<HastNode> = {
  text: (node) => (node.type === 'text' ? node.value : undefined),
  children: (node) => ('children' in node ? node.children : []),
  classes: (node) => (node.type === 'element' ? ((node.properties.className as string[] | undefined) ?? []) : []),
  hidden: (node) =>
    node.type === 'element' && (['script', 'style', 'template'].includes(node.tagName) || node.properties.hidden === true || node.properties.ariaHidden === 'true'),
  tag: (node) => (node.type === 'element' ? node.tagName : undefined),
};
const spoken = (html: string) => spokenText<HastNode>(fromHtml(html, { fragment: true }), HAST);

describe('the text read aloud', () => {
  it('is the plan’s words of a marked paragraph: not its 本站核算 line, nor the # link or hidden helpers', () => {
    const html =
      '<p id="s1-1-p5">专利转让数量较2015年增长3.6倍。<a class="anchor" href="#s1-1-p5" aria-label="本处链接：一（一）第5段"></a><span class="visually-hidden">（本站）</span><div hidden>菜单</div></p>' +
      '<p class="site-annotation site-annotation--check"><a class="site-annotation__label" href="/checks/#check-patent-transfers-growth">本站核算</a>：专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。结论：<strong>有出入</strong>。</p>';
    expect(spoken(html)).toBe('专利转让数量较2015年增长3.6倍。');
  });

  it('reads a table cell’s value without the row’s check mark', () => {
    const row = fromHtml('<table><tr id="t1-r5"><th>拥有有效发明专利的规模以上制造业企业（户）</th><td>757</td><td>1600</td><td>1429<a class="check-mark" data-verdict="未完成" aria-label="本站核算：…">核算：未完成</a></td></tr></table>', { fragment: true });
    const cells: HastElement[] = [];
    (function find(node: HastNode): void {
      if (node.type === 'element' && node.tagName === 'td') cells.push(node);
      else if ('children' in node) node.children.forEach(find);
    })(row);
    expect(cells.map((cell) => spokenText<HastNode>(cell, HAST))).toEqual(['757', '1600', '1429']);
  });

  it('reads a table row with a pause between its cells, not its values run together', () => {
    const row = '<table><tbody><tr id="t2-r4">\n<th>专利转让</th>\n<td>4872件</td><td>年均增长10%</td> <td>预期性<a class="check-mark" aria-label="本站核算">核算</a></td></tr></tbody></table>';
    expect(spoken(row)).toBe('专利转让，4872件，年均增长10%，预期性');
  });
});
