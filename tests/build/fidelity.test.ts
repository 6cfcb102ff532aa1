/**
 * The plan's text is exact: every non-empty line of the published source
 * (but the breadcrumb) stands in the built site character for character,
 * after white space is folded, and in source order on the 全文 page, with
 * the tables' cells inside <table> elements.
 *
 * The site shows the plan's ，；：（） full-width, as the official document
 * has them, where the received copy has ASCII (src/lib/plan/punctuation.ts).
 * The invariant: wherever a line is shown, folding the full-width forms
 * U+FF01–U+FF5E of what is shown back to ASCII gives the source line byte for
 * byte, and what is shown is exactly the line with its marks restored. So no
 * other character can differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byId, byTag, DIST, findAll, listPages, normaliseWhitespace, readPage, requireDist, textOf, walk } from '../support/dist.ts';
import { parseAddress } from '../../src/lib/plan/addresses.ts';
import { ASCII_MARK_BESIDE_CHINESE, foldFullWidth, restoreFullWidth } from '../../src/lib/plan/punctuation.ts';
import { fidelityProblems, planSourceLines, type PresentedBlock } from '../../src/lib/plan/fidelity.ts';
import { SHARED_SOURCE_PATH, SOURCE_PATH, sourceLines, type SourceLine } from '../support/source.ts';

const lines = sourceLines();

/** Every place a line stands in a text, its full-width forms folded: what the text shows there. */
function shownAs(text: string, line: SourceLine): string[] {
  const folded = foldFullWidth(text);
  const shown: string[] = [];
  // Folding maps one UTF-16 unit to one, so an offset in the folded text is the same offset in the text.
  for (let at = folded.indexOf(line.text); at !== -1; at = folded.indexOf(line.text, at + 1)) {
    shown.push(text.slice(at, at + line.text.length));
  }
  return shown;
}

describe('the verbatim copy of the source', () => {
  it('holds the 168 non-empty lines of the plan after the breadcrumb', () => {
    expect(readFileSync(SOURCE_PATH, 'utf8').split('\n')[0]).toBe('政府信息公开');
    expect(lines).toHaveLength(168);
    expect(lines[0]!.text).toBe('辽宁省“十四五”知识产权保护和运用规划');
    expect(lines.at(-1)!.text).toBe('本规划由辽宁省知识产权局负责解释。');
  });

  it.skipIf(!existsSync(SHARED_SOURCE_PATH))('is byte for byte the shared seed', () => {
    const hash = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
    expect(hash(SOURCE_PATH)).toBe(hash(SHARED_SOURCE_PATH));
  });
});

describe('the built site', () => {
  let pages: Array<{ route: string; text: string }>;
  let fullText: string;
  let fullTableText: string[];

  beforeAll(() => {
    requireDist();
    pages = listPages().map((route) => ({ route, text: textOf(readPage(route)) }));
    const full = readPage('/full/');
    const main = findAll(full, byTag('main'))[0]!;
    fullText = foldFullWidth(textOf(main));
    fullTableText = findAll(main, byTag('table')).map((t) => foldFullWidth(textOf(t)));
  });

  it('shows every one of the 168 lines, and each place it is shown folds back to the line byte for byte', () => {
    const missing: string[] = [];
    const differing: string[] = [];
    let places = 0;
    for (const line of lines) {
      const expected = restoreFullWidth(line.text);
      const shownOn = pages.flatMap(({ route, text }) => shownAs(text, line).map((shown) => ({ route, shown })));
      if (shownOn.length === 0) missing.push(`line ${line.number}: ${line.text.slice(0, 40)}`);
      for (const { route, shown } of shownOn) {
        places += 1;
        expect(foldFullWidth(shown)).toBe(line.text);
        if (shown !== expected) differing.push(`line ${line.number} on ${route}: ${shown.slice(0, 60)}`);
      }
    }
    expect(missing).toEqual([]);
    expect(differing).toEqual([]);
    // Each line stands at least on its part's page and on 全文.
    expect(places).toBeGreaterThanOrEqual(2 * lines.length);
  });

  it('shows the plan’s marks full-width: 来源：省知识产权局, （一）发展成就, 2～3个', () => {
    const part1 = pages.find((p) => p.route === '/background/')!.text;
    expect(part1).toContain('（一）发展成就');
    expect(part1).toContain('“十三五”时期，省委、省政府高度重视知识产权工作，全面提升');
    expect(pages.find((p) => p.route === '/')!.text).toContain('来源：省知识产权局');
    expect(pages.find((p) => p.route === '/general-requirements/')!.text).toContain('建成2～3个知识产权服务业集聚发展区');
  });

  it('gives the whole text in source order on the 全文 page', () => {
    let from = 0;
    const outOfOrder: string[] = [];
    for (const line of lines) {
      const at = fullText.indexOf(line.text, from);
      if (at === -1) outOfOrder.push(`line ${line.number}: ${line.text.slice(0, 40)}`);
      else from = at + line.text.length;
    }
    expect(outOfOrder).toEqual([]);
  });

  it('puts the cells of 表1 and 表2 in <table> elements, in order', () => {
    expect(fullTableText).toHaveLength(2);
    const cells = lines.filter((l) => l.inTable);
    expect(cells).toHaveLength(24 + 24);
    const joined = fullTableText.join(' ');
    let from = 0;
    for (const cell of cells) {
      const at = joined.indexOf(cell.text, from);
      expect(at, `table cell on line ${cell.number}: ${cell.text}`).toBeGreaterThanOrEqual(0);
      from = at + cell.text.length;
    }
  });

  it('keeps the published spelling, evident typos included', () => {
    const part2 = textOf(findAll(readPage('/general-requirements/'), byId('s2-2-p2'))[0]!);
    expect(part2).toContain('厚纸知识产权发展的质量优势');
    const preamble = textOf(findAll(readPage('/'), byId('s0-p1'))[0]!);
    expect(preamble).toContain('制定辽宁省“十四五"知识产权保护和运用规划。');
    expect(textOf(findAll(readPage('/implementation/'), byId('s8-4-p1'))[0]!)).toContain('二O三五远景目标纲要');
  });
});

