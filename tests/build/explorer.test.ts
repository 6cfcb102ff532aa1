/**
 * The plan explorer (/explore/), 完成了吗？ (/scorecard/) and the front page's
 * doors, as built. Checked against the plan's own blocks in
 * dist/data/plan-blocks.json and the dictionary's file, not against the code
 * that tags: every block naming a city (or a zone of it) is under that city,
 * every tag shows the words that made it and they stand in the quoted block,
 * and the quoted text is the plan's, character for character.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, DIST, findAll, halfOfEveryPage, readPage, requireDist, textOf, walk, type Element, type Node } from '../support/dist.ts';
import { CITIES } from '../../src/lib/explorer/facets.ts';

beforeAll(requireDist);

interface PlanBlock {
  id: string;
  kind: string;
  text: string;
  path: string;
  place: string;
  part: string;
  section: string | null;
}
interface DictionaryEntry {
  id: string;
  facet: string;
  value: string;
  triggers: string[];
  except?: string[];
}

const planBlocks = (): PlanBlock[] => (JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: PlanBlock[] }).blocks;
/** The blocks the explorer lists: those that can commit to something. */
const listed = () => planBlocks().filter((b) => ['paragraph', 'column-item', 'table-row'].includes(b.kind));
const dictionary = (): DictionaryEntry[] => JSON.parse(readFileSync('src/content/explorer/tags.json', 'utf8'));

const hasClass = (name: string) => (el: Element) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const first = (root: Node, predicate: (el: Element) => boolean): Element => {
  const found = findAll(root, predicate)[0];
  if (!found) throw new Error('no such element');
  return found;
};
/** An element's text exactly as parsed: no white space folded, nothing added between elements. */
const rawText = (node: Node): string => {
  if (node.nodeName === '#text' && 'value' in node) return node.value as string;
  return 'childNodes' in node ? node.childNodes.map(rawText).join('') : '';
};
/** Whether a word stands in the text outside every excepted phrase (as a reader would judge it, written again here). */
const stands = (text: string, word: string, except: string[] = []) => except.reduce((t, phrase) => t.split(phrase).join('\u0000'), text).includes(word);

interface ShownBlock {
  id: string;
  el: Element;
  facets: Record<string, string[]>;
  quote: string;
  why: string[];
}

function shownBlocks(route: string): ShownBlock[] {
  const page = readPage(route);
  return findAll(first(page, hasClass('explore-results')), (el) => el.tagName === 'li' && (attr(el, 'id') ?? '').startsWith('x-')).map((el) => {
    const quotes = findAll(el, byTag('blockquote'));
    if (quotes.length !== 1) throw new Error(`${attr(el, 'id')} has ${quotes.length} blockquotes`);
    const why = findAll(el, byTag('details'));
    return {
      id: attr(el, 'id')!.replace(/^x-/, ''),
      el,
      facets: Object.fromEntries(['place', 'ip', 'theme', 'means', 'target', 'status'].map((f) => [f, (attr(el, `data-${f}`) ?? '').split('|').filter(Boolean)])),
      quote: rawText(quotes[0]!),
      why: why.flatMap((d) => findAll(d, byTag('li')).map(textOf)),
    };
  });
}

