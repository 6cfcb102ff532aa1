/**
 * The statements the site makes about the plan, pinned to the built pages and
 * files (issue 10): periods and qualifiers of figures, the example addresses,
 * the checks' quotations and notes, the open data's notes, the handout, and
 * the editorial notes beside their paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAddress } from '../../src/lib/plan/addresses.ts';
import { NOTE_DEFINITIONS } from '../../src/lib/journalism/editorial-notes.ts';
import { foldFullWidth as foldWidth } from '../../src/lib/plan/punctuation.ts';
import { NUMBERS_IN_CHARACTERS } from '../../src/lib/journalism/figures.ts';
import { parseCsv } from '../support/csv.ts';
import { attr, byId, DIST, type Element, findAll, isElement, listPages, type Node, readPage, requireDist, textOf } from '../support/dist.ts';
import { SOURCE_PATH } from '../support/source.ts';

beforeAll(requireDist);

const file = (name: string) => readFileSync(`${DIST}data/${name}`, 'utf8');
const json = (name: string) => JSON.parse(file(name)) as { rows: Array<Record<string, string>>; source: string };
const blocks = () => (JSON.parse(file('plan-blocks.json')) as { blocks: Array<{ id: string; text: string; path: string }> }).blocks;
const plan = () => foldWidth(readFileSync(SOURCE_PATH, 'utf8'));
const hasClass = (name: string) => (el: Element) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);

describe('the figure finder', () => {
  const rows = () => json('figures.json').rows;
  const row = (id: string) => rows().find((r) => r.id === id)!;

  it('gives as examples of numbers in characters only words the plan writes so', () => {
    const intro = textOf(findAll(readPage('/figures/'), hasClass('site-note'))[0]!);
    expect(intro).not.toContain('三届');
    for (const words of NUMBERS_IN_CHARACTERS) {
      expect(intro).toContain(`“${words}”`);
      expect(plan()).toContain(words);
      expect(words).not.toMatch(/\d/);
    }
  });

  it('dates a figure from its own sentence only: 84项 has no period, and says so', () => {
    expect(row('f-s1-1-p3-34')).toMatchObject({ 数字: '84项', 年份或时期: '' });
    const cells = findAll(findAll(readPage('/figures/'), byId('f-s1-1-p3-34'))[0]!, (el) => el.tagName === 'td').map(textOf);
    expect(cells.slice(0, 4)).toEqual(['84项', '', '项', '原文未说明']);
  });

  it('keeps the 11 qualifiers in a column of their own, and reads 年均60家 as sixty a year', () => {
    const qualified = rows().filter((r) => r['限定词']).map((r) => `${r['限定词']} ${r['数字']} ${r['年份或时期']}`);
    expect(qualified).toEqual([
      '近 3.7万个 ',
      '以上 300人 “十三五”期间',
      '年均 60家 每年',
      '超过 650家 到2025年',
      '以上 1.2万人 到2025年',
      '以上 2000人 到2025年',
      '以上 700人 到2025年',
      '至少 10项 ',
      '超过 650家 到2025年',
      '不少于 100人次 每年',
      '不少于 2次 “十四五”期间',
    ]);
    const cells = findAll(findAll(readPage('/figures/'), byId('f-s2-3-p4-3'))[0]!, (el) => el.tagName === 'td').map(textOf);
    expect(cells.slice(0, 4)).toEqual(['650家', '超过', '家', '到2025年']);
  });
});

describe('addresses the site names', () => {
  // s3-2-p3, c1-i2, t1-r2, s0: an id of the plan's scheme standing alone in text.
  const ID = /(?<![\w-])(s\d(?:-\d+)?(?:-p\d+)?|c\d(?:-i\d+)?|t\d(?:-r\d+)?)(?![\w-])/g;
  // 三（二）第3段, 前言第1段, 专栏5第2项, 表1第3行, with the brackets in either width.
  const PLACE = /[一二三四五六七八][(（][一二三四五六七八九十]+[)）]第\d+段|前言第\d+段|专栏\d第\d+项|表\d第\d+行/g;

  const blockIds = () => new Set(blocks().map((b) => b.id));

  /** The text of a page outside the plan's own blocks. */
  function siteText(root: Node, ids: Set<string>): string {
    const parts: string[] = [];
    const visit = (n: Node) => {
      if (isElement(n) && (ids.has(attr(n, 'id') ?? '') || ['script', 'style', 'head'].includes(n.tagName))) return;
      if (n.nodeName === '#text' && 'value' in n) parts.push(n.value as string);
      if ('childNodes' in n) for (const child of n.childNodes) visit(child);
    };
    visit(root);
    return parts.join(' ');
  }

  it('resolves every address and place named in the pages’ own text, the README and the guides in docs/', () => {
    const ids = blockIds();
    const elementIds = new Set<string>();
    const texts: Array<[where: string, text: string]> = [];
    for (const route of listPages()) {
      const page = readPage(route);
      for (const el of findAll(page, (e) => attr(e, 'id') !== undefined)) elementIds.add(attr(el, 'id')!);
      texts.push([route, siteText(page, ids)]);
    }
    texts.push(['README.md', readFileSync(new URL('../../README.md', import.meta.url), 'utf8')]);
    const docs = new URL('../../docs/', import.meta.url);
    const guides = readdirSync(docs).filter((n) => n.endsWith('.md'));
    // The address table moved there from the README: were the guides not read, this test would pass on far less.
    expect(guides).toContain('typesetting.md');
    for (const name of guides) texts.push([`docs/${name}`, readFileSync(new URL(name, docs), 'utf8')]);
    const places = new Set([...ids].map((id) => foldWidth(describeAddress(id))));
    const unresolved: string[] = [];
    let named = 0;
    for (const [where, text] of texts) {
      for (const [id] of text.matchAll(ID)) {
        named += 1;
        if (!elementIds.has(id)) unresolved.push(`${where}: ${id}`);
      }
      for (const [place] of text.matchAll(PLACE)) {
        named += 1;
        if (!places.has(foldWidth(place))) unresolved.push(`${where}: ${place}`);
      }
    }
    expect(unresolved).toEqual([]);
    expect(named).toBeGreaterThan(100);
  });

  it('gives a real paragraph as the example in the address table and the 报告错误 instructions', () => {
    const about = textOf(readPage('/about/'));
    expect(about).toContain('s3-2-p3');
    expect(about).not.toContain('s3-2-p4');
    expect(blockIds().has('s3-2-p3')).toBe(true);
    expect(blockIds().has('s3-2-p4')).toBe(false);
  });
});

