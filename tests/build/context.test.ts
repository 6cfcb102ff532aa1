/** The plan in its context, as built: title links, 关联文件, 执行情况, reported values beside 表1, the plan's record. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { attr, byId, byTag, DIST, findAll, readPage, requireDist, textOf, type Element, tipOf } from '../support/dist.ts';
import { SOURCE_PATH } from '../support/source.ts';
import { foldWidth } from '../../src/lib/context/titles.ts';

beforeAll(requireDist);

const PLAN_ROUTES = ['/background/', '/protection/', '/services/', '/implementation/'];
const one = (route: string, id: string): Element => {
  const el = findAll(readPage(route), byId(id))[0];
  if (!el) throw new Error(`no #${id} on ${route}`);
  return el;
};
const docLinks = (route: string) => findAll(readPage(route), (el) => el.tagName === 'a' && (attr(el, 'class') ?? '').split(' ').includes('doc-ref'));

describe('《…》 titles in the text', () => {
  const titles = [...readFileSync(SOURCE_PATH, 'utf8').matchAll(/《([^《》]+)》/g)].map((m) => `《${m[1]}》`);

  it('links every title the plan prints, each to an entry that exists, with issuer, date and status for the tooltip', () => {
    const linked = PLAN_ROUTES.flatMap(docLinks);
    // The source copy has ASCII marks, the site restores full-width ones: compared through the fold.
    expect(linked.map((a) => foldWidth(textOf(a))).sort()).toEqual([...titles].sort());
    expect(titles).toHaveLength(17);
    const entries = new Set(findAll(readPage('/documents/'), (el) => (attr(el, 'id') ?? '').startsWith('doc-')).map((el) => attr(el, 'id')));
    for (const a of linked) {
      expect(entries.has(attr(a, 'href')!.replace('/documents/#', '')), attr(a, 'href')).toBe(true);
      expect(tipOf(a)).toMatch(/^制定机关 .+；.*日期 .+；状态 (现行有效|已修订|征求意见中|已出台|本站未查到)（截至\d{4}-\d{2}-\d{2}）$/);
      expect(attr(a, 'data-tip-hint')).toBe('详见关联文件（本站整理，附来源）');
    }
  });

  it('gives the regulation the plan asked for its dates in the tooltip', () => {
    const link = docLinks('/protection/').find((a) => textOf(a) === '《辽宁省知识产权保护条例》')!;
    expect(tipOf(link)).toBe('制定机关 辽宁省人民代表大会常务委员会；通过日期 2021-07-27；状态 已出台（截至2026-11-26）');
    // The edition's own tooltips file, named by its page, in its characters.
    const twin = findAll(readPage('/zh-hant/protection/'), (el) => el.tagName === 'a' && attr(el, 'data-doc-id') === 'ip-protection-regulation')[0]!;
    expect(findAll(readPage('/zh-hant/protection/'), byTag('term-tips')).map((el) => attr(el, 'data-tips'))).toEqual(['/zh-hant/glossary/tips.json']);
    expect(tipOf(twin, 'zh-hant/')).toBe('制定機關 遼寧省人民代表大會常務委員會；通過日期 2021-07-27；狀態 已出臺（截至2026-11-26）');
  });
});

describe('关联文件', () => {
  it('shows the regulation adopted 2021-07-27 and in force 2021-10-01, each with its source', () => {
    const entry = textOf(one('/documents/', 'doc-ip-protection-regulation'));
    expect(entry).toMatch(/通过日期\s*2021-07-27\s*沈阳工业大学电气工程学院/);
    expect(entry).toMatch(/施行日期\s*2021-10-01\s*沈阳工业大学电气工程学院/);
    expect(entry).toContain('规划提到它 1 处： 专栏1第1项');
    const hrefs = findAll(one('/documents/', 'doc-ip-protection-regulation'), byTag('a')).map((a) => attr(a, 'href'));
    expect(hrefs).toContain('https://dqxy.sut.edu.cn/info/1092/3657.htm');
    expect(hrefs).toContain('/protection/#c1-i1');
  });

  it('writes 本站未查到 where no source gives a fact, and links a misnamed title to the editorial notes', () => {
    expect(textOf(one('/documents/', 'doc-patent-regulation'))).toMatch(/现状：\s*本站未查到/);
    const national = one('/documents/', 'doc-national-14th-plan');
    expect(textOf(national)).toContain('规划写作：《国家“十四五”知识产权保护与运用规划》');
    expect(findAll(national, byTag('a')).map((a) => attr(a, 'href'))).toContain('/checks/');
    expect(textOf(national)).toMatch(/文号\s*国发〔2021〕20号/);
  });

  it('gives what the eleventh fact review found: the high-value guidance issued, the standard\'s number, the State Council circular on CNIPA\'s site', () => {
    const guidance = one('/documents/', 'doc-high-value-patent-guidance');
    expect(textOf(guidance)).toMatch(/现状：\s*已出台\s*（截至\s*2026-12-06\s*）/);
    expect(textOf(guidance)).toMatch(/制定机关\s*辽宁省知识产权局\s*辽宁省知识产权局（官方网站）\s*近日,辽宁省知识产权局出台《辽宁省高价值专利培育工作指导意见》/);
    expect(textOf(guidance)).toContain('比规划所写多“工作”二字；它就是规划所说的《辽宁省高价值专利培育指导意见》，是本站推断。');
    // Review 12: the notice that issued it, on the same office's site, gives its date.
    expect(textOf(guidance)).toMatch(/印发日期\s*2024-10-09\s*印发通知末署的日期。\s*辽宁省知识产权局（官方网站，印发通知）\s*现将《辽宁省高价值专利培育工作指导意见》印发给你们,请结合工作实际,抓好贯彻落实。 辽宁省知识产权局 2024年10月9日\s*可信度：高/);
    expect(textOf(guidance)).not.toMatch(/印发日期\s*本站未查到/);
    expect(textOf(guidance)).not.toContain('印发日期和文号本站未查到');
    expect(findAll(guidance, byTag('a')).map((a) => attr(a, 'href'))).toContain('https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/ptzc/2024101815454475951/index.shtml');
    expect(findAll(guidance, byTag('a')).map((a) => attr(a, 'href'))).toContain('https://zscq.ln.gov.cn/zscq/zscqdt/2024102216155197356/index.shtml');
    expect(textOf(one('/documents/', 'doc-agency-service-standard'))).toMatch(/文号\s*GB\/T34833-2017\s*规划在文件名后写出的标准编号。\s*辽宁省知识产权局（规划的官方页面）\s*推行《专利代理机构服务规范》（\s*GB\/T34833-2017\s*）/);
    const national = one('/documents/', 'doc-national-14th-plan');
    expect(textOf(national)).toMatch(/文号\s*国发〔2021〕20号\s*国家知识产权局（英文网站，国务院通知的英译）\s*Circular of the State Council .* GF \(2021\) No\. 20 … The State Council October 9, 2021\s*可信度：中/);
    // Review 15: CNIPA's English translation of the State Council's circular is not the issuer's own page: medium.
    expect(textOf(national)).not.toMatch(/The State Council October 9, 2021\s*可信度：高/);
    // The outline's issuer no longer rests on the repost alone: 科技日报 says who issued it.
    const outline = one('/documents/', 'doc-ip-power-outline');
    expect(textOf(outline)).toMatch(/制定机关\s*中共中央、国务院[\s\S]*科技日报（数字报，英文稿）\s*according to a release jointly issued by the CPC Central Committee and the State Council on September 22\s*可信度：中/);
    // The gaps the page lists went down with them: no 现状 or 制定机关 for the guidance, no 文号 for the standard.
    const gaps = findAll(readPage('/unknown/'), byTag('li')).map((li) => textOf(li).replace(/\s+/g, ''));
    // Review 12 found the guidance's date and the standard's coming into force.
    // Review 14: a plan or opinion is 印发; it has a 通过日期 or 施行日期 only when it states one, so their absence is no gap.
    expect(gaps).toContain('《辽宁省高价值专利培育指导意见》：文号');
    expect(gaps).toContain('《辽宁省人民政府国家知识产权局共建全面振兴新突破知识产权强省实施方案》：文号、印发日期');
    expect(gaps.filter((g) => g.startsWith('《“十四五”国家知识产权保护和运用规划》'))).toEqual([]);
    const field = '(现状|制定机关|文号|通过日期|印发日期|施行日期|公布日期|发布日期|实施日期)';
    const docGaps = gaps.filter((g) => new RegExp(`^《[^》]+》：${field}(、${field})*$`).test(g));
    // Review 18: the civil code's 公布日期 found (2020-05-28, 北大法宝's copy of the 主席令).
    expect(docGaps).toHaveLength(16);
    // Review 15: the quality 规范 the plan names in 〔〕 after GB/T34833-2017 is filed as a standard of unknown level: 发布日期 and 实施日期, no 印发日期.
    expect(gaps).toContain('《专利代理服务质量管理规范》：现状、制定机关、文号、发布日期、实施日期');
    expect(docGaps.filter((g) => !/^《(辽宁省知识产权保护条例|民法典|辽宁省专利条例)》/.test(g)).join()).not.toMatch(/通过日期|施行日期|公布日期/);
    // Review 13: a standard is 发布, not 印发, and not 通过; a law and a regulation are 公布.
    expect(gaps).toContain('《专利代理机构服务规范》：制定机关、发布日期');
    expect(gaps.filter((g) => g.startsWith('《民法典》'))).toEqual([]);
    expect(gaps).toContain('《辽宁省知识产权保护条例》：文号、公布日期');
    expect(gaps.filter((g) => g.startsWith('《民法典》') || g.startsWith('《专利代理机构服务规范》')).join()).not.toMatch(/印发日期|通过日期/);
  });

  it('names a document\'s dates for its kind: 公布日期 for the civil code, 发布日期 and 实施日期 for the standard (review 13)', () => {
    const code = textOf(one('/documents/', 'doc-civil-code'));
    expect(code).toMatch(/公布日期\s*2020-05-28/);
    expect(code).not.toContain('印发日期');
    const standard = textOf(one('/documents/', 'doc-agency-service-standard'));
    expect(standard).toMatch(/发布日期\s*本站未查到/);
    expect(standard).toMatch(/实施日期\s*2018-01-01/);
    expect(standard).not.toMatch(/通过日期|印发日期|施行日期/);
    expect(textOf(one('/documents/', 'doc-national-14th-plan'))).toMatch(/印发日期\s*2021-10-09/);
    // Review 14: a plan lists a 通过日期 or 施行日期 only where it states one; the national plan and the 共建 plan state none.
    expect(textOf(one('/documents/', 'doc-national-14th-plan'))).not.toMatch(/通过日期|施行日期/);
    const coBuilding = textOf(one('/documents/', 'doc-co-building-plan'));
    expect(coBuilding).toMatch(/印发日期\s*本站未查到/);
    expect(coBuilding).not.toMatch(/通过日期|施行日期/);
    // A law keeps all three.
    expect(code).toMatch(/通过日期\s*2020-05-28[\s\S]*公布日期\s*2020-05-28[\s\S]*施行日期\s*2021-01-01/);
  });

  it('does not call the market-regulation plan a 同级的专项规划: nothing on it was found (review 12)', () => {
    const page = textOf(readPage('/documents/'));
    expect(page).toContain('衔接：规划要求与之“相衔接”的全省另一份“十四五”规划（与本规划是否同级，本站未查到）');
    expect(page).not.toContain('同级的专项规划');
  });

  it('gives the agency standard as 已出台 from 2018-01-01, from 人民网 (review 12), its issuer still 本站未查到', () => {
    const standard = textOf(one('/documents/', 'doc-agency-service-standard'));
    expect(standard).toMatch(/实施日期\s*2018-01-01\s*人民网（中国知识产权报）\s*2018年03月21日09:43 … 今年1月1日,由國家知識產權局等起草的國家標准《專利代理機構服務規范》\(GB\/T34833-2017\)\(下稱《規范》\)正式實施\s*可信度：中/);
    expect(standard).toContain('所说的“今年1月1日”记作2018年1月1日，是本站推断');
    expect(standard).toMatch(/现状：\s*已出台\s*（截至\s*2026-12-06\s*）/);
    expect(standard).toMatch(/制定机关\s*本站未查到/);
    expect(findAll(one('/documents/', 'doc-agency-service-standard'), byTag('a')).map((a) => attr(a, 'href'))).toContain('http://ip.people.com.cn/BIG5/n1/2018/0321/c179663-29880617.html');
  });
});

describe('执行情况', () => {
  it('shows the plan\'s 研究制定 commitment as 已出台 with the source', () => {
    const c = one('/progress/', 'commitment-regulation');
    expect(textOf(c)).toMatch(/研究制定《辽宁省知识产权保护条例》.*现状：\s*已出台/);
    expect(findAll(c, byTag('a')).map((a) => attr(a, 'href'))).toEqual(['/protection/#c1-i1', '/documents/#doc-ip-protection-regulation', 'https://dqxy.sut.edu.cn/info/1092/3657.htm', 'http://ur91.cn/ask/zhishichanquan/1743.html']);
  });

  it('shows the high-value guidance the plan asked for as 已出台, sourced on the provincial office\'s site', () => {
    const c = one('/progress/', 'commitment-high-value-guidance');
    expect(textOf(c)).toMatch(/制定《辽宁省高价值专利培育指导意见》.*现状：\s*已出台\s*（截至\s*2026-12-06\s*）/);
    expect(textOf(c)).not.toContain('未核实');
    expect(findAll(c, byTag('a')).map((a) => attr(a, 'href'))).toEqual(['/protection/#s3-2-p2', '/documents/#doc-high-value-patent-guidance', 'https://zscq.ln.gov.cn/zscq/zscqdt/2024102216155197356/index.shtml', 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/ptzc/2024101815454475951/index.shtml']);
    // Review 12: its date is no longer 本站未查到.
    expect(textOf(c)).toContain('（印发通知末署2024年10月9日）');
    expect(textOf(c)).not.toContain('印发日期本站未查到');
  });

  it('says 本站未查到公开数据 for each 表2 indicator, not a status', () => {
    for (let row = 1; row <= 5; row += 1) expect(textOf(one('/progress/', `status-t2-r${row}`))).toMatch(/本站未查到公开数据\s+本站未查到公开数据$/);
  });

  it('sets the two baselines and expected growths beside each other, the national one computed', () => {
    // Review 13: the national values rest on SCIO (2021 = 7.5, up 1.2; 2020 computed) and Xinhua (the targets), not a law blog.
    const r1 = one('/progress/', 'national-t2-r1');
    expect(textOf(r1)).toMatch(/辽宁规划表2（全省）\s*4.09件（规划的基数）\s*未给出数值\s*6%（规划原文）\s*国家规划（全国）\s*6.3件（2020年底数值，本站计算：2021年底7.5件 − 比上年提高的1.2件 = 6.3件）\s*12件（目标）\s*约13.8%（本站计算：\(12 ÷ 6.3\)\^\(1\/5\) − 1 = 13.75%；按逐年连乘计算是本站推断）/);
    expect(findAll(r1, byTag('a')).map((a) => attr(a, 'href'))).toEqual(['/general-requirements/#t2-r1', 'http://english.scio.gov.cn/pressroom/2022-01/14/content_77989778_8.htm', 'https://english.bjinternetcourt.gov.cn/2021-11/05/c_464.htm']);
    expect(textOf(r1)).toMatch(/国务院新闻办公室（英文网站）\s*by the end of 2021, the average ownership of high-value invention patents on the Chinese mainland reached 7.5 patents per 10,000 people, up 1.2 over the previous year.\s*可信度：高/);
    // The overseas baseline only a law blog gave is 本站未查到, and so is the growth; the target stays, from Xinhua.
    const r2 = textOf(one('/progress/', 'national-t2-r2'));
    expect(r2).toMatch(/国家规划（全国）\s*国家规划的基数本站未查到\s*90000件（目标）\s*本站未查到（缺基数，无法计算）/);
    expect(r2).toMatch(/新华社（北京互联网法院英文网站全文转载，2021-11-05）\s*The key anticipated quantitative indicators are -- the number of high-value invention patents per 10,000 people will reach 12, the number of patents granted overseas will reach 90,000\s*可信度：中/);
    const page = textOf(readPage('/progress/'));
    for (const gone of ['China IP Law Update', '40000', '40,000', '约17.6%', '二手报道']) expect(page).not.toContain(gone);
    expect(findAll(readPage('/unknown/'), byTag('li')).map((li) => textOf(li).replace(/\s+/g, ''))).toContain('海外发明专利授权量：《“十四五”国家知识产权保护和运用规划》给出的全国基数，本站未查到');
  });
});

describe('reported values beside 表1', () => {
  it('draws PCT 2022, 2023 and designs 2023 as diamonds with their source on hover', () => {
    const points = findAll(one('/background/', 'chart-t1'), (el) => (attr(el, 'class') ?? '').includes('chart-point--reported')).map((el) => attr(el, 'data-label'));
    expect(points).toEqual([
      expect.stringMatching(/^PCT国际专利申请量：2022年337件，公开数据（非规划数字），来源：国家知识产权局：2023知识产权统计年报，表6-4。表1的2020年456件未说明统计口径/),
      expect.stringMatching(/^PCT国际专利申请量：2023年357件，/),
      expect.stringMatching(/^有效外观设计：2023年21967件，.*来源：国家知识产权局：2023知识产权统计年报，表3-7/),
    ]);
    // The chart's description ends each label with one 。, a comparability note's own included (review 12: it read 可能不同。。).
    const desc = textOf(one('/background/', 'chart-t1-desc'));
    expect(desc).toContain('与年报的数值口径可能不同。PCT国际专利申请量：2023年357件');
    expect(desc).not.toContain('。。');
  });

  it('names publisher and title apart under 表1 (not 国家知识产权局国家知识产权局统计年报), the title as the yearbook writes it (review 12)', () => {
    const page = textOf(readPage('/indicators/'));
    expect(page).not.toContain('国家知识产权局统计年报2023');
    expect(page).toContain('（来源：国家知识产权局：2023知识产权统计年报，表6-4；口径可能不同）');
    expect(page).not.toContain('国家知识产权局国家知识产权局');
  });

  it('lists them in the chart\'s data table with source and comparability', () => {
    const rows = findAll(one('/background/', 'chart-t1-reported'), byTag('tr')).map(textOf);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^PCT国际专利申请量 2022 337件 国家知识产权局：2023知识产权统计年报，表6-4 表1的2020年456件未说明统计口径/);
  });

  it('publishes them as open data with URL, quote and label', () => {
    const csv = parseCsv(readFileSync(join(DIST, 'data/reported-values.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const pct = csv.find((r) => r[0] === 'pct-liaoning-2023')!;
    expect(pct.slice(6, 14)).toEqual(['2023', '357', '件', '国家知识产权局', '2023知识产权统计年报，表6-4', 'https://www.cnipa.gov.cn/tjxx/jianbao/year2023/f/f4.html', '辽宁 | Liaoning | 457 | 337 | 357', 'high']);
    // 7 until review 13 dropped the national 2020 overseas value only a law blog gave (本站未查到).
    expect(csv.filter((r) => /^[a-z]/.test(r[0] ?? '') && r[0] !== 'id')).toHaveLength(6);
    // 指标（发布者的名称） is the publisher's name: the yearbook's table title, the English report's words (review 11).
    expect(csv.find((r) => r[0] === 'designs-liaoning-2023')![5]).toBe('分地区分专利权人类型国内外观设计专利有效量（2023年）：辽宁（合计）');
    expect(csv.find((r) => r[0] === 'high-value-national-2020')![5]).toBe('average ownership of high-value invention patents on the Chinese mainland, per 10,000 people（全国，不含港澳台）');
    expect(csv.find((r) => r[0] === 'high-value-national-2020')!.slice(9, 14)).toEqual(['国务院新闻办公室（英文网站）', 'SCIO press conference on data concerning intellectual property in 2021', 'http://english.scio.gov.cn/pressroom/2022-01/14/content_77989778_8.htm', 'by the end of 2021, the average ownership of high-value invention patents on the Chinese mainland reached 7.5 patents per 10,000 people, up 1.2 over the previous year.', 'high']);
    expect(csv.map((r) => r.join('|')).join('\n')).not.toContain('chinaiplawupdate');
    // The one value SCIO gives only as 7.5 less 1.2 says so in its row (本站计算), and the file's note says such values do.
    expect(csv.find((r) => r[0] === 'high-value-national-2020')![15]).toContain('2020年底的6.3件是本站计算（7.5 − 1.2）');
    expect(readFileSync(join(DIST, 'data/reported-values.json'), 'utf8')).toContain('由本站按其数字算出的数值（如全国2020年底的6.3件），口径说明中写明“本站计算”');
  });
});

describe('the plan\'s own record', () => {
  it.each(['/', '/about/'])('%s gives issuer with its source, and date and 文号 as 本站未查到', (route) => {
    const text = textOf(findAll(readPage(route), (el) => attr(el, 'class') === 'plan-record')[0]!);
    expect(text).toMatch(/发布机关\s*辽宁省知识产权局/);
    expect(text).toMatch(/发布日期\s*本站未查到/);
    expect(text).toMatch(/文号\s*本站未查到/);
  });

  it('leaves the citation\'s publication date empty while it is unknown', () => {
    const holders = findAll(readPage('/protection/'), (el) => attr(el, 'data-plan-published') !== undefined);
    expect(holders.length).toBeGreaterThan(0);
    for (const holder of holders) expect(attr(holder, 'data-plan-published')).toBe('');
  });
});
