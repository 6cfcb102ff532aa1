/**
 * The context's data rules, checked on the schema and the cross-file checks
 * directly: a fact without a source, a fact resting only on a mirror, a
 * relation that does not exist, a value that is not a number, a title the
 * plan prints with no entry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCommitments, dateFields, documentMentions, documentTip, type DocumentEntry } from '../../../src/lib/context/documents.ts';
import { linkTitles } from '../../../src/lib/context/remark-document-links.ts';
import { commitmentSchema, documentSchema, glossarySourcesSchema, reportedValueSchema } from '../../../src/lib/context/schema.ts';
import { foldWidth, titlesIn } from '../../../src/lib/context/titles.ts';
import { METHOD_SOURCE } from '../../../src/lib/context/progress.ts';
import { SOURCES, type Source } from '../../../src/lib/journalism/sources.ts';

const source = { url: 'https://www.cnipa.gov.cn/x.html', quote: '辽宁 Liaoning 21967', label: 'high', publisher: '国家知识产权局', checked: '2026-11-26' };
const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('documentSchema', () => {
  const good = { planNames: ['民法典'], relation: '依据', status: { value: '本站未查到', asOf: '2026-11-26' } };

  it('accepts an entry whose every fact has a source, and 本站未查到 without one', () => {
    expect(documentSchema.safeParse(good).success).toBe(true);
    expect(documentSchema.safeParse({ ...good, adopted: { value: '2020-05-28', sources: [source] } }).success).toBe(true);
  });

  it('refuses a fact without a source, a fact resting only on a mirror, and a status without a source', () => {
    const noSource = documentSchema.safeParse({ ...good, adopted: { value: '2020-05-28', sources: [] } });
    expect(issues(noSource)[0]).toBe('adopted.sources: a fact needs at least one source: url, quote, label, publisher, checked');
    const mirror = documentSchema.safeParse({ ...good, adopted: { value: '2020-05-28', sources: [{ ...source, label: 'low' }] } });
    expect(issues(mirror)[0]).toMatch(/^adopted\.sources: a fact resting only on low \(mirror\) sources is not published/);
    const status = documentSchema.safeParse({ ...good, status: { value: '已出台', asOf: '2026-11-26' } });
    expect(issues(status)).toEqual(['status.sources: status 已出台: a fact needs at least one source: url, quote, label, publisher, checked']);
  });

  it('refuses a relation that does not exist, a source without its quote, and a date not written YYYY-MM-DD', () => {
    expect(issues(documentSchema.safeParse({ ...good, relation: '参考' }))[0]).toMatch(/^relation: relation must be one of 上位、依据、前身/);
    expect(issues(documentSchema.safeParse({ ...good, issuer: { value: '国务院', sources: [{ ...source, quote: '' }] } }))).toEqual([
      'issuer.sources.0.quote: quote the words on the page that support the fact',
    ]);
    expect(issues(documentSchema.safeParse({ ...good, issued: { value: '2021年10月9日', sources: [source] } }))).toEqual(['issued.value: must be a date written YYYY-MM-DD']);
  });

  it('parses every document file in the project', () => {
    for (const file of readdirSync('src/content/documents')) {
      const result = documentSchema.safeParse(JSON.parse(readFileSync(`src/content/documents/${file}`, 'utf8')));
      expect(issues(result), file).toEqual([]);
    }
  });
});

describe('reportedValueSchema and commitmentSchema', () => {
  const value = {
    id: 'pct-liaoning-2023', scope: '辽宁省', kind: '实际', table: 't1', row: 2, indicator: 'PCT', year: 2023, value: 357, unit: '件',
    publisher: '国家知识产权局', title: '年报', url: 'https://www.cnipa.gov.cn/tjxx/jianbao/year2023/f/f4.html', quote: '辽宁 | Liaoning | 457 | 337 | 357', label: 'high', checked: '2026-11-26',
  };

  it('refuses a value that is not a number, and a value from a mirror', () => {
    expect(reportedValueSchema.safeParse(value).success).toBe(true);
    expect(issues(reportedValueSchema.safeParse({ ...value, value: '357' }))).toEqual(['value: value must be a number, as published']);
    expect(issues(reportedValueSchema.safeParse({ ...value, label: 'low' }))[0]).toMatch(/^label: a fact resting only on low/);
  });

  it('lets a commitment be 未核实 without a source, but not 已建成', () => {
    const c = { id: 'x', kind: '机构', block: 's3-3-p3', quote: '建立省知识产权保护中心', status: { value: '未核实', asOf: '2026-11-26' } };
    expect(commitmentSchema.safeParse(c).success).toBe(true);
    expect(commitmentSchema.safeParse({ ...c, status: { ...c.status, value: '已建成' } }).success).toBe(false);
  });
});

describe('glossarySourcesSchema (tenth review)', () => {
  it('takes an entry with no sources, and sources naming the article they quote', () => {
    expect(glossarySourcesSchema.parse({}).sources).toEqual([]);
    expect(glossarySourcesSchema.safeParse({ sources: [{ ...source, article: '第四十二条第一款' }], unfound: '原文' }).success).toBe(true);
  });

  it('refuses an article not written as the law numbers it, a source without its quote, and a fact resting only on a repost', () => {
    expect(issues(glossarySourcesSchema.safeParse({ sources: [{ ...source, article: '第42条' }] }))).toEqual([
      'sources.0.article: article must be written as the law numbers it: 第四十二条 or 第四十二条第一款',
    ]);
    expect(issues(glossarySourcesSchema.safeParse({ sources: [{ ...source, quote: '' }] }))).toEqual(['sources.0.quote: quote the words on the page that support the fact']);
    expect(issues(glossarySourcesSchema.safeParse({ sources: [{ ...source, label: 'low' }] }))[0]).toMatch(/^sources: a fact resting only on low \(mirror\) sources is not published/);
  });
});

describe('titles', () => {
  it('folds full-width punctuation one character for one, so the plan matches before and after the punctuation change', () => {
    expect(foldWidth('知识产权强国建设纲要（2021—2035）')).toBe('知识产权强国建设纲要(2021—2035)');
    expect(foldWidth('《民法典》“十四五”')).toBe('《民法典》“十四五”');
  });

  it('finds each title, nested brackets included', () => {
    expect(titlesIn('推行《专利代理机构服务规范》(GB/T34833-2017)〔《专利代理服务质量管理规范》〕,促进').map((t) => t.title)).toEqual([
      '专利代理机构服务规范',
      '专利代理服务质量管理规范',
    ]);
  });
});

const entry = (id: string, planNames: string[]): DocumentEntry => ({
  id,
  file: `src/content/documents/${id}.json`,
  data: documentSchema.parse({ planNames, relation: '依据', status: { value: '本站未查到', asOf: '2026-11-26' } }),
});

describe('documentMentions', () => {
  const blocks = [
    { id: 's3-1-p1', file: 'src/content/chapters/03-protection.mdx', text: '认真贯彻《知识产权强国建设纲要（2021—2035）》，做好《民法典》衔接' },
    { id: 'c1-i1', file: 'src/content/chapters/03-protection.mdx', text: '研究制定《辽宁省知识产权保护条例》' },
  ];

  it('finds each document where the plan names it, in full-width or ASCII punctuation', () => {
    const result = documentMentions([entry('outline', ['知识产权强国建设纲要(2021—2035)']), entry('code', ['民法典']), entry('reg', ['辽宁省知识产权保护条例'])], blocks);
    expect(result.map((r) => [r.entry.id, r.mentions.map((m) => m.block.id)])).toEqual([
      ['outline', ['s3-1-p1']],
      ['code', ['s3-1-p1']],
      ['reg', ['c1-i1']],
    ]);
  });

  it('fails naming the chapter file when a title has no entry, and the entry file when a spelling is not in the plan', () => {
    expect(() => documentMentions([entry('code', ['民法典']), entry('reg', ['辽宁省知识产权保护条例'])], blocks)).toThrow(
      'src/content/chapters/03-protection.mdx: the plan names 《知识产权强国建设纲要（2021—2035）》 (s3-1-p1) but no file in src/content/documents/ lists it in planNames',
    );
    expect(() => documentMentions([entry('outline', ['知识产权强国建设纲要(2021—2035)']), entry('code', ['民法典', '中华人民共和国民法典']), entry('reg', ['辽宁省知识产权保护条例'])], blocks)).toThrow(
      'src/content/documents/code.json: planNames has 《中华人民共和国民法典》, which the plan never prints',
    );
  });

  it('fails naming the commitments file on a quote that is not in its block', () => {
    expect(() => checkCommitments([commitmentSchema.parse({ id: 'reg', kind: '文件', block: 'c1-i1', quote: '研究制定《辽宁省专利条例》', status: { value: '未核实', asOf: '2026-11-26' } })], blocks, new Set())).toThrow(
      'src/content/context/commitments.json: reg: "研究制定《辽宁省专利条例》" does not stand in c1-i1',
    );
  });
});

describe('linkTitles', () => {
  it('wraps each title with an entry in a link carrying its id for the tooltip, leaving the words as they were', () => {
    const targets = new Map([[foldWidth('民法典'), { id: 'civil-code' }]]);
    const pieces = linkTitles('做好《民法典》与《未知》衔接', targets, '/plan/');
    expect(pieces.map((p) => (p.type === 'link' ? `[${(p.children[0] as { value: string }).value}→${p.url}]` : (p as { value: string }).value)).join('')).toBe(
      '做好[《民法典》→/plan/documents/#doc-civil-code]与《未知》衔接',
    );
    const link = pieces.find((p) => p.type === 'link')!;
    expect(link.data?.hProperties).toEqual({ className: ['term', 'doc-ref'], dataDocId: 'civil-code', dataTipHint: '详见关联文件（本站整理，附来源）' });
  });

  it('says issuer, date and status in the tooltip, 本站未查到 where unknown', () => {
    const d = documentSchema.parse({ planNames: ['x'], relation: '依据', issuer: { value: '国务院', sources: [source] }, issued: { value: '2021-10-09', sources: [source] }, status: { value: '已出台', asOf: '2026-11-26', sources: [source] } });
    expect(documentTip(d)).toBe('制定机关 国务院；印发日期 2021-10-09；状态 已出台（截至2026-11-26）');
    expect(documentTip(entry('y', ['y']).data)).toBe('制定机关 本站未查到；日期 本站未查到；状态 本站未查到（截至2026-11-26）');
    // A law is 公布, not 印发 (review 13): its date is named for its kind; a standard is 发布 and has no 通过日期.
    const law = documentSchema.parse({ planNames: ['x'], relation: '依据', form: '法律', issued: { value: '2020-05-28', sources: [source] }, status: { value: '已出台', asOf: '2026-11-26', sources: [source] } });
    expect(documentTip(law)).toBe('制定机关 本站未查到；公布日期 2020-05-28；状态 已出台（截至2026-11-26）');
    expect(dateFields(law).map(([, label]) => label)).toEqual(['通过日期', '公布日期', '施行日期']);
    const standard = documentSchema.parse({ planNames: ['x'], relation: '依据', form: '国家标准', status: { value: '已出台', asOf: '2026-11-26', sources: [source] } });
    expect(dateFields(standard).map(([, label]) => label)).toEqual(['发布日期', '实施日期']);
    // A plan or opinion is 印发 (review 14): a 通过日期 or 施行日期 is listed only when the document states one.
    expect(dateFields(d).map(([, label]) => label)).toEqual(['印发日期']);
    const stated = documentSchema.parse({ planNames: ['x'], relation: '依据', inForce: { value: '2022-01-01', sources: [source] }, status: { value: '已出台', asOf: '2026-11-26', sources: [source] } });
    expect(dateFields(stated).map(([, label]) => label)).toEqual(['印发日期', '施行日期']);
    expect(documentSchema.safeParse({ planNames: ['x'], relation: '依据', form: '国家标准', adopted: { value: '2017-01-01', sources: [source] }, status: { value: '已出台', asOf: '2026-11-26', sources: [source] } }).success).toBe(false);
    // A standard whose level no source shows (review 15) is 发布 and 实施 too, and not 通过.
    const anyStandard = documentSchema.parse({ planNames: ['x'], relation: '依据', form: '标准', status: { value: '本站未查到', asOf: '2026-12-06' } });
    expect(dateFields(anyStandard).map(([, label]) => label)).toEqual(['发布日期', '实施日期']);
    expect(documentSchema.safeParse({ planNames: ['x'], relation: '依据', form: '标准', adopted: { value: '2017-01-01', sources: [source] }, status: { value: '本站未查到', asOf: '2026-12-06' } }).success).toBe(false);
  });
});

/**
 * Every quote the site carries, held to the stored copy of its page
 * (src/content/context/stored-copies.json; the plan's official page to
 * plan-source.txt): each part of a quote, split where the site put an
 * ellipsis, stands in one passage of its URL, runs of white space counting as
 * one space. A quote whose note says the site restored marks to full width is
 * compared with them folded back; one whose note says the “;” between rows is
 * the site's is split there.
 */