describe('the listed blocks', () => {
  const blocks = listed();
  const shown = shownBlocks('/explore/');

  it('are the 84 paragraphs, column items and table rows, in reading order', () => {
    expect(blocks).toHaveLength(84);
    expect(blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(54);
    expect(blocks.filter((b) => b.kind === 'column-item')).toHaveLength(20);
    expect(blocks.filter((b) => b.kind === 'table-row')).toHaveLength(10);
    expect(shown.map((s) => s.id)).toEqual(blocks.map((b) => b.id));
  });

  it('quote each block exactly as plan-blocks.json holds it, and nothing else as the plan’s text', () => {
    const byId = new Map(blocks.map((b) => [b.id, b.text]));
    const different = shown.filter((s) => s.quote !== byId.get(s.id)).map((s) => s.id);
    expect(different).toEqual([]);
    // The preamble keeps its unpaired straight quote: the plan's text, not a corrected one.
    expect(shown[0]!.quote.endsWith('制定辽宁省“十四五"知识产权保护和运用规划。')).toBe(true);
    // One blockquote per block, and no other on the page.
    const page = readPage('/explore/');
    expect(findAll(page, byTag('blockquote'))).toHaveLength(84);
    // The only <q> is a source's words (沈抚's note, review 23), marked as such, not the plan's.
    expect(findAll(page, byTag('q')).map((q) => attr(q, 'data-edition-quote'))).toEqual(['']);
  });

  it('link each block to its paragraph on its page, under its section’s words', () => {
    const byId = new Map(blocks.map((b) => [b.id, b]));
    for (const s of shown) {
      const b = byId.get(s.id)!;
      const where = first(s.el, byTag('p'));
      const link = first(where, byTag('a'));
      expect([attr(link, 'href'), textOf(link)], s.id).toEqual([`${b.path}#${b.id}`, b.place]);
      expect(textOf(first(where, byTag('span'))), s.id).toBe(b.section ?? b.part);
    }
  });
});

describe('recall: every block that names a place or an IP type is found under it', () => {
  const blocks = listed();
  const shown = new Map(shownBlocks('/explore/').map((s) => [s.id, s]));
  const entries = dictionary();

  /** The blocks the page puts under a value, and those whose text holds one of the words. */
  const compare = (facet: string, value: string, words: string[], except: string[] = []) => ({
    tagged: blocks.filter((b) => shown.get(b.id)!.facets[facet]!.includes(value)).map((b) => b.id),
    naming: blocks.filter((b) => words.some((w) => stands(b.text, w, except))).map((b) => b.id),
  });

  it('puts every block naming a city, or a zone the dictionary places in it, under that city, and no other', () => {
    const counts: Record<string, number> = {};
    for (const { name } of CITIES) {
      // The city's name whether or not the dictionary lists it: a city the dictionary forgot is a miss.
      const zones = entries.filter((e) => e.facet === 'place' && e.value === name).flatMap((e) => e.triggers);
      const { tagged, naming } = compare('place', name, [name, ...zones]);
      expect(tagged, name).toEqual(naming);
      counts[name] = tagged.length;
    }
    expect(counts).toEqual({ 阜新: 0, 铁岭: 0, 朝阳: 0, 锦州: 0, 沈阳: 11, 抚顺: 2, 葫芦岛: 3, 盘锦: 1, 辽阳: 0, 本溪: 0, 营口: 1, 鞍山: 1, 丹东: 0, 大连: 10 });
  });

  it('puts 沈抚改革创新示范区 under both 沈阳 and 抚顺, and 中德（沈阳）… 产业园 under 沈阳', () => {
    const zone = blocks.filter((b) => b.text.includes('沈抚改革创新示范区')).map((b) => b.id);
    expect(zone).toEqual(['s5-2-p1']);
    expect(shown.get('s5-2-p1')!.facets.place).toEqual(expect.arrayContaining(['沈阳', '抚顺']));
    // s3-3-p4 names 沈阳 only through 中德园.
    expect(blocks.find((b) => b.id === 's3-3-p4')!.text).not.toContain('沈阳');
    expect(shown.get('s3-3-p4')!.facets.place).toEqual(['沈阳']);
  });

  // Names of a type the dictionary need not list, as long as the plan never uses them alone.
  const OTHER_NAMES: Record<string, string[]> = { 专利: ['发明', '实用新型', '外观设计'], '著作权（版权）': ['版权'], 集成电路布图设计: ['布图设计'], 植物新品种: ['新品种'], 商标: ['集体商标', '证明商标', '驰名商标'] };

  it('puts every block naming an IP type, or one of its words, under that type, and no other', () => {
    const counts: Record<string, number> = {};
    for (const entry of entries.filter((e) => e.facet === 'ip')) {
      const words = [entry.value.replace(/（.*）$/, ''), ...(OTHER_NAMES[entry.value] ?? []), ...entry.triggers];
      const { tagged, naming } = compare('ip', entry.value, words, entry.except);
      expect(tagged, entry.value).toEqual(naming);
      counts[entry.value] = tagged.length;
    }
    expect(counts).toEqual({ 专利: 43, 商标: 11, 地理标志: 7, '著作权（版权）': 1, 商业秘密: 1, 集成电路布图设计: 3, 植物新品种: 3, 特殊标志: 1, 新领域新业态: 4 });
  });
});

describe('every tag shows its trigger words, and they stand in the block', () => {
  const shown = shownBlocks('/explore/');
  const entries = dictionary();
  const page = readPage('/explore/');
  // A target's label is its indicator's name: the select's options map labels back to values.
  const labelToValue = new Map(facetValues(page).map((v) => [`${v.facet}:${v.label}`, v.value]));
  const FACET_OF: Record<string, string> = { 地区: 'place', 知识产权类型: 'ip', 主题: 'theme', 手段: 'means', 目标: 'target' };
  // A tag whose one word is its own name says it once: 地区“大连”.
  const TAG_LINE = /^(地区|知识产权类型|主题|手段|目标)“(.+?)”(?:：原文有((?:“[^“”]+”)+))?$/;

  it('lists, for each tag of each block, exactly the dictionary’s words for it that stand in the block, in the dictionary’s order', () => {
    let tags = 0;
    const problems: string[] = [];
    for (const s of shown) {
      const tagLines = s.why.filter((line) => !line.startsWith('完成情况：'));
      const fromLines: Record<string, string[]> = {};
      for (const line of tagLines) {
        const m = TAG_LINE.exec(line);
        if (!m) {
          problems.push(`${s.id}: cannot read "${line}"`);
          continue;
        }
        const facet = FACET_OF[m[1]!]!;
        const value = facet === 'target' ? labelToValue.get(`target:${m[2]}`) : m[2]!;
        const triggers = m[3] === undefined ? [m[2]!] : [...m[3].matchAll(/“([^“”]+)”/g)].map((t) => t[1]!);
        if (m[3] !== undefined && triggers.join() === m[2]) problems.push(`${s.id}: ${line}: says its own name twice`);
        const entry = entries.find((e) => e.facet === facet && e.value === value);
        if (!entry) {
          problems.push(`${s.id}: ${line}: no dictionary entry`);
          continue;
        }
        for (const t of triggers) if (!s.quote.includes(t)) problems.push(`${s.id}: ${line}: “${t}” is not in the quoted text`);
        const expected = entry.triggers.filter((t) => stands(s.quote, t, entry.except));
        if (triggers.join('|') !== expected.join('|')) problems.push(`${s.id}: ${line}: expected ${expected.join('、')}`);
        (fromLines[facet] ??= []).push(value!);
        tags += 1;
      }
      // The lines are the block's tags, no more and no fewer, in the order of its data attributes.
      for (const facet of Object.values(FACET_OF)) {
        if ((fromLines[facet] ?? []).join('|') !== s.facets[facet]!.join('|')) problems.push(`${s.id}: ${facet} lines ${fromLines[facet]} ≠ data-${facet} ${s.facets[facet]}`);
      }
      const statusLine = s.why.find((line) => line.startsWith('完成情况：'));
      const expectedStatus = s.facets.status!.length ? `完成情况：${s.facets.status!.join('、')}` : undefined;
      if (statusLine !== expectedStatus) problems.push(`${s.id}: status line ${statusLine}`);
    }
    expect(problems).toEqual([]);
    expect(tags).toBeGreaterThan(300);
  });

  it('shows s1-1-p2’s tags as the plan’s words for them', () => {
    const s = shown.find((b) => b.id === 's1-1-p2')!;
    expect(s.why).toContain('手段“法规制度”：原文有“办法”“制度”“政策”“实施意见”');
    // 中德（沈阳）高端装备制造产业园 is written out here, so 沈阳 is the word, not 中德园.
    expect(s.why).toContain('地区“沈阳”');
    expect(s.why).toContain('主题“保护”：原文有“执法”');
    expect(s.why).toContain('手段“工程项目”：原文有“试点”“示范”');
    expect(textOf(first(s.el, byTag('summary')))).toBe('13个标签及触发词');
  });

  it('does not tag the preamble’s 老工业基地 as a 平台机构', () => {
    const preamble = shown.find((b) => b.id === 's0-p1')!;
    expect(preamble.quote).toContain('老工业基地');
    expect(preamble.facets.means).toEqual([]);
    expect(preamble.why).toEqual([]);
  });
});

/** The facet values the page offers: the index's groups (details#place-大连, summary 大连（10段）), which the form's script turns into its options. */
function facetValues(page: Node): Array<{ facet: string; value: string; label: string }> {
  return findAll(first(page, hasClass('explore-index')), byTag('details')).map((d) => {
    const id = attr(d, 'id')!;
    const facet = id.slice(0, id.indexOf('-'));
    const label = textOf(first(d, byTag('summary'))).replace(/（\d+段）$/, '');
    return { facet, value: facet === 'target' ? id.slice(facet.length + 1) : label, label };
  });
}

describe('the index without a script', () => {
  const page = readPage('/explore/');
  const shown = shownBlocks('/explore/');
  const index = first(page, hasClass('explore-index'));
  const details = findAll(index, byTag('details'));

  it('lists every facet value that has blocks, with its count, and no value that has none', () => {
    // The form's selects hold only 全部 until the script fills them from these groups: the values are in the page once.
    const form = first(first(page, byTag('explore-filters')), byTag('form'));
    expect(findAll(form, byTag('option')).map(textOf)).toEqual(Array(6).fill('全部'));
    expect(details).toHaveLength(7 + 9 + 7 + 8 + 20 + 3);
    expect(details.map((d) => attr(d, 'id'))).not.toContain('place-丹东');
    expect(details.map((d) => attr(d, 'id'))).not.toContain('status-有进展');
  });

  it('holds under each value exactly the blocks that have it, each linked to the block in the list', () => {
    const problems: string[] = [];
    for (const d of details) {
      const [facet, ...rest] = attr(d, 'id')!.split('-');
      const value = rest.join('-');
      const expected = shown.filter((s) => s.facets[facet!]!.includes(value)).map((s) => `#x-${s.id}`);
      // Links to blocks only: a note's source (沈抚, review 23) links out too.
      const links = findAll(d, byTag('a')).map((a) => attr(a, 'href')).filter((href) => href?.startsWith('#x-'));
      if (links.join(' ') !== expected.join(' ')) problems.push(`${attr(d, 'id')}: ${links.length} links, ${expected.length} blocks`);
      const summary = textOf(first(d, byTag('summary')));
      if (!summary.endsWith(`（${expected.length}段）`)) problems.push(`${attr(d, 'id')}: ${summary}`);
    }
    expect(problems).toEqual([]);
    expect(textOf(first(first(index, (el) => attr(el, 'id') === 'place-沈阳'), byTag('summary')))).toBe('沈阳（11段）');
    // Review 23: the two cities are sourced (辽宁省商务厅's English page: the name Shenyang-Fushun, and the streets it oversees in both); the location between them still rests on reposts.
    const shenyang = first(index, (el) => attr(el, 'id') === 'place-沈阳');
    expect(textOf(shenyang)).toContain('本站注：沈抚改革创新示范区，本站把它同时归入沈阳、抚顺两市：辽宁省商务厅的英文网页把它的名称写作“Shenyang-Fushun Reform and Innovation Demonstration Zone”，并写明沈抚新区（Shenfu New Development Zone）托管沈阳市浑南区的两个街道和抚顺市的一个街道、一个乡和一个经济区（见下列出处）；说它位于两市之间，本站只在转载页见到，未查到可靠来源；');
    expect(textOf(shenyang)).not.toContain('名称取自沈阳、抚顺两市，这样读是本站推断');
    expect(findAll(shenyang, byTag('a')).map((a) => attr(a, 'href'))).toContain('https://swt.ln.gov.cn/commerce/investment_liaoning/2024122714573660468/index.shtml');
    expect(textOf(shenyang)).toContain('可信度：中');
  });
});

describe('the city tiles', () => {
  const tiles = findAll(first(readPage('/explore/'), hasClass('city-tiles')), (el) => el.tagName === 'li');

  it('show the 14 cities with a count each, linking only those the plan names', () => {
    expect(tiles.map((t) => textOf(t))).toEqual([
      '阜新未点名', '铁岭未点名', '朝阳未点名', '锦州未点名', '沈阳11段', '抚顺2段', '葫芦岛3段',
      '盘锦1段', '辽阳未点名', '本溪未点名', '营口1段', '鞍山1段', '丹东未点名', '大连10段',
    ]);
    const links = tiles.flatMap((t) => findAll(t, byTag('a')));
    expect(links.map((a) => [attr(a, 'href'), attr(a, 'data-facet'), attr(a, 'data-value')])).toEqual(
      ['沈阳', '抚顺', '葫芦岛', '盘锦', '营口', '鞍山', '大连'].map((c) => [`?place=${c}#explore-results`, 'place', c]),
    );
    // Each tile stands in its own row and column of the grid.
    expect(new Set(tiles.map((t) => (attr(t, 'class') ?? '').match(/r\d c\d/)![0])).size).toBe(14);
  });
});

describe('the treemap', () => {
  it('links every listed block once, from a figure with a legend and a table of the same figures', () => {
    const figure = first(readPage('/overview/'), hasClass('plan-treemap'));
    const svg = first(figure, byTag('svg'));
    const hrefs = findAll(svg, byTag('a')).map((a) => attr(a, 'href')!);
    const blockLinks = hrefs.filter((h) => h.includes('#'));
    expect(blockLinks.sort()).toEqual(listed().map((b) => `${b.path}#${b.id}`).sort());
    const rows = findAll(first(figure, byTag('tbody')), byTag('tr'));
    expect(rows.reduce((n, r) => n + Number(textOf(findAll(r, byTag('td'))[0]!)), 0)).toBe(84);
    expect(rows.reduce((n, r) => n + Number(textOf(findAll(r, byTag('td'))[1]!)), 0)).toBe(listed().reduce((n, b) => n + [...b.text].length, 0));
  });
});

describe('完成了吗？', () => {
  const page = readPage('/scorecard/');
  const tables = findAll(page, (el) => el.tagName === 'table' && hasClass('scorecard')(el));
  const rows = tables.map((t) => findAll(first(t, byTag('tbody')), byTag('tr')));
  const all = rows.flat();
  const texts = new Map(planBlocks().map((b) => [b.id, b]));

  it('has 表2’s 5 rows, 10 goals of the text and 表1’s 5 rows, in that order', () => {
    expect(tables.map((t) => textOf(first(t, byTag('caption'))))).toEqual([
      '表2：“十四五”主要指标（到2025年）：规划原文、基线、目标、最新值与状态',
      '规划正文中的其他量化目标：规划原文、基线、目标、最新值与状态',
      '表1：“十三五”主要指标（到2020年）：规划原文、基线、目标、最新值与状态',
    ]);
    expect(rows.map((r) => r.length)).toEqual([5, 10, 5]);
    expect(all.map((r) => attr(r, 'id'))).toEqual([
      'goal-t2-r1', 'goal-t2-r2', 'goal-t2-r3', 'goal-t2-r4', 'goal-t2-r5',
      'goal-agencies', 'goal-service-zones', 'goal-talent', 'goal-advantage-firms', 'goal-utilization', 'goal-standard', 'goal-navigation', 'goal-application-documents', 'goal-enforcer-training', 'goal-satisfaction',
      'goal-t1-r1', 'goal-t1-r2', 'goal-t1-r3', 'goal-t1-r4', 'goal-t1-r5',
    ]);
  });

  it('gives 4 已达到 (表1 rows 1–4), 1 未达到 (表1 row 5) and 15 本站未查到公开数据, in words and summed above the tables', () => {
    const badge = (r: Element) => textOf(first(r, hasClass('status-badge')));
    expect(all.map(badge)).toEqual([...Array(15).fill('？本站未查到公开数据'), '✓已达到', '✓已达到', '✓已达到', '✓已达到', '✗未达到']);
    expect(textOf(first(page, hasClass('status-summary')))).toBe('✓已达到：4项 ✗未达到：1项 ↗有进展：0项 ？本站未查到公开数据：15项');
    const t1r5 = textOf(all.at(-1)!);
    expect(t1r5).toContain('1600户（2020年目标） 表1自身的数值：1429 < 1600（本站计算）。');
    expect(t1r5).toContain('1429户（2020年），来源：规划表1第5行');
    for (const r of all.slice(0, 15)) expect(textOf(findAll(r, byTag('td'))[2]!), attr(r, 'id')).toBe('本站未查到');
  });

  it('labels reading 年均增长 as compounding 本站推断 wherever it computes the 2025 value (review 14)', () => {
    expect(textOf(all[0]!)).toContain('按年均增长6%逐年连乘推算（规划没有写明算法，这样算是本站推断），2025年约为5.47件（本站计算）。');
    expect(all.slice(0, 5).filter((r) => textOf(r).includes('这样算是本站推断'))).toHaveLength(5);
    expect(textOf(page)).toContain('表中的2025年推算值为本站计算（按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断）。');
  });

  it('quotes the plan verbatim: each quote stands in the block it links to', () => {
    const problems: string[] = [];
    let quotes = 0;
    for (const r of all) {
      for (const q of findAll(r, byTag('q'))) {
        // The quote's link follows it: <q>…</q>（<a href="/path/#id">…</a>）.
        const parent = findAll(r, (el) => el.childNodes.includes(q))[0]!;
        const link = parent.childNodes.slice(parent.childNodes.indexOf(q)).find((n): n is Element => 'tagName' in n && n.tagName === 'a')!;
        const [path, id] = attr(link, 'href')!.split('#');
        const block = texts.get(id!);
        if (!block || block.path !== path || !block.text.includes(rawText(q))) problems.push(`${attr(r, 'id')}: “${rawText(q)}” not in ${attr(link, 'href')}`);
        if (block && textOf(link) !== block.place) problems.push(`${attr(r, 'id')}: link says ${textOf(link)}`);
        quotes += 1;
      }
      if (!/^goal-t\d-r\d$/.test(attr(r, 'id')!)) continue;
      // A table row is quoted by its name, linked to the row.
      const th = first(r, byTag('th'));
      const link = first(th, byTag('a'));
      const id = attr(r, 'id')!.replace('goal-', '');
      const name = rawText(th).replace(/（[^（]*）$/, '');
      if (attr(link, 'href')!.split('#')[1] !== id || !texts.get(id)!.text.startsWith(name)) problems.push(`${id}: ${name}`);
    }
    expect(problems).toEqual([]);
    // 10 goals quote 13 commitments, 3 of them give a baseline.
    expect(quotes).toBe(13 + 3);
  });
});

describe('the front page', () => {
  const page = readPage('/');
  const doors = first(page, hasClass('home-doors'));

  it('opens with the three doors, 市民, 媒体 and 教师, each with its links', () => {
    const each = findAll(doors, (el) => el.tagName === 'li' && hasClass('door')(el));
    expect(each.map((d) => [textOf(first(d, byTag('h2'))), findAll(d, byTag('a')).map((a) => `${textOf(a)} ${attr(a, 'href')}`)])).toEqual([
      ['市民', ['按城市、商标、专利等查找 /explore/', '读全文 /full/', '规划全貌 /overview/']],
      ['媒体', ['核算 /checks/', '数字速查 /figures/', '下载数据 /data/']],
      ['教师', ['教案、课件和竞赛题 /teach/', '海报 /teach/poster/', '课堂讲义 /handout/']],
    ]);
  });

  it('gives the scorecard’s counts and the explorer’s 84 blocks', () => {
    expect(textOf(first(doors, hasClass('home-scorecard')))).toBe(
      '完成了吗？表2和正文中的15个“十四五”目标：？本站未查到公开数据15项；表1的5个“十三五”指标：✓已达到4项，✗未达到1项。',
    );
    expect(textOf(doors)).toContain('规划导览：84段原文按地区、知识产权类型、主题、手段和目标筛选。');
    // The doors come before the plan's text on the page, and none of their paragraphs has an id, which in the article names the plan's paragraphs.
    const order = [...walk(page)];
    expect(order.indexOf(doors)).toBeLessThan(order.findIndex((el) => attr(el, 'id') === 's0-p1'));
    expect(findAll(doors, (el) => el.tagName === 'p' && attr(el, 'id') !== undefined)).toEqual([]);
  });
});

describe('the 繁體 edition', () => {
  it('has /zh-hant/explore/ with the facet values converted: 大連, 瀋陽, 專利', () => {
    const shown = shownBlocks('/zh-hant/explore/');
    expect(shown).toHaveLength(84);
    const s112 = shown.find((s) => s.id === 's1-1-p2')!;
    expect(s112.facets.place).toEqual(['瀋陽', '大連', '鞍山', '撫順', '營口', '盤錦']);
    expect(s112.facets.ip).toEqual(['專利']);
    expect(shown.filter((s) => s.facets.place!.includes('大連'))).toHaveLength(10);
    const page = readPage('/zh-hant/explore/');
    const tiles = findAll(first(page, hasClass('city-tiles')), byTag('a'));
    expect(tiles.map((a) => attr(a, 'href'))).toContain('?place=大連#explore-results');
    // Each tile's address selects the value its own script would: the edition's option, not the 简体 one.
    const places = facetValues(page).filter((v) => v.facet === 'place').map((v) => v.value);
    expect(tiles.map((a) => attr(a, 'href'))).toEqual(tiles.map((a) => `?place=${attr(a, 'data-value')}#explore-results`));
    expect(tiles.map((a) => attr(a, 'data-value')).sort()).toEqual([...places].sort());
    expect(facetValues(page).filter((v) => v.facet === 'status' && v.value === '本站未查到公開資料')).toHaveLength(1);
    expect(attr(first(s112.el, byTag('a')), 'href')).toBe('/zh-hant/background/#s1-1-p2');
  });

  it('has /zh-hant/scorecard/ with the same 20 rows and statuses in 繁體', () => {
    const page = readPage('/zh-hant/scorecard/');
    const badges = findAll(page, (el) => el.tagName === 'tr' && (attr(el, 'id') ?? '').startsWith('goal-')).map((r) => textOf(first(r, hasClass('status-badge'))));
    expect(badges).toEqual([...Array(15).fill('？本站未查到公開資料'), '✓已達到', '✓已達到', '✓已達到', '✓已達到', '✗未達到']);
  });
});

describe('the every-page sweep', () => {
  it('loads /explore/ and /scorecard/ in both editions', () => {
    const swept = [...halfOfEveryPage(0), ...halfOfEveryPage(1)];
    for (const route of ['/explore/', '/scorecard/', '/zh-hant/explore/', '/zh-hant/scorecard/']) expect(swept).toContain(route);
  });
});
