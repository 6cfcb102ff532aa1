/**
 * No ASCII , ; : ( ) beside a Chinese character in the plan as the site
 * publishes it: its text and headings on every page, the page titles and
 * share tags (the share images are drawn from the same headings and source
 * line), and every field of the CSV and JSON downloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { KEEP_CLASS, KEPT } from '../../src/lib/plan/keep-ranges.ts';
import { ASCII_MARK_BESIDE_CHINESE } from '../../src/lib/plan/punctuation.ts';
import { parseCsv } from '../support/csv.ts';
import { attr, byTag, DIST, findAll, isElement, listPages, readPage, requireDist, textOf, walk, type Element, type Node } from '../support/dist.ts';

const PLAN_ID = /^(?:s\d(?:-\d+)?(?:-p\d+)?|c\d(?:-i\d+)?|t\d(?:-r\d+)?)$/;

/** Each offending place, with a few characters around the mark. */
function offences(where: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(new RegExp(ASCII_MARK_BESIDE_CHINESE.source, 'gu'))) {
    found.push(`${where}: …${text.slice(Math.max(0, m.index - 8), m.index + 8)}…`);
  }
  return found;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the plan as published by the site', () => {
  beforeAll(requireDist);

  it('has no ASCII mark beside Chinese in its blocks, headings, titles or share tags, on any page', () => {
    const found: string[] = [];
    let blocks = 0;
    for (const route of listPages()) {
      const page = readPage(route);
      const planElements = [...walk(page)].filter((el: Element) => PLAN_ID.test(attr(el, 'id') ?? '') || /^h[1-6]$/.test(el.tagName));
      blocks += planElements.length;
      for (const el of planElements) found.push(...offences(`${route} #${attr(el, 'id') ?? el.tagName}`, textOf(el)));
      for (const title of findAll(page, byTag('title'))) found.push(...offences(`${route} <title>`, textOf(title)));
      for (const meta of findAll(page, byTag('meta'))) found.push(...offences(`${route} meta ${attr(meta, 'property') ?? attr(meta, 'name')}`, attr(meta, 'content') ?? ''));
    }
    expect(found).toEqual([]);
    // 120 blocks on their parts, again on 全文, 专栏 and 指标, and every heading of every page.
    expect(blocks).toBeGreaterThan(400);
  });

  it('has no ASCII mark beside Chinese in the site\'s own prose either, on any page of either edition', () => {
    // Not checked: others' words quoted as stored (a source's <q>, an element marked as a quote kept as stored
    // in either edition, data-edition-quote, or a note's “民法典(节选)”, its title
    // as the copy prints it), code, and formulas, whose brackets hold arithmetic: (2020年实际 − 2015年) ÷
    // (2020年目标 − 2015年), (1 + 年均增长率)^年数.
    const FORMULA = /\([^()]*[−+÷×^][^()]*\)/g;
    const QUOTED = /“[^“”]*”/g;
    const found: string[] = [];
    let pages = 0;
    for (const route of listPages()) {
      pages += 1;
      const visit = (node: Node) => {
        if (isElement(node)) {
          if (['script', 'style', 'code', 'q', 'svg', 'head', 'template'].includes(node.tagName) || attr(node, 'data-edition-quote') !== undefined) return;
          for (const child of node.childNodes) visit(child);
        } else if (node.nodeName === '#text') {
          found.push(...offences(route, (node as { value: string }).value.replace(FORMULA, '').replace(QUOTED, '“”')));
        } else if ('childNodes' in node) for (const child of node.childNodes) visit(child);
      };
      visit(readPage(route));
    }
    expect(pages).toBe(76);
    expect(found).toEqual([]);
  });

  it('leaves no space after a full-width mark in the site\'s own prose, on any page of either edition: 不作改动。每次构建, not 不作改动。 每次构建', () => {
    // A template's line break inside a paragraph is drawn as a space; after a full-width mark, which carries its
    // own space, it is never the author's. Not checked: sources quoted as stored (<q>) and code. The plan's own
    // blocks are checked too: their text, the source's, has none.
    const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'figcaption', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'legend', 'label']);
    const SPACE_AFTER_MARK = /[，。；：！？、）》”][ \t\n]+[\u4e00-\u9fff“《（]/gu;
    const found: string[] = [];
    for (const route of listPages()) {
      const visit = (node: Node) => {
        if (!isElement(node) || ['script', 'style', 'code', 'q', 'svg', 'head', 'template'].includes(node.tagName)) return;
        if (BLOCKS.has(node.tagName)) {
          const text = textOf(node);
          for (const m of text.matchAll(SPACE_AFTER_MARK)) found.push(`${route}: …${text.slice(Math.max(0, m.index - 8), m.index + 6)}…`);
          return;
        }
        for (const child of node.childNodes) visit(child);
      };
      visit(readPage(route));
    }
    expect(found).toEqual([]);
  });

  it('sets the glossary\'s names of treaties and bodies with full-width brackets: 世界知识产权组织（WIPO）', () => {
    for (const route of ['/glossary/', '/zh-hant/glossary/']) {
      const text = textOf(readPage(route));
      expect(text).toContain('（WIPO）');
      expect(text).toContain('（PCT）');
      expect(text).not.toContain('(WIPO)');
    }
    expect(textOf(readPage('/checks/'))).toContain('二（三）写“代理服务机构数量超过650家”');
  });

  it('says 来源：省知识产权局 and cites 三（二）第1段 with full-width marks', () => {
    expect(textOf(readPage('/'))).toContain('来源：省知识产权局');
    const anchor = findAll(readPage('/protection/'), (el) => attr(el, 'href') === '#s3-2-p1')[0]!;
    expect(attr(anchor, 'aria-label')).toBe('分享：三（二）第1段');
  });

  it('keeps every range (2021—2035, 2～3) and standard\'s number and year (GB/T 29490—2023) on one line, in the plan and the site\'s prose, on any page of either edition', () => {
    // A range outside <span class="keep"> may break before its dash, which would then start a line.
    const loose: string[] = [];
    const kept: Record<string, string[]> = {};
    for (const route of listPages()) {
      const visit = (node: Node) => {
        if (isElement(node)) {
          if (['script', 'style', 'svg', 'head', 'template', 'textarea'].includes(node.tagName)) return;
          if ((attr(node, 'class') ?? '').split(/\s+/).includes(KEEP_CLASS)) {
            (kept[route] ??= []).push(textOf(node));
            return;
          }
          for (const child of node.childNodes) visit(child);
        } else if (node.nodeName === '#text') {
          for (const m of (node as { value: string }).value.matchAll(KEPT)) loose.push(`${route}: ${m[0]}`);
        } else if ('childNodes' in node) for (const child of node.childNodes) visit(child);
      };
      visit(readPage(route));
    }
    expect(loose).toEqual([]);
    expect(kept['/full/']).toEqual(['2～3', '2021—2035', '2021—2035', 'GB/T34833-2017']);
    // A code written with a space may part there (src/lib/plan/keep-ranges.ts), never between its number and year.
    expect(kept['/glossary/']).toEqual(expect.arrayContaining(['29490—2013', '29490—2023', '2021—2035']));
    expect(kept['/zh-hant/glossary/']).toEqual(kept['/glossary/']);
    expect(kept['/indicators/']).toEqual(expect.arrayContaining(['2015—2020', '2021—2025']));
    expect(kept['/data/']).toEqual(expect.arrayContaining(['2015年—2020']));
    expect(kept['/teach/words/']).toEqual(expect.arrayContaining(['10—15']));
  });

  it('has no ASCII mark beside Chinese in any field of the CSV downloads', () => {
    const files = ['data/figures.csv', 'data/indicators.csv', 'data/reported-values.csv', ...readdirSync(`${DIST}charts`).filter((f) => f.endsWith('.csv')).map((f) => `charts/${f}`)];
    expect(files).toHaveLength(6);
    const found = files.flatMap((file) => parseCsv(readFileSync(`${DIST}${file}`, 'utf8')).flat().flatMap((field) => offences(file, field)));
    expect(found).toEqual([]);
  });

  it('has no ASCII mark beside Chinese in any string of the JSON downloads', () => {
    const files = readdirSync(`${DIST}data`).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual(['figures.json', 'indicators.json', 'plan-blocks.json', 'quiz.json', 'reported-values.json']);
    // A law's words are quoted as the page the site read them from stores them (ASCII marks included): another's text, not ours or the plan's.
    const ours = (file: string, data: { questions?: Array<Record<string, string>> }) =>
      file === 'quiz.json' ? { ...data, questions: data.questions!.map((q) => (q.source_kind === '规划原文' ? q : { ...q, source_quote: '' })) } : data;
    const found = files.flatMap((file) => strings(ours(file, JSON.parse(readFileSync(`${DIST}data/${file}`, 'utf8')))).flatMap((s) => offences(file, s)));
    expect(found).toEqual([]);
  });
});