/** The glossary's quoted sources: 41 from the tenth review, 43 added by the eleventh, 4 by the twelfth, 4 more by the thirteenth (2026-12-06: +1 TISC, +2 风险补偿, +1 著作权 (柳州), +1 特殊标志 (新华社), −1 密集型产业 repost dropped; 枫桥经验's page replaced), 2 by the fourteenth (+1 发明专利's three kinds (China Daily), +1 知识产权强国's 印发 (人民网)), 5 by the fifteenth (+1 商标注册's 第八条 (中国网, 人民网's report), +1 民法典's 施行 (北大法宝), +2 专利转让's and 专利许可's rules (China Daily, 2015), +1 快速维权中心's design services (新华社 via 甘肃日报)), 4 by the seventeenth (+1 商业秘密's law revised in 2025 (中国日报网), +1 仲裁法 revised in 2025 (司法部网站), +2 营商环境's 条例 第二条 and its decree (a full-text repost, gdmca.org)), 2 by the eighteenth (+1 外观设计's law in force 2021-06-01 with 15 years (WIPO Lex), +1 世界知识产权组织's 24 administered treaties (wipo.int)), 1 by the nineteenth (+1 中国专利奖's co-organisers and awards (english.cnipa.gov.cn)), 1 by the twenty-first (+1 一带一路's 2013 and the ancient Silk Road (CGTN, 2017)), 19 by the twenty-second (+2 PPH (Japan Patent Office), +2 马德里's filing through the home office and each office's examination (wipo.int), +3 PCT's procedure and its publisher (Visegrad Patent Institute), +2 惩罚性赔偿 in the 2020 copyright and patent laws (WIPO Lex), +2 知识产权密集型产业's classification and categories (english.sipo.gov.cn), +1 知识产权保护中心's one-stop services (english.cnipa.gov.cn), +2 国家知识产权局's functions (english.cnipa.gov.cn), +2 创新驱动发展战略's 2016 outline (新华社 via China Daily Asia; 中国网), +1 职务科技成果's 2020 pilot plan (人民网日文版), +1 联合惩戒's 2018 memorandum of 38 departments (Global Times), +1 技术调查官 as adjudication assistance personnel (WIPO's guide for judges)), 2 by the twenty-third (+2 一带一路's 简称, its proposal in 2013 and its 五通 (中国网's 中国关键词 entry, 2022)), 1 by the twenty-fourth (+1 知识产权保护中心's approval of the Liaoning, Jilin and Changchun centres (english.cnipa.gov.cn, 2021-05-20)). */
const GLOSSARY_QUOTES = 130;

