import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkMarks, checkMarkText } from '../../../src/lib/journalism/check-marks.ts';
import { planChecks } from '../../../src/lib/journalism/checks.ts';
import { CheckError } from '../../../src/lib/journalism/evidence.ts';
import { remarkEditorialNotes } from '../../../src/lib/journalism/remark-editorial-notes.ts';
import { COLUMN_COUNT } from '../../../src/lib/plan/addresses.ts';
import { readIndicatorTables, readPlanBlocks } from '../../../src/lib/plan/read-chapters.ts';
import { remarkPlanAddresses } from '../../../src/lib/plan/remark-plan-addresses.ts';

const chaptersDir = resolve('src/content/chapters');
const tablesDir = resolve('src/content/indicators');
const blocks = readPlanBlocks({ chaptersDir, tablesDir, columnCount: COLUMN_COUNT });
const { t1, t2 } = readIndicatorTables(tablesDir);
const checks = planChecks(new Map(blocks.map((b) => [b.id, b.text])), t1, t2);
const rows = [t1, t2].flatMap((t) => t.indicators.map((_, i) => `${t.id}-r${i + 1}`));
const known = [...blocks.map((b) => b.id), ...rows];

describe('the plan read from its files', () => {
  it('has every chapter’s blocks, with the published words', () => {
    expect(blocks.find((b) => b.id === 's1-1-p5')!.text).toContain('全省专利转让由2015年的1356件，提高到2020年的4872件，增长3.6倍');
    expect(blocks.find((b) => b.id === 'c5-i2')!.kind).toBe('column-item');
    expect(blocks.filter((b) => b.kind === 'table').map((b) => b.id)).toEqual(['t1', 't2']);
  });
});

describe('checkMarks', () => {
  const marks = checkMarks(checks, known, '/');

  it('puts beside 一（一）第5段 the check of 增长3.6倍: what it checks, the result, the verdict and the link', () => {
    const growth = marks.get('s1-1-p5')!.find((m) => m.check === 'check-patent-transfers-growth')!;
    expect(growth.text).toBe('专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。结论：有出入。');
    expect(growth.verdict).toBe('有出入');
    expect(growth.href).toBe('/checks/#check-patent-transfers-growth');
  });

  it('gives each check exactly one mark, at the block of its claim, with its verdict, in the checks’ order', () => {
    const all = [...marks.values()].flat();
    expect(all.map((m) => m.check).sort()).toEqual(checks.map((c) => c.id).sort());
    for (const check of checks) {
      const mark = marks.get(check.claim.block)!.find((m) => m.check === check.id)!;
      expect(mark.verdict, check.id).toBe(check.verdict);
      expect(mark.text, check.id).toBe(checkMarkText(check));
    }
    expect(marks.get('t2-r1')!.map((m) => m.check)).toEqual(['check-table2-2025-1', 'check-two-per-10000-measures']);
    expect(marks.get('t1-r5')![0]!.text).toBe('表1达成率：拥有有效发明专利的规模以上制造业企业——达成率 89.3%，进度 79.7%。结论：未完成。');
  });

  it('links under the deploy base', () => {
    expect(checkMarks(checks, known, '/plan/').get('s1-1-p5')![0]!.href).toBe('/plan/checks/#check-patent-transfers-growth');
  });

  it('fails, naming the check and the block, on a check about a block the plan does not have', () => {
    const without = known.filter((id) => id !== 's1-1-p5');
    expect(() => checkMarks(checks, without, '/')).toThrow(CheckError);
    expect(() => checkMarks(checks, without, '/')).toThrow(
      'src/lib/journalism/checks.ts: check-patent-transfers-growth is about s1-1-p5, which the plan does not have: no mark can stand beside it',
    );
  });
});

describe('remarkEditorialNotes with the checks', () => {
  function run(name: string) {
    const path = join(chaptersDir, name);
    const source = readFileSync(path, 'utf8');
    const end = source.indexOf('\n---\n', 4) + 5;
    const file = new VFile({ path, value: source.slice(0, end).replace(/[^\n]/g, '') + source.slice(end) });
    file.data = { astro: { frontmatter: { order: Number(/order: (\d+)/.exec(source)![1]) } } };
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkPlanAddresses, { chaptersDir, tablesDir, columnCount: COLUMN_COUNT })
      .use(remarkEditorialNotes, { chaptersDir, base: '/', checks: { tablesDir, columnCount: COLUMN_COUNT } });
    return processor.runSync(processor.parse(file), file) as Root;
  }
  const idOf = (node: RootContent) => (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
  const classes = (node: RootContent) => (node.data as { hProperties?: { className?: string[] } } | undefined)?.hProperties?.className ?? [];
  const linkOf = (node: RootContent) => ((node as Paragraph).children[0] as { url: string }).url;

  it('puts the marks after the paragraph, outside it, and leaves the paragraph’s words as they were', () => {
    const tree = run('01-background.mdx');
    const at = tree.children.findIndex((n) => idOf(n) === 's1-1-p5');
    const paragraph = tree.children[at]!;
    expect(toString(paragraph)).not.toContain('本站核算');
    expect(toString(paragraph)).toContain(blocks.find((b) => b.id === 's1-1-p5')!.text);
    const after = tree.children.slice(at + 1, at + 4);
    expect(after.map(classes)).toEqual(Array(3).fill(['site-annotation', 'site-annotation--check']));
    expect(toString(after[0]!)).toBe('本站核算：专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。结论：有出入。');
    // The verdict is set in bold.
    expect((after[0] as Paragraph).children.find((c) => c.type === 'strong')).toMatchObject({ children: [{ type: 'text', value: '有出入' }] });
    expect(after.map(linkOf)).toEqual(['/checks/#check-patent-transfers-growth', '/checks/#check-university-transfers', '/checks/#check-transfers-text-table2']);
    expect(classes(tree.children[at + 4]!)).not.toContain('site-annotation');
  });

  it('leaves a table’s rows to the table, which marks them in the rows themselves (IndicatorTable.astro)', () => {
    const tree = run('01-background.mdx');
    const at = tree.children.findIndex((n) => n.type === 'mdxJsxFlowElement' && n.name === 'IndicatorTable');
    expect(at).toBeGreaterThan(0);
    expect(classes(tree.children[at + 1]!)).not.toContain('site-annotation');
  });
});