describe('the checks', () => {
  const page = () => readPage('/checks/');
  const section = (id: string) => textOf(findAll(page(), byId(id))[0]!);

  it('quotes only words that stand in their block, and shows table rows as cells arranged by the site', () => {
    const texts = new Map(blocks().map((b) => [b.id, b.text]));
    const quotes = findAll(page(), hasClass('evidence')).filter((el) => el.tagName === 'p');
    expect(quotes).toHaveLength(19);
    const misquoted: string[] = [];
    for (const evidence of quotes) {
      const q = findAll(evidence, (el) => el.tagName === 'q')[0]!;
      const href = attr(findAll(evidence, (el) => el.tagName === 'a')[0]!, 'href')!;
      const block = href.split('#')[1]!;
      if (!texts.get(block)?.includes(textOf(q))) misquoted.push(`${block}: ${textOf(q)}`);
    }
    expect(misquoted).toEqual([]);
    const cells = findAll(page(), hasClass('evidence--cells'));
    expect(cells).toHaveLength(25);
    for (const c of cells) {
      expect(findAll(c, (el) => el.tagName === 'q')).toEqual([]);
      expect(findAll(c, (el) => el.tagName === 'table')).toHaveLength(1);
      expect(textOf(c)).toContain('本站整理');
    }
  });

  it('checks 二(三)第3段’s 年均增长10% for 专利转让 and 高等学校专利转让 against 表2', () => {
    const text = section('check-transfers-growth-text-table2');
    expect(text).toContain('专利转让、许可数量、高等学校专利转让数量年均增长10%');
    expect(text).toContain('表2第4行');
    expect(text).toContain('表2第5行');
    expect(text).toContain('一致');
  });

  it('reads 增长3.6倍 both ways, naming the convention’s source', () => {
    const text = section('check-patent-transfers-growth');
    expect(text).toContain('1356 × 4.6 ≈ 6238件，而原文为4872件');
    expect(text).toContain('增长约2.6倍');
    // The source speaks of 增加 only: reading the plan's 增长 the same way is the site's inference (review 22).
    expect(text).toContain('该页只说“增加”；把规划的“增长X倍”也按这一用法读，是本站推断。');
    expect(text).not.toContain('说“增长（增加）X倍”');
    expect(text).toContain('http://cn.chinagate.cn/economics/2012-08/12/content_26209875.htm');
    expect(text).toContain('可信度：中');
  });

  it('says of 表1第3行 that a 27-fold rise may reflect how it was counted, which the site cannot verify', () => {
    const text = section('check-table1-attainment-3');
    expect(text).toContain('约为2015年的27倍');
    expect(text).toContain('本站无法核实');
    expect(section('check-table1-attainment-1')).not.toContain('本站无法核实');
  });
});