describe('quotes as the stored copies have them (ninth review, 2026-12-06)', () => {
  interface Quoted { url: string; quote: string; note?: string; where: string }
  interface Copies { copies: Array<{ url: string; words: string[] }>; notFound: string[] }
  const PLAN_PAGE = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';
  const space = (text: string) => text.replace(/\s+/g, ' ').trim();

  function quotedIn(value: unknown, where: string, out: Quoted[] = []): Quoted[] {
    if (Array.isArray(value)) value.forEach((v, i) => quotedIn(v, `${where}[${i}]`, out));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.url === 'string' && typeof o.quote === 'string') out.push({ url: o.url, quote: o.quote, note: typeof o.note === 'string' ? o.note : undefined, where });
      for (const [k, v] of Object.entries(o)) quotedIn(v, `${where}.${k}`, out);
    }
    return out;
  }

  function siteQuotes(): Quoted[] {
    const files = ['documents', 'context', 'teach', 'explorer', 'glossary'].flatMap((dir) =>
      readdirSync(`src/content/${dir}`).filter((f) => f.endsWith('.json') && f !== 'stored-copies.json').map((f) => `src/content/${dir}/${f}`),
    );
    const quoted = files.flatMap((file) => quotedIn(JSON.parse(readFileSync(file, 'utf8')), file));
    for (const [key, s] of Object.entries(SOURCES) as Array<[string, Source]>) quoted.push({ url: s.url, quote: s.words, note: s.note, where: `SOURCES.${key}` });
    quoted.push({ url: METHOD_SOURCE.url, quote: METHOD_SOURCE.quote, note: METHOD_SOURCE.note, where: 'METHOD_SOURCE' });
    return quoted;
  }

  /** Each quote not found as its stored copy has it, with where it is and the part that is missing. */
  function unstored(quoted: Quoted[], copies: Copies, plan: string): string[] {
    const words = new Map(copies.copies.map((c) => [c.url, c.words.map(space)]));
    const problems: string[] = [];
    for (const q of quoted) {
      if (copies.notFound.includes(q.url)) continue;
      const folded = q.note?.includes('全角') ? foldWidth(q.quote) : q.quote;
      let parts = folded.split(/\s*(?:…{1,2}|\.\.\.)\s*/);
      if (q.note?.includes('“;”为本站所加')) parts = parts.flatMap((p) => p.split(/;\s*/));
      const passages = q.url === PLAN_PAGE ? [space(plan)] : words.get(q.url);
      if (!passages) {
        problems.push(`${q.where}: no stored copy recorded for ${q.url}`);
        continue;
      }
      for (const part of parts.map(space).filter(Boolean)) if (!passages.some((p) => p.includes(part))) problems.push(`${q.where}: "${part}" is not in the stored copy of ${q.url}`);
    }
    return problems;
  }

  const copies = JSON.parse(readFileSync('src/content/context/stored-copies.json', 'utf8')) as Copies;
  const plan = readFileSync('src/content/source/plan-source.txt', 'utf8');
  const quoted = siteQuotes();

  it('finds every quote of every source in its stored copy', () => {
    expect(unstored(quoted, copies, plan)).toEqual([]);
    expect(quoted.length).toBeGreaterThanOrEqual(136);
    // The glossary's sources (tenth review) are held to the stored copies too.
    expect(quoted.filter((q) => q.where.startsWith('src/content/glossary/')).length).toBe(GLOSSARY_QUOTES);
  });

  it('fails on a quote one character off, and on a page with no stored copy', () => {
    const civil = quoted.find((q) => q.quote === '自2021年1月1日起施行')!;
    expect(unstored([{ ...civil, quote: '自2021年1月10日起施行' }], copies, plan)).toEqual([
      `${civil.where}: "自2021年1月10日起施行" is not in the stored copy of https://pkulaw.com/en_law/aa00daaeb5a4fe4ebdfb.html`,
    ]);
    expect(unstored([{ url: 'https://example.org/', quote: 'x', where: 'w' }], copies, plan)).toEqual(['w: no stored copy recorded for https://example.org/']);
  });

  it('keeps its record to the pages the site quotes, and names the 5 it could not find again', () => {
    const used = new Set(quoted.map((q) => q.url));
    expect(copies.copies.map((c) => c.url).filter((url) => !used.has(url))).toEqual([]);
    expect(copies.notFound.filter((url) => !used.has(url))).toEqual([]);
    expect(copies.notFound).toHaveLength(5);
  });
});