describe('every page', () => {
  it('shows as the plan\'s text only the published text: each addressed block a source line or a part of one, in order, none twice', () => {
    const source = planSourceLines(readFileSync(SOURCE_PATH, 'utf8'));
    const problems: string[] = [];
    let blocks = 0;
    for (const route of listPages().filter((r) => !r.startsWith('/zh-hant/'))) {
      const page: PresentedBlock[] = [];
      for (const el of walk(readPage(route))) {
        const address = parseAddress(attr(el, 'id') ?? '');
        if (!address) continue;
        // A table's own text is its caption and header; its rows are blocks of their own.
        const text =
          address.kind === 'table'
            ? [...findAll(el, byTag('caption')), ...findAll(el, byTag('thead')).flatMap((head) => findAll(head, byTag('th')))].map(textOf).join(' ')
            : textOf(el);
        page.push({ id: attr(el, 'id')!, kind: address.kind, text });
      }
      blocks += page.length;
      problems.push(...fidelityProblems(page, source).map((problem) => `${route} ${problem}`));
    }
    expect(problems).toEqual([]);
    // 120 blocks on their parts and /indicators/, again on 全文 (with its part headings) and on the front page.
    expect(blocks).toBe(268);
  });
});

describe('plan-blocks.json', () => {
  it('holds only the published text: each block a source line or a part of one, in order, none twice (the build\'s own check)', () => {
    const { blocks } = JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: PresentedBlock[] };
    expect(blocks).toHaveLength(120);
    expect(fidelityProblems(blocks, planSourceLines(readFileSync(SOURCE_PATH, 'utf8')))).toEqual([]);
  });

  it('holds every line, shown as restored and folding back byte for byte', () => {
    requireDist();
    type Block = { kind: string; place: string; part: string; text: string };
    const data = JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { title: string; source: string; blocks: Block[] };
    // Part headings stand in each block's part; a column's heading is its place and its title.
    const text = [
      data.title,
      data.source,
      ...new Set(data.blocks.map((b) => b.part)),
      ...data.blocks.map((b) => normaliseWhitespace(b.kind === 'column' ? `${b.place} ${b.text}` : b.text)),
    ].join('\n');
    const problems: string[] = [];
    for (const line of lines) {
      const shown = shownAs(text, line);
      if (shown.length === 0) problems.push(`line ${line.number} missing`);
      for (const s of shown) if (s !== restoreFullWidth(line.text) || foldFullWidth(s) !== line.text) problems.push(`line ${line.number}: ${s.slice(0, 40)}`);
    }
    expect(problems).toEqual([]);
    expect(data.blocks.filter((b) => ASCII_MARK_BESIDE_CHINESE.test(JSON.stringify(b))).map((b) => b.text.slice(0, 40))).toEqual([]);
  });
});
