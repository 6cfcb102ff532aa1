import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkPlanAddresses, type PlanBlock, type PlanColumn } from '../../../src/lib/plan/remark-plan-addresses.ts';

const root = mkdtempSync(join(tmpdir(), 'plan-addresses-'));
const chaptersDir = join(root, 'chapters');
const tablesDir = root;
writeFileSync(join(tablesDir, 't1.json'), JSON.stringify({ id: 't1', standsIn: 's1-1' }));

function run(mdx: string, order = 1) {
  const file = new VFile({ path: join(chaptersDir, '01-test.mdx'), value: mdx });
  const frontmatter: Record<string, unknown> = { order };
  file.data = { astro: { frontmatter } };
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkPlanAddresses, { chaptersDir, tablesDir, columnCount: 6 });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, blocks: frontmatter.planBlocks as PlanBlock[], columns: frontmatter.planColumns as PlanColumn[] };
}

const ids = (blocks: PlanBlock[]) => blocks.map((b) => b.id);

describe('remarkPlanAddresses', () => {
  it('numbers sections, paragraphs, columns and their items', () => {
    const { blocks, columns } = run(
      [
        '## （一）发展成就',
        '第一段。',
        '第二段。',
        '<IndicatorTable id="t1" />',
        '## （二）发展形势',
        '第一段。',
        '<Column n={2} title="高价值专利、商标培育工程">\n\n甲。\n\n乙。\n\n</Column>',
        '第二段。',
      ].join('\n\n'),
    );
    expect(ids(blocks)).toEqual(['s1-1', 's1-1-p1', 's1-1-p2', 't1', 's1-2', 's1-2-p1', 'c2', 'c2-i1', 'c2-i2', 's1-2-p2']);
    expect(columns).toEqual([
      { n: 2, title: '高价值专利、商标培育工程', within: 's1-2', items: [{ id: 'c2-i1', text: '甲。' }, { id: 'c2-i2', text: '乙。' }] },
    ]);
  });

  it('sets the id on the paragraph and puts its anchor link first', () => {
    const { tree } = run('## （一）发展成就\n\n第一段。');
    const wrapper = tree.children[0] as unknown as { data: { hName: string }; children: Array<{ type: string; data?: { hProperties?: Record<string, unknown> } }> };
    expect(wrapper.data.hName).toBe('div');
    expect(wrapper.children[0]!.data?.hProperties?.id).toBe('s1-1');
    expect(wrapper.children[1]!.type).toBe('link');
    const paragraph = tree.children[1] as { data?: { hProperties?: Record<string, unknown> }; children: Array<{ type: string; url?: string; data?: { hProperties?: Record<string, unknown> } }> };
    expect(paragraph.data?.hProperties?.id).toBe('s1-1-p1');
    expect(paragraph.children[0]).toMatchObject({ type: 'link', url: '#s1-1-p1', data: { hProperties: { ariaLabel: '分享：一（一）第1段' } } });
  });

  it('numbers the preamble, which has no sections', () => {
    expect(ids(run('“十四五”时期……', 0).blocks)).toEqual(['s0-p1']);
  });

  it('keeps paragraph numbers of one section when another section grows', () => {
    const before = run('## （一）甲\n\n一。\n\n## （二）乙\n\n二。').blocks;
    const after = run('## （一）甲\n\n一。\n\n新增。\n\n## （二）乙\n\n二。').blocks;
    expect(before.find((b) => b.text === '二。')!.id).toBe('s1-2-p1');
    expect(after.find((b) => b.text === '二。')!.id).toBe('s1-2-p1');
  });

  const fails = (mdx: string, message: string | RegExp) => expect(() => run(mdx)).toThrow(message);

  it('names the file and the problem for content it cannot address', () => {
    fails('<IndicatorTable id="t3" />', /01-test\.mdx:1:1: <IndicatorTable id="t3"> names a table that does not exist: known tables are t1/);
    fails('## （一）甲\n\n## （二）乙\n\n<IndicatorTable id="t1" />', 'stands in s1-2, but its data (standsIn) places it in s1-1');
    fails('<Column n={7} title="无">\n\n甲。\n\n</Column>', '<Column n={7}> names a column that does not exist: the plan has 专栏1 to 专栏6');
    fails('<Column n={1}>\n\n甲。\n\n</Column>', '<Column n={1}> has no title');
    fails('<Column n={1} title="甲">\n\n甲。\n\n</Column>\n\n<Column n={1} title="乙">\n\n乙。\n\n</Column>', 'two elements are given the same id "c1"');
    fails('## （一）甲\n\n<IndicatorTable id="t1" />\n\n<IndicatorTable id="t1" />', 'two elements are given the same id "t1"');
    fails('## （二）乙', 'section heading "（二）乙" is out of order: expected section 1');
    fails('## 没有编号', 'must start with its label');
    fails('### （一）甲', 'must be a section heading (##)');
    fails('<Chart />', 'unknown component <Chart>');
    fails('- 一项', 'unexpected list block');
  });

  it('names the line of the problem', () => {
    fails('## （一）甲\n\n第一段。\n\n## （三）丙', /01-test\.mdx:5:1: section heading "（三）丙" is out of order/);
    fails('<Column n={1} title="甲">\n\n甲。\n\n- 乙\n\n</Column>', /01-test\.mdx:5:1: 专栏1 may hold only paragraphs/);
  });

  it.each([
    ['[x](javascript:alert(1))', /01-test\.mdx:3:1: link to "javascript:alert\(1\)": a javascript: link is not allowed/],
    ['文字[x](JavaScript:alert(1))', /:3:3: link to .*a javascript: link is not allowed/],
    ['[x](java&#9;script:alert(1))', /a javascript: link is not allowed/],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /a data: link is not allowed/],
    ['[x](vbscript:msgbox)', /a vbscript: link is not allowed/],
    ['[x](file:///etc/passwd)', /a file: link is not allowed/],
    ['[x][r]\n\n[r]: javascript:alert(1)', /a javascript: link is not allowed/],
    ['![](https://outside.example/a.png)', /01-test\.mdx:3:1: image "https:\/\/outside\.example\/a\.png" is not on this site/],
    ['![](//outside.example/a.png)', /is not on this site/],
    ['![](data:image/png;base64,AAAA)', /is not on this site/],
    ['![a][r]\n\n[r]: http://outside.example/a.png', /is not on this site/],
    ['<script>alert(1)</script>', /01-test\.mdx:3:1: <script> inside the text is not allowed/],
    ['<script>\n  alert(1)\n</script>', /01-test\.mdx:3:1: unknown component <script>/],
    ['<iframe src="https://outside.example" />', /unknown component <iframe>/],
    ['文字<script>alert(1)</script>', /01-test\.mdx:3:3: <script> inside the text is not allowed/],
    ['文字<iframe src="x" />', /<iframe> inside the text is not allowed/],
    ['import X from "./x.astro"', /01-test\.mdx:3:1: import and export statements are not allowed/],
    ['export const a = 1', /import and export statements are not allowed/],
    ['{alert(1)}', /01-test\.mdx:3:1: the expression \{alert\(1\)\} is not allowed/],
    ['文字{1+1}', /the expression \{1\+1\} is not allowed/],
    // Attributes run as code at build time, or are read twice (once by the checks, once by the page).
    ['<Column n={1} title="甲" {...{n:2}}>\n\n甲。\n\n</Column>', /01-test\.mdx:3:25: <Column> has \{\.\.\.\{n:2\}\}: a chapter's components take only n \(whole number, n=\{3\}\) and title \(text, title="…"\), written out/],
    ['<Column n={globalThis.process.exit(1)} title="甲">\n\n甲。\n\n</Column>', /01-test\.mdx:3:9: <Column> gives n as \{globalThis\.process\.exit\(1\)\}: write it as n=\{3\}, a whole number/],
    ['<Column n={1} title="甲" title="乙">\n\n甲。\n\n</Column>', /01-test\.mdx:3:25: <Column> gives title twice: give each attribute once/],
    ['<Column n={1} title={`甲`}>\n\n甲。\n\n</Column>', /<Column> gives title as \{`甲`\}: write it as title="…", a text/],
    ['<Column n="1" title="甲">\n\n甲。\n\n</Column>', /<Column> gives n as "1": write it as n=\{3\}, a whole number/],
    ['<IndicatorTable id="t1" id="t2" />', /<IndicatorTable> gives id twice/],
    ['<IndicatorTable id="t1" onload="x" />', /01-test\.mdx:3:25: <IndicatorTable> has no attribute onload: it takes id \(text, id="…"\)/],
  ])('refuses %s, naming the file and the line', (text, message) => {
    fails(`## （一）甲\n\n${text}`, message);
  });

  it('takes ordinary outside links and links within the site', () => {
    expect(() => run('## （一）甲\n\n见[官网](https://zscq.ln.gov.cn/)、[全文](/full/)和[本段](#s1-1-p1)。')).not.toThrow();
  });

  it('rejects the ASCII marks of the received copy where the plan prints full-width ones', () => {
    fails('## （一）甲\n\n保护知识产权,促进发展。', /01-test\.mdx:3:1: ASCII punctuation in Chinese text at “保护知识产权,促进发展。”: write ， as the official document does/);
    fails('## (一)甲', 'ASCII punctuation in Chinese text at “(一)甲”: write （');
    fails('<Column n={1} title="甲(乙)">\n\n甲。\n\n</Column>', 'write （');
    fails('<Column n={1} title="甲">\n\n甲;乙。\n\n</Column>', 'write ；');
    expect(() => run('## （一）甲\n\n共2021-2025年，30.96亿元，1+2+N。')).not.toThrow();
  });

  it('leaves files outside the chapters folder alone', () => {
    const file = new VFile({ path: join(root, 'elsewhere.mdx'), value: '<Chart />' });
    file.data = { astro: { frontmatter: { order: 1 } } };
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlanAddresses, { chaptersDir, tablesDir, columnCount: 6 });
    expect(() => processor.runSync(processor.parse(file), file)).not.toThrow();
  });
});
