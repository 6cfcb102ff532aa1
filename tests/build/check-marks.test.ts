/**
 * 核算 beside the text (issue 25): every check on /checks/ has one mark, on
 * the page of the paragraph, column item or table row it is about and on
 * /full/, in both editions; a paragraph's mark stands after the plan's
 * element, never in it, a row's in the row after its last value, with no text
 * of its own in the cell; /checks/ links back to the place.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byId, DIST, type Element, findAll, isElement, readPage, requireDist, textOf } from '../support/dist.ts';

beforeAll(requireDist);

const hasClass = (name: string) => (el: Element) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const blocks = () =>
  (JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: Array<{ id: string; text: string; path: string }> }).blocks;
const marks = (page: Element | ReturnType<typeof readPage>) => findAll(page, (el) => hasClass('site-annotation--check')(el) || hasClass('check-mark')(el));
const linkOf = (mark: Element) => attr(findAll(mark, (el) => el.tagName === 'a')[0]!, 'href') ?? '';
const marksFor = (page: ReturnType<typeof readPage>, check: string) => marks(page).filter((m) => linkOf(m).endsWith(`/checks/#${check}`));

/** Each check on /checks/ with the address its claim links back to. */
function checksOnPage(): Array<{ id: string; path: string; block: string }> {
  return findAll(readPage('/checks/'), hasClass('check')).map((section) => {
    const back = findAll(findAll(section, hasClass('check-claim'))[0]!, (el) => el.tagName === 'a' && (attr(el, 'href') ?? '').includes('#'))[0]!;
    const [path, block] = attr(back, 'href')!.split('#') as [string, string];
    return { id: attr(section, 'id')!, path, block };
  });
}

/** The elements after `el` among its parent's children. */
function following(page: ReturnType<typeof readPage>, el: Element): Element[] {
  const parent = findAll(page, (p) => p.childNodes.includes(el))[0]!;
  return parent.childNodes.slice(parent.childNodes.indexOf(el) + 1).filter(isElement);
}

describe('the mark of 增长3.6倍', () => {
  it('follows 一（一）第5段 on /background/ with the check’s words, verdict and link, and leaves the paragraph as published', () => {
    const page = readPage('/background/');
    const paragraph = findAll(page, byId('s1-1-p5'))[0]!;
    const [next] = following(page, paragraph);
    expect(textOf(next!)).toBe('本站核算：专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。结论：有出入。');
    expect(linkOf(next!)).toBe('/checks/#check-patent-transfers-growth');
    expect(hasClass('site-annotation')(next!)).toBe(true);
    const published = blocks().find((b) => b.id === 's1-1-p5')!.text;
    expect(textOf(paragraph)).toBe(published);
    expect(textOf(paragraph)).not.toContain('本站核算');
    expect(marks(paragraph)).toEqual([]);
  });
});

describe('every check', () => {
  const checks = checksOnPage();

  it('are said on /checks/ to stand beside the text', () => {
    expect(textOf(findAll(readPage('/checks/'), hasClass('site-note'))[0]!)).toContain('每项核算也标在它所核对的段落之后（“本站核算”）或表格的行末（“核算：”及结论），链接回本页。');
  });

  it('links back from /checks/ to the place it is about', () => {
    expect(checks.length).toBeGreaterThanOrEqual(27);
    const byId = new Map(blocks().map((b) => [b.id, b]));
    for (const check of checks) {
      expect(byId.get(check.block), check.id).toBeDefined();
      expect(check.path, check.id).toBe(byId.get(check.block)!.path);
    }
  });

  it('has exactly one mark on its part page, on /full/ and on both in 繁體, standing outside every plan element', () => {
    const routes = [...new Set(checks.map((c) => c.path))];
    const pages = new Map([...routes, '/full/'].flatMap((route) => [route, `/zh-hant${route}`]).map((route) => [route, readPage(route)]));
    const problems: string[] = [];
    for (const check of checks) {
      for (const route of [check.path, '/full/', `/zh-hant${check.path}`, '/zh-hant/full/']) {
        const found = marksFor(pages.get(route)!, check.id);
        if (found.length !== 1) problems.push(`${check.id} on ${route}: ${found.length} marks`);
      }
    }
    expect(problems).toEqual([]);
    // No plan element (an id that reads as an address) holds a mark, but a table row its own, which adds no text to the row.
    const address = /^(s\d+(-\d+)*(-p\d+)?|c\d+(-i\d+)?|t\d+)$/;
    for (const [route, page] of pages) {
      const holders = findAll(page, (el) => address.test(attr(el, 'id') ?? '') && marks(el).some((m) => !hasClass('check-mark')(m))).map((el) => attr(el, 'id'));
      expect(holders, route).toEqual([]);
      expect(findAll(page, hasClass('check-mark')).map(textOf).filter(Boolean), route).toEqual([]);
    }
  });

  it('stands right after the paragraph it is about, among the site’s notes', () => {
    const page = readPage('/background/');
    for (const check of checks.filter((c) => c.path === '/background/' && /-p\d+$/.test(c.block))) {
      const after = following(page, findAll(page, byId(check.block))[0]!);
      const beside = after.slice(0, after.findIndex((el) => !hasClass('site-annotation')(el)));
      expect(beside.some((el) => linkOf(el).endsWith(`/checks/#${check.id}`)), check.id).toBe(true);
    }
  });

  it('counts 27 marks: 17 on /background/, 10 on /general-requirements/, 27 on /full/', () => {
    expect(marks(readPage('/background/'))).toHaveLength(17);
    expect(marks(readPage('/general-requirements/'))).toHaveLength(10);
    expect(marks(readPage('/full/'))).toHaveLength(checks.length);
    expect(marks(readPage('/protection/'))).toHaveLength(0);
  });
});