describe('the editorial notes', () => {
  it('lists each note on /checks/ and puts it beside every paragraph it is about', () => {
    const checks = readPage('/checks/');
    const byBlock = new Map(blocks().map((b) => [b.id, b]));
    const missing: string[] = [];
    for (const note of NOTE_DEFINITIONS) {
      expect(findAll(checks, byId(note.id)), note.id).toHaveLength(1);
      for (const [block] of note.places) {
        const page = readPage(byBlock.get(block)!.path);
        const paragraph = findAll(page, byId(block))[0]!;
        const parent = findAll(page, (el) => el.childNodes.includes(paragraph))[0]!;
        const after = parent.childNodes.slice(parent.childNodes.indexOf(paragraph) + 1).filter(isElement);
        const beside = after.slice(0, after.findIndex((el) => !hasClass('site-annotation')(el)) >>> 0);
        const linked = beside.some((el) => findAll(el, (a) => a.tagName === 'a' && (attr(a, 'href') ?? '').endsWith(`/checks/#${note.id}`)).length > 0);
        if (!linked) missing.push(`${note.id} beside ${block}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names the national plan, the outline’s year, the stray space and the names that differ', () => {
    const text = (id: string) => textOf(findAll(readPage('/checks/'), byId(id))[0]!);
    // Review 13: the note cites gov.cn's Xinhua wire, which names the plan but gives no 文号 (that is on 关联文件, from CNIPA).
    expect(text('note-national-plan-title')).not.toContain('国发〔2021〕20号');
    expect(text('note-national-plan-title')).toContain('《“十四五”国家知识产权保护和运用规划》');
    expect(text('note-strategy-outline-year')).toContain('（2021—2035年）');
    expect(text('note-outline-year')).toContain('缺“年”字');
    // Review 13: no unsourced 这类纲要的名称写作…; the national outline's name as Xinhua wrote it, the gap 本站推断.
    expect(text('note-outline-year')).toContain('疑缺“年”字（本站推断）：国家的纲要，新华社写作“国民经济和社会发展第十四个五年规划和2035年远景目标纲要”');
    expect(text('note-outline-year')).toContain('十三届全国人大四次会议表决通过关于国民经济和社会发展第十四个五年规划和2035年远景目标纲要的决议');
    expect(text('note-outline-year')).not.toContain('这类纲要的名称写作');
    expect(text('note-stray-space')).toContain('49.33 %');
    expect(text('note-huludao-name')).toMatch(/泳装快速维权中心.*泳装知识产权快速维权中心/);
    expect(text('note-dalian-name')).toMatch(/大连保护中心.*大连清洁能源保护中心/);
  });

  it('leaves the plan’s paragraph as it was: the note stands outside it', () => {
    const page = readPage('/background/');
    expect(findAll(findAll(page, byId('s1-1-p3'))[0]!, hasClass('site-annotation'))).toEqual([]);
    expect(textOf(findAll(page, byId('s1-1-p3'))[0]!)).not.toContain('本站注');
  });
});

describe('open data', () => {
  it('says of each file exactly the columns it has', () => {
    const data = readPage('/data/');
    for (const name of ['figures', 'indicators'] as const) {
      const csv = file(`${name}.csv`).slice(1);
      const [header] = parseCsv(csv);
      const note = textOf(findAll(data, (el) => attr(el, 'data-columns-note') === name)[0]!);
      const [fromPlan, own] = note.split('；') as [string, string];
      const named = [...fromPlan.replace(/取自规划原文$/, '').split('、'), ...own.replace(/为本站整理。.*$/, '').split('、')];
      expect([...named].sort()).toEqual([...header!].sort());
      expect(json(`${name}.json`).source).toContain(`${fromPlan}；`);
      // The CSV is the table alone: its last line is a row of data, not the note.
      expect(csv).not.toContain(fromPlan);
    }
  });
});

describe('the handout', () => {
  it('says its tables are arranged from 表1 and 表2, not that they are the original', () => {
    const text = textOf(readPage('/handout/'));
    expect(text).not.toContain('原表');
    expect(text).toContain('本站据规划表1');
    expect(text).toContain('本站据规划表2');
  });
});

describe('the site\'s own prose, as the eleventh fact review left it', () => {
  it('says a figure\'s period comes from its whole sentence while 所在句子 shows only its part between semicolons', () => {
    const intro = textOf(findAll(readPage('/figures/'), hasClass('site-note'))[0]!);
    expect(intro).toContain('“年份或时期”由本站从数字自己的句子（到句号为止）读出');
    expect(intro).toContain('“所在句子”一栏在句中有分号时只列出数字所在的一段');
    // 23574件 is dated 2020年 by the sentence's opening clause, which its 句子 does not show.
    expect(json('figures.json').rows.find((r) => r.id === 'f-s1-1-p3-9')).toMatchObject({ 数字: '23574件', 年份或时期: '2020年' });
    expect(json('figures.json').rows.find((r) => r.id === 'f-s1-1-p3-9')!.句子).not.toContain('2020年');
    const data = textOf(readPage('/data/'));
    expect(data).toContain('数字所在的原文句子；句中有分号的，只取数字所在的一段（分号隔开的部分）；表格中为该行的内容。');
  });

  it('says of /data/\'s files what holds for each: the quiz and other bodies\' values come from laws and tables, not the plan\'s paragraphs', () => {
    const data = textOf(readPage('/data/'));
    expect(data).toContain('取自规划的每一行都写明它来自哪个段落或表格行；其他机构的数值和竞赛题，每一行写明各自的出处。');
    expect(data).not.toContain('JSON 与 CSV 内容相同');
    const quiz = JSON.parse(file('quiz.json')) as { source: string; questions: Array<{ source_kind: string }> };
    expect(quiz.questions.filter((q) => q.source_kind !== '规划原文')).toHaveLength(29);
  });

  it('calls the columns by their titles, not 重点工程, a word the plan does not use', () => {
    expect(plan()).not.toContain('重点工程');
    for (const route of ['/', '/columns/']) expect(textOf(readPage(route)), route).not.toContain('重点工程');
    expect(textOf(readPage('/columns/'))).toContain('规划正文中有六个专栏，标题都是“……工程”，如专栏3“知识产权保护工程”。');
  });

  it('names the 650 target by both the plan\'s words, 代理服务机构 and 知识产权服务机构, which /checks/ finds differ', () => {
    const row = textOf(findAll(readPage('/scorecard/'), byId('goal-agencies'))[0]!);
    expect(row).toContain('代理服务机构、知识产权服务机构数量');
    expect(row).not.toContain('知识产权代理服务机构数量');
  });

  it('marks as 本站推断 that the plan\'s 中德园 is the 中德（沈阳）高端装备制造产业园 of a document\'s title', () => {
    const page = textOf(readPage('/explore/'));
    expect(page).toContain('规划所写的“中德园”，就是一（一）第2段文件名中的中德（沈阳）高端装备制造产业园，这是本站推断。');
    expect(page).not.toContain('中德园即规划所写的');
  });

  it('does not say on the home page that the site checked every target: 15 of the 20 have no public figure', () => {
    const home = textOf(readPage('/'));
    expect(home).toContain('每个目标是否完成，有公开数据的逐项核对，查不到的写明。');
    expect(home).not.toContain('核对每个目标是否完成');
  });

  it('says the paragraphs naming no city name none, not that they concern the whole province', () => {
    const page = textOf(readPage('/explore/'));
    expect(page).toContain('规划点名各市（含其园区、示范区）的段数；其余段落没有点名哪个市。');
    expect(page).not.toContain('面向全省');
  });

  it('places the one half-width colon in the 来源 line above the text, where it stands', () => {
    const about = textOf(readPage('/about/'));
    expect(about).toContain('正文中的中文逗号、分号和圆括号，以及页首“来源：省知识产权局”一行的冒号，在收到的文本中都是英文半角符号');
    expect(readFileSync(SOURCE_PATH, 'utf8').split('\n').filter((line) => line.includes(':'))).toEqual(['来源:省知识产权局']);
  });
});
