/**
 * The plan's text is exact: every non-empty line of the published source
 * (but the breadcrumb) stands in the built site character for character,
 * after white space is folded, and in source order on the 全文 page, with
 * the tables' cells inside <table> elements.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { byId, byTag, findAll, listPages, readPage, requireDist, textOf } from '../support/dist.ts';
import { SHARED_SOURCE_PATH, SOURCE_PATH, sourceLines } from '../support/source.ts';

const lines = sourceLines();

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
  let siteText: string;
  let fullText: string;
  let fullTableText: string[];

  beforeAll(() => {
    requireDist();
    siteText = listPages().map((route) => textOf(readPage(route))).join('\n');
    const full = readPage('/full/');
    const main = findAll(full, byTag('main'))[0]!;
    fullText = textOf(main);
    fullTableText = findAll(main, byTag('table')).map((t) => textOf(t));
  });

  it('contains every line of the source: 100%', () => {
    const missing = lines.filter((line) => !siteText.includes(line.text));
    const coverage = ((lines.length - missing.length) / lines.length) * 100;
    expect(missing.map((l) => `line ${l.number}: ${l.text.slice(0, 40)}`)).toEqual([]);
    expect(coverage).toBe(100);
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