describe('a table row’s mark', () => {
  /** Each row of the page's tables with a mark: its address, the checks its marks link to, and where they stand. */
  const rowMarks = (route: string) =>
    findAll(readPage(route), (el) => el.tagName === 'tr' && /^t\d+-r\d+$/.test(attr(el, 'id') ?? '') && marks(el).length > 0).map((row) => {
      const cells = row.childNodes.filter(isElement);
      const last = cells.at(-1)!;
      return {
        row: attr(row, 'id'),
        checks: marks(row).map((m) => linkOf(m).split('#')[1]),
        inLastCell: marks(row).every((m) => marks(last).includes(m)) && last.tagName === 'td',
        cells: cells.length,
      };
    });

  it('stands in its row, after the last value, as a link named by the check and drawing only its verdict', () => {
    expect(rowMarks('/background/')).toEqual(
      [1, 2, 3, 4, 5].map((n) => ({ row: `t1-r${n}`, checks: [`check-table1-attainment-${n}`], inLastCell: true, cells: 4 })),
    );
    const mark = marks(findAll(readPage('/background/'), byId('t1-r5'))[0]!)[0]!;
    expect(attr(mark, 'data-verdict')).toBe('未完成');
    expect(attr(mark, 'aria-label')).toBe('本站核算：表1达成率：拥有有效发明专利的规模以上制造业企业——达成率 89.3%，进度 79.7%。结论：未完成。');
    expect(textOf(mark)).toBe('');
    const t2 = rowMarks('/general-requirements/');
    expect(t2.every((r) => r.inLastCell && r.cells === 4)).toBe(true);
    expect(t2.map((r) => r.row)).toEqual(['t2-r1', 't2-r2', 't2-r3', 't2-r4', 't2-r5']);
  });

  it('leaves nothing of the site’s after the table, and the same marks in the row on /full/ and in 繁體', () => {
    for (const route of ['/background/', '/general-requirements/']) {
      // Every mark outside a row follows, past the site's other notes, the paragraph or column item it is about: none follows a table.
      const page = readPage(route);
      const behind = findAll(page, hasClass('site-annotation--check')).map((mark) => {
        const parent = findAll(page, (p) => p.childNodes.includes(mark))[0]!;
        const before = parent.childNodes.slice(0, parent.childNodes.indexOf(mark)).filter(isElement).reverse();
        return attr(before.find((el) => !hasClass('site-annotation')(el))!, 'id') ?? '';
      });
      expect(behind.filter((id) => !/-p\d+$|^c\d+-i\d+$/.test(id)), route).toEqual([]);
    }
    expect(rowMarks('/full/').map((r) => r.row)).toEqual([...rowMarks('/background/'), ...rowMarks('/general-requirements/')].map((r) => r.row));
    expect(rowMarks('/zh-hant/background/').map((r) => [r.row, r.inLastCell])).toEqual(rowMarks('/background/').map((r) => [r.row, r.inLastCell]));
  });
});
