/**
 * The second fact-check (issue 23, 2026-12-05), pinned to the built pages: each
 * correction's right words appear and its wrong words do not, quotes stand as
 * the stored copies have them (pinyin included), an inference says 本站推断, and
 * /about/ reports the review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byId, byTag, DIST, fileForRoute, findAll, listPages, readPage, requireDist, textOf, type Element, tipOf } from '../support/dist.ts';

beforeAll(requireDist);

const one = (route: string, id: string): Element => {
  const el = findAll(readPage(route), byId(id))[0];
  if (!el) throw new Error(`no #${id} on ${route}`);
  return el;
};
const text = (route: string, id: string) => textOf(one(route, id));
const hrefs = (el: Element) => findAll(el, byTag('a')).map((a) => attr(a, 'href'));

/** A review's section on 核查记录 (/reviews/), in both editions: its heading, and the lines its counts must hold in each. */
function expectReviewReported(review: number, heading: string, counts: string[], hantCounts: string[]): void {
  for (const edition of ['', '/zh-hant']) expect(text(`${edition}/reviews/`, `review-${review}`)).toBe(heading);
  const hans = text('/reviews/', `review-counts-${review}`);
  for (const line of counts) expect(hans).toContain(line);
  const hant = text('/zh-hant/reviews/', `review-counts-${review}`);
  for (const line of hantCounts) expect(hant).toContain(line);
}

describe('《民法典》', () => {
  it('names 全国人民代表大会 as its 制定机关, not the session that adopted it', () => {
    const entry = text('/documents/', 'doc-civil-code');
    expect(entry).toMatch(/制定机关\s*全国人民代表大会\s*由第十三届全国人民代表大会第三次会议通过。/);
    expect(entry).not.toMatch(/制定机关\s*第十三届全国人民代表大会第三次会议/);
  });

  it('gives its 文号 and 施行日期 from pkulaw.com (medium), no longer 本站未查到', () => {
    const entry = text('/documents/', 'doc-civil-code');
    expect(entry).toMatch(/文号\s*中华人民共和国主席令第四十五号\s*北大法宝（pkulaw\.com）中华人民共和国主席令 … \(第四十五号\)可信度：中/);
    expect(entry).toMatch(/施行日期\s*2021-01-01\s*北大法宝（pkulaw\.com）自2021年1月1日起施行可信度：中核对：2026-12-05/);
    expect(entry).not.toMatch(/文号\s*本站未查到/);
    expect(entry).not.toMatch(/施行日期\s*本站未查到/);
    expect(hrefs(one('/documents/', 'doc-civil-code'))).toContain('https://pkulaw.com/en_law/aa00daaeb5a4fe4ebdfb.html');
  });

  it('calls the btxrmyy.cn page an excerpt (节选), not 法律全文转载', () => {
    const entry = text('/documents/', 'doc-civil-code');
    // Review 13: an excerpt is no full repost: 可信度低, beside 北大法宝 and 中国网's Xinhua wire.
    expect(entry).toContain('btxrmyy.cn（民法典节选转载，非全文，视同镜像）');
    expect(entry).toContain('中国网（繁体版，新华社电，2020-05-28）2020年5月28日下午,北京,人民大會堂。 … 十三屆全國人大三次會議以2879票贊成、2票反對、5票棄權,高票表決通過《中華人民共和國民法典》可信度：中');
    expect(entry).toContain('该页标题为“中华人民共和国民法典(节选)”，只转载部分条文。');
    expect(textOf(readPage('/documents/'))).not.toContain('法律全文转载');
  });

  it('gives the tooltip in the text the new issuer', () => {
    const link = findAll(readPage('/protection/'), (el) => el.tagName === 'a' && textOf(el) === '《民法典》')[0]!;
    expect(tipOf(link)).toMatch(/^制定机关 全国人民代表大会；公布日期 2020-05-28；/);
  });

  it('gives its 公布日期 from the promulgation order on pkulaw.com (medium), no longer 本站未查到 (review 18)', () => {
    const entry = text('/documents/', 'doc-civil-code');
    expect(entry).toMatch(/公布日期\s*2020-05-28\s*主席令第四十五号写明“现予公布”，落款日期为2020年5月28日。\s*北大法宝（pkulaw\.com）《中华人民共和国民法典》已由中华人民共和国第十三届全国人民代表大会第三次会议于2020年5月28日通过,现予公布,自2021年1月1日起施行。 … 中华人民共和国主席 习近平 … 2020年5月28日可信度：中核对：2026-12-06/);
    expect(entry).toContain('主席令第四十五号写明“现予公布”，落款日期为2020年5月28日。');
    expect(entry).not.toMatch(/公布日期\s*本站未查到/);
    expect(textOf(readPage('/unknown/'))).not.toContain('《民法典》：公布日期');
    expect(text('/zh-hant/documents/', 'doc-civil-code')).toContain('主席令第四十五號寫明“現予公布”，落款日期為2020年5月28日。');
  });
});

describe('quotes as the stored copies have them', () => {
  it('keeps the pinyin the lnbds.com copies carry, and says why it is there', () => {
    const national = text('/documents/', 'doc-national-14th-plan');
    // Review 13: a repost with pinyin after its characters is a mirror by the site's rule: 可信度低, never a fact's only support.
    expect(national).toContain('國發(fā)〔2021〕20號 … 現(xiàn)將《“十四五”國家知識產(chǎn)權(quán)保護(hù)和運用規(guī)劃》印發(fā)給你們 … 國務(wù)院 2021年10月9日可信度：低');
    expect(national).not.toContain('lnbds.com（国务院通知全文转载）');
    expect(national).not.toContain('國發〔2021〕20號 … 現將');
    expect(national).toContain('此转载页在部分繁体字后用括号附注拼音（如“發(fā)”），原样照录。');
    const outline = text('/documents/', 'doc-ip-power-outline');
    expect(outline).toContain('新華社北京9月22日電近日,中共中央、國(guó)務(wù)院印發(fā)了《知識(shí)產(chǎn)權(quán)強(qiáng)國(guó)建設(shè)綱要(2021-2035年)》');
    expect(outline).toContain('依據(jù)《中華人民共和國國民經(jīng)濟(jì)和社會發(fā)展');
    expect(outline).not.toContain('國務院印發了《知識產權強國建設綱要');
  });

  it('keeps the pinyin of the ur91.cn copy, on 关联文件 and 执行情况', () => {
    const words = '《遼寧省知識(shí)產(chǎn)權(quán)保護(hù)條例》已經(jīng)2021年7月27日遼寧省第十三屆人民代表大會(huì)常務(wù)委員會(huì)第二十七次會(huì)議審議通過(guò)';
    expect(text('/documents/', 'doc-ip-protection-regulation')).toContain(words);
    expect(text('/progress/', 'commitment-regulation')).toContain(words);
    expect(textOf(readPage('/progress/'))).not.toContain('《遼寧省知識產權保護條例》已經2021年');
  });

  it('adds no opening bracket the dqxy.sut.edu.cn copy lacks, and says so', () => {
    for (const [route, id] of [['/documents/', 'doc-ip-protection-regulation'], ['/progress/', 'commitment-regulation']] as const) {
      const entry = text(route, id);
      expect(entry).toMatch(/转载条例全文）2021727日辽宁省第十三届人民代表大会常务委员会第二十七次会议通过\)可信度：中/);
      expect(entry).not.toContain('(2021727日');
      expect(entry).toContain('此副本中日期的“年”“月”二字和句首的左括号缺失，原样照录。');
    }
  });

  it('says where a quote of the official page has its marks restored to full width', () => {
    expect(text('/documents/', 'doc-ip-protection-measures')).toContain('标点按本站的规则恢复为全角（官方页面此处为半角“(”“)”');
    expect(textOf(readPage('/documents/'))).not.toContain('一(一)第2段');
  });

  it('cites no pinyin-annotated mirror in the editorial notes\' sources on the checks page (review 13)', () => {
    const checks = textOf(readPage('/checks/'));
    expect(checks).not.toContain('國發(fā)〔2021〕20號');
    expect(checks).not.toContain('此转载页在部分繁体字后用括号附注拼音');
    expect(checks).toContain('中国政府网的繁体版页面，原样照录繁体字。');
  });
});

describe('the site\'s own prose', () => {
  it('writes 2～3个 on /data/, as /about/ says it does everywhere', () => {
    const data = textOf(readPage('/data/'));
    expect(data).toContain('范围的终点（如“2～3个”的3）');
    expect(data).not.toContain('2~3个');
  });

  it('labels as 本站推断 that the 共建 plan came out after the plan, whose own date is unknown', () => {
    const entry = text('/documents/', 'doc-co-building-plan');
    expect(entry).toContain('规划没有提到它。它在规划之后出台，是本站推断：规划本身的发布日期本站未查到。');
    expect(entry).not.toContain('规划没有提到它：它在规划之后出台。');
    expect(textOf(readPage('/documents/'))).toContain('规划没有提到、本站推断在规划之后出台的相关文件');
  });

  it('says 其他机构公布的相关数值, not 规划发布以后, beside 表1', () => {
    const page = textOf(readPage('/indicators/'));
    expect(page).toContain('其他机构公布的相关数值。');
    expect(page).not.toContain('规划发布以后');
    expect(textOf(readPage('/data/'))).not.toContain('规划发布以后');
    expect(JSON.parse(readFileSync(`${DIST}data/reported-values.json`, 'utf8')).source).not.toContain('规划发布以后');
  });

  it('describes sources by the confidence rule on /unknown/ and in the reported values\' download: 节选 and 博客 are low, a repost must be of the full text', () => {
    const unknown = textOf(readPage('/unknown/'));
    expect(unknown).toContain('（发布机关自己的网页、主要新闻媒体或全文的忠实转载）');
    // Review 15: high is the issuing body's own page; one body's site carrying another's text is medium.
    expect(unknown).not.toContain('官方机构自己的网页');
    expect(unknown).toContain('镜像、聚合站副本、节选或博客可作线索，但不能单独作为来源');
    expect(unknown).not.toContain('镜像或聚合站的副本可作线索');
    expect(textOf(readPage('/zh-hant/unknown/'))).toContain('鏡像、聚合站副本、節選或博客可作線索');
    const source = (JSON.parse(readFileSync(`${DIST}data/reported-values.json`, 'utf8')) as { source: string }).source;
    expect(source).toContain('high 发布机关自己的网页、medium 主要新闻媒体或全文的忠实转载（官方网站转载或转述另一机关的文件也是中）；low 镜像、聚合站副本、节选或博客，不单独作为来源');
    expect(source).not.toContain('medium 主要媒体或忠实转载');
  });

  it('gives the 大连 protection centre one status on /progress/, 已建成, each place saying the match is 本站推断', () => {
    for (const id of ['commitment-dalian-protection-centre', 'commitment-dalian-clean-energy-centre']) {
      const entry = text('/progress/', id);
      expect(entry).toMatch(/现状：\s*已建成/);
      expect(entry).not.toContain('未核实');
      expect(entry).toContain('是本站推断');
      expect(entry).toContain('大连(国家级)知识产权保护中心通过验收并投入运营');
    }
  });
});

describe('newly sourced facts', () => {
  it('gives the 共建 plan its issuers from 辽宁日报\'s headline', () => {
    const entry = text('/documents/', 'doc-co-building-plan');
    expect(entry).toMatch(/制定机关\s*辽宁省人民政府、国家知识产权局/);
    expect(entry).toContain('辽宁日报（北国网，2024-08-18）省政府、国家知识产权局联合发文 共建全国一流知识产权强省可信度：中核对：2026-12-05');
    expect(entry).toMatch(/印发日期\s*本站未查到/);
  });

  it('gives the 强省 实施意见 CNIPA\'s 2016 report, the title match marked 本站推断', () => {
    const entry = text('/documents/', 'doc-strong-province-opinions');
    expect(entry).toContain('国家知识产权局英文网站2016年8月31日报道');
    expect(entry).toContain('是本站推断');
    expect(entry).toMatch(/文号\s*本站未查到/);
    expect(hrefs(one('/documents/', 'doc-strong-province-opinions'))).toContain('http://english.sipo.gov.cn/specialtopic/numbers/917399.htm');
  });

  it('leaves the outline whose title only a mirror gives as 本站未查到', () => {
    expect(text('/documents/', 'doc-liaoning-14th-outline')).toMatch(/现状：\s*本站未查到/);
  });
});

describe('the glossary', () => {
  it('no longer says the plan was 发布 by 辽宁省知识产权局, which no source gives', () => {
    const entry = text('/glossary/', 'term-guojia-zhishichanquanju');
    expect(entry).toContain('本规划刊登在辽宁省知识产权局的网站上，由辽宁省知识产权局负责解释。');
    expect(entry).not.toContain('本规划就由辽宁省知识产权局发布');
  });
});

describe('third review (2026-12-05): every quote read again in the stored copies', () => {
  it('writes 國務(wù)院 as the lnbds.com copy of the State Council notice does, on 关联文件 and the checks page', () => {
    const national = text('/documents/', 'doc-national-14th-plan');
    expect(national).toContain('印發(fā)給你們 … 國務(wù)院 2021年10月9日可信度：低');
    expect(national).not.toContain('印發(fā)給你們 … 國務院 2021年10月9日');
    // Review 13: the checks page's two name notes cite the issuer's wire on gov.cn and 人民网, no longer the lnbds.com mirror.
    const checks = textOf(readPage('/checks/'));
    expect(checks).not.toContain('lnbds');
    expect(checks).toContain('新華社北京10月28日電 國務院日前印發《“十四五”國家知識産權保護和運用規劃》');
    expect(checks).toContain('2021年,党中央、国务院印发《知识产权强国建设纲要(2021-2035年)》');
    expect(checks).toContain('国务院2021年印发的国家规划名为《“十四五”国家知识产权保护和运用规划》，与原文所写名称不同。');
    expect(checks).toContain('党中央、国务院2021年印发的纲要名为《知识产权强国建设纲要（2021—2035年）》，原文括号中缺“年”字。');
  });

  it('quotes the ur91.cn copy\'s 本規(guī)定 with its pinyin, and says it reads 規定, not 條例', () => {
    const entry = text('/documents/', 'doc-ip-protection-regulation');
    expect(entry).toContain('ur91.cn（公告转载，聚合站）本規(guī)定自2021年10月1日起施行可信度：低核对：2026-12-05');
    expect(entry).toContain('该页写作“本規(guī)定”，不是“本條例”。');
    expect(entry).not.toContain('本規定自2021年10月1日起施行');
  });

  it('marks the English line the pkulaw.com copy has between 主席令 and (第四十五号) as left out', () => {
    const entry = text('/documents/', 'doc-civil-code');
    expect(entry).toContain('北大法宝（pkulaw.com）中华人民共和国主席令 … (第四十五号)可信度：中');
    expect(entry).toContain('中间隔着英文“(No. 45)”，本站以“…”略去。');
    expect(entry).not.toContain('中华人民共和国主席令 (第四十五号)');
  });

  it('gives the btxrmyy.cn page its whole title, 中华人民共和国民法典(节选), re-read on 2026-12-05', () => {
    const entry = text('/documents/', 'doc-civil-code');
    expect(entry).toContain('btxrmyy.cn（民法典节选转载，非全文，视同镜像）(2020年5月28日第十三届全国人民代表大会第三次会议通过)可信度：低核对：2026-12-05该页标题为“中华人民共和国民法典(节选)”');
    expect(entry).not.toContain('该页标题为“民法典(节选)”');
    expect(entry).not.toContain('核对：2026-11-26');
  });

  it('keeps the 辽宁日报 (lnd.com.cn) headline and 正式印发 as the stored copy has them, and no issue date from a mirror', () => {
    const entry = text('/documents/', 'doc-co-building-plan');
    expect(entry).toContain('省政府、国家知识产权局联合发文 共建全国一流知识产权强省可信度：中');
    // Review 12: the quote runs to the plan's full name, which the page gives and the 正式印发 alone did not.
    expect(entry).toContain('辽宁日报（北国网，2024-08-18）日前,《辽宁省人民政府 国家知识产权局共建全面振兴新突破知识产权强省实施方案》(以下简称《实施方案》)正式印发可信度：中核对：2026-12-06');
    expect(entry).toMatch(/印发日期\s*本站未查到/);
    expect(entry).toMatch(/文号\s*本站未查到/);
  });
});

describe('third review (2026-12-05): what the sources do not say is 本站推断', () => {
  it('says the years of two Xinhua datelines, which give only month and day, are inferred', () => {
    const outline = text('/documents/', 'doc-ip-power-outline');
    // Review 13: the outline's year is now sourced (人民网: “2021年，党中央、国务院印发”), the dateline's copy being a mirror.
    expect(outline).toContain('人民网2022年4月20日报道：2021年，党中央、国务院印发该纲要');
    expect(outline).not.toContain('电头只写“9月22日”');
    const opinions = text('/documents/', 'doc-strengthen-protection-opinions');
    expect(opinions).toContain('电头只写“11月24日”，没有年份；记作2019年是本站推断');
    expect(textOf(readPage('/checks/'))).not.toContain('电头只写“9月22日”');
  });

  it('says the national 2020 value is the site\'s arithmetic on SCIO\'s figures, not a baseline a report dated (review 13)', () => {
    const page = textOf(readPage('/progress/'));
    expect(page).toContain('国新办页面给出2021年底为7.5件、比上年提高1.2件；2020年底的6.3件是本站计算（7.5 − 1.2），页面没有直接写出。国家规划指标表中的基数本站未查到，这里并列的是2020年底的数值。');
    expect(page).not.toContain('报道只说由6.3件增至2025年的12件');
    expect(page).not.toContain('记作2020年（国家规划的基期年）是本站推断');
  });
});

describe('third review (2026-12-05): corrected statements', () => {
  it('names the CNIPA PCT table as it names itself (受理量, 分地区), not 按申请人所在地区', () => {
    const page = textOf(readPage('/progress/'));
    expect(page).toContain('PCT国际专利申请受理量，分地区：辽宁，2022年');
    expect(page).not.toContain('按申请人所在地区');
  });

  it('gives the columns of CNIPA table 3-7 their 2023 names', () => {
    const reported = JSON.parse(readFileSync(`${DIST}data/reported-values.json`, 'utf8')) as unknown;
    const all = JSON.stringify(reported) + textOf(readPage('/indicators/'));
    expect(all).toContain('高等院校、科研机构、企业、事业单位、个人之和');
    expect(all).not.toContain('大专院校、科研单位、企业、机关团体、个人');
  });

  it('says a design protects colour only combined with shape or pattern (专利法第二条)', () => {
    const entry = text('/glossary/', 'term-waiguan-sheji');
    expect(entry).toContain('对产品的整体或者局部的形状、图案或者其结合，以及色彩与形状、图案的结合所作出的富有美感并适于工业应用的新设计');
    expect(entry).not.toContain('形状、图案、色彩等');
  });

  it('says the outline aims to 基本建成 a 知识产权强国 by 2035, as it says', () => {
    const entry = text('/glossary/', 'term-zhishichanquan-qiangguo');
    expect(entry).toContain('到2035年基本建成中国特色、世界水平的知识产权强国。');
    expect(entry).not.toContain('到2035年把我国建设成为');
  });

  it('says only 三（三） is arranged by 严、大、快、同; the goals in part two name them', () => {
    const entry = text('/glossary/', 'term-yan-baohu');
    // Thirteenth review: 三（三） has a fifth item (维权援助), so it is not arranged by the four alone.
    expect(entry).toContain('规划第二部分的发展目标提到这四个方面，第三部分第（三）节的前四项依次是这四个方面，第五项是“健全知识产权维权援助体系”。');
    expect(entry).not.toContain('第二、三部分都按这四个方面来安排');
  });

  it('labels PCT\'s saving as the site\'s, names 司法保护\'s gloss as unsourced, and sources 发明专利\'s three kinds and the outline\'s 2021 issue (review 14)', () => {
    const pct = text('/glossary/', 'term-pct');
    expect(pct).toContain('这样可以省去一开始就分别向很多国家申请的麻烦（本站的解释）。');
    expect(pct).toContain('PCT能省去一开始就分别向很多国家申请的麻烦，这一说法的出处。');
    expect(text('/glossary/', 'term-sifa-baohu')).toContain('本站未查到：本条释义（第一句的解释）的出处；权利人可以起诉请求停止侵权、赔偿损失的法律条文原文。');
    const invention = text('/glossary/', 'term-faming-zhuanli');
    expect(invention).toContain('inventions-creations mean inventions, utility models and designs.');
    const outline = text('/glossary/', 'term-zhishichanquan-qiangguo');
    expect(outline).toContain('2021年，党中央、国务院印发《知识产权强国建设纲要（2021-2035年）》');
    expect(outline).toContain('本站未查到：纲要提出的到2035年的目标（基本建成中国特色、世界水平的知识产权强国），本站只在转载网站见到（见关联文件）；');
    expect(outline).not.toContain('中共中央、国务院2021年印发《知识产权强国建设纲要（2021—2035年）》及纲要提出的到2035年的目标');
  });

  it('gives 外观设计\'s 15 years without a start date no medium-or-better page gives, and labels reposts of another body\'s text 中 (review 15)', () => {
    // One parse of the glossary: the entries are read from it.
    const nodes = new Map(findAll(readPage('/glossary/'), (el) => (attr(el, 'id') ?? '').startsWith('term-')).map((el) => [attr(el, 'id')!.slice('term-'.length), el] as const));
    const entry = (id: string) => textOf(nodes.get(id)!);
    const design = entry('waiguan-sheji');
    expect(design).toContain('现行专利法（2021年6月1日起施行）规定外观设计专利的保护期为15年，此前为10年；修改前的10年自申请日起计算，现行的15年从哪一天算起，本站未查到。');
    expect(design).not.toContain('保护期为15年，从申请日算起');
    expect(design).toContain('（“自申请日起计算”的说法只在转载网站、律师事务所网页和问答网页上见到，不能单独作为出处）');
    // Eighteenth review: the amended law's entry into force is sourced (WIPO Lex, 中), no longer "只在转载网站见到".
    expect(design).toContain('entered into force on June 1, 2021.');
    expect(design).toContain('(v) strengthening and extension of the protection to 15 years for design patents');
    expect(design).toContain('本站未查到：修改后第二条定义中“整体或者局部”几个字的原文，本站只在转载网站见到；');
    expect(design).not.toContain('修改后的专利法施行日期（2021年6月1日），以及');
    // Eighteenth review: WIPO's own list of the treaties it administers (24, PCT and the Madrid Protocol among them) sources 二十多个.
    const wipo = entry('wipo');
    expect(wipo).toContain('它管理着《专利合作条约》（PCT）、马德里商标国际注册体系等二十多个国际条约。');
    expect(wipo).toContain('Patent Cooperation Treaty148');
    expect(wipo).toContain('列出24个条约，其中有专利合作条约（Patent Cooperation Treaty）和马德里议定书（Madrid Protocol）');
    expect(wipo).not.toContain('管理二十多个国际条约，这一点在世界知识产权组织或中国官方网页上的原文，本站只在转载网站见到。');
    // Nineteenth review: the page counts countries ("Number of Countries by Treaty"), not 缔约方; that the counts changed since is the site's inference.
    expect(wipo).toContain('页面写的是各条约的国家数目（Number of Countries by Treaty）；页面未写日期，条约和国家的数目此后可能已有变化（本站推断）。');
    expect(wipo).not.toMatch(/缔约方数目|条约和缔约方的数目此后有变化/);
    // Nineteenth review: CNIPA's own English page (2021) gives 中国专利奖's co-organisers and its gold, silver and excellence awards.
    const award = entry('zhongguo-zhuanlijiang');
    expect(award).toContain('据国家知识产权局英文网站2021年的消息，中国专利奖由国家知识产权局和世界知识产权组织共同主办，设有金奖、银奖、优秀奖等。');
    expect(award).toContain('the 23rd China Patent Award Selection co-organized by CNIPA and WIPO is under way.');
    expect(award).not.toContain('共同主办、设有金奖，发布机关网页上的原文');
    // Twentieth review: the same stored passage gives the award's purpose, so the one-line gloss is sourced and its 本站未查到 goes.
    expect(award).toContain('in a bid to encourage and cite those patentees and inventors who contribute significantly to technology (design) innovation and socio-economic development.');
    expect(award).not.toContain('本站未查到');
    expect(award).not.toContain('奖励对经济社会发展作出突出贡献的专利和专利权人、发明人的奖项');
    // Twentieth review: 一带一路's one-line gloss and "借用古代丝绸之路的名字" have no source (only mirrors of 新华社 in the store): named as unfound.
    // Twenty-first review: CGTN's own page (2017, 中) gives 2013 and the ancient Silk Road as inspiration; "借用古代丝绸之路的名字" (no source) goes.
    const beltRoad = entry('yidai-yilu');
    expect(beltRoad).toContain('据中国国际电视台（CGTN）2017年的英文文章，“一带一路”倡议由中国国家主席习近平在2013年提出，受到古代丝绸之路的启发。');
    expect(beltRoad).toContain('Introduced by Chinese President Xi Jinping in 2013, it has attracted attention across the world. Inspired by the ancient Silk Road');
    // Twenty-third review: 中国网's 中国关键词 entry (2022, 中) gives the 简称, the proposal with other countries in 2013 and the 五通,
    // so the gloss is sourced; the unsourced "贸易、基础设施、文化等方面的合作" is rewritten to the entry's words.
    expect(beltRoad).toContain('据中国网“中国关键词”2022年的词条，这一倡议“致力于实现政策沟通、设施联通、贸易畅通、资金融通、民心相通”。');
    expect(beltRoad).toContain('“一带一路”是“丝绸之路经济带”和“21世纪海上丝绸之路”的简称。2013年9月和10月，习近平在出访中亚和东南亚时');
    expect(beltRoad).toContain('本站未查到：倡议的提出时间和内容在发布机关网页上的原文（上面的出处是媒体的文章和词条）。');
    expect(beltRoad).not.toContain('文化等方面的合作');
    expect(beltRoad).not.toContain('本条释义（第一句的解释）');
    expect(beltRoad).not.toContain('借用古代丝绸之路的名字');
    expect(beltRoad).not.toContain('“一带一路”倡议在2013年提出');
    // Twenty-second review: PPH (no source before) from the Japan Patent Office's PPH page (中); PCT's procedure from the
    // Visegrad Patent Institute, an intergovernmental PCT authority (中), its own About page saying what it is (高).
    const pph = entry('pph');
    expect(pph).toContain('The Patent Prosecution Highway (PPH) is an examination cooperation program between two Offices that allows the applicant to request accelerated examination to the second Office');
    expect(pph).toContain('可信度：中');
    expect(pph).toContain('本站未查到：国家知识产权局网页上对PPH的说明（本站只在律师事务所网页的转述中见到）。');
    expect(pph).not.toContain('出处原文：本站未查到。');
    const pct = entry('pct');
    expect(pct).toContain('In the national phase, each patent office is responsible for processing the application in accordance with its national patent laws, and for deciding whether to grant patent protection.');
    // Review 25: the procedure is on WIPO's own PCT Applicant's Guide (高), so only the two other points stay unfound.
    expect(pct).toContain('本站未查到：专利只在授权它的国家或地区有效，这一说法的出处；PCT能省去一开始就分别向很多国家申请的麻烦，这一说法的出处。');
    expect(pct).not.toContain('PCT的程序在世界知识产权组织或国家知识产权局网页上的原文');
    expect(pct).not.toContain('PCT的程序（先提交一份国际申请，再进入各国由各国审查）');
    // 惩罚性赔偿 (no source before): WIPO Lex on the 2020 copyright law (至多五倍) and patent law (punitive damages introduced), 中.
    const punitive = entry('chengfaxing-peichang');
    expect(punitive).toContain('allowing courts to award punitive damages equal to the amount of regular damages but no more than five times for intentional and malicious infringements;');
    expect(punitive).toContain('本站未查到：民法典关于故意侵害知识产权、情节严重的可以请求惩罚性赔偿的条文原文，以及专利法、商标法规定一倍以上五倍以下的条文原文，本站只在转载网站和律师事务所网页上见到；');
    expect(punitive).not.toContain('出处原文：本站未查到。');
    // Eighteenth review: govt.chinadaily.com.cn is China Daily's site, not 中国政府网.
    expect(entry('dili-biaozhi')).toContain('China Daily（govt.chinadaily.com.cn）');
    expect(entry('dili-biaozhi')).toContain('不是中国政府网');
    expect(entry('dili-biaozhi')).not.toContain('中国政府网英文频道');
    expect(entry('gaojiazhi-zhuanli')).toContain('转载页列出了全部五类');
    expect(entry('gaojiazhi-zhuanli')).not.toContain('其中几类');
    // Newly sourced: 商标法第八条 (2013 text, as 人民网 reported it) and the civil code's entry into force.
    expect(entry('shangbiao-zhuce')).toContain('任何能夠將自然人、法人或者其他組織的商品與他人的商品區別開的標誌，包括文字、圖形、字母、數字、三維標誌、顏色組合和聲音等');
    expect(entry('shangbiao-zhuce')).toContain('本站未查到：本条释义（第一句的解释）的出处；');
    expect(entry('minfadian')).toContain('现予公布，自2021年1月1日起施行。可信度：中');
    expect(entry('zhuanli-zhuanrang')).toContain('The assignment shall take effect as of the date of registration.可信度：中');
    expect(entry('zhuanli-xuke')).toContain('别人按合同付费使用（这个比喻是本站的解释）。');
    expect(entry('zhuanli-xuke')).toContain('must conclude a written licensing contract with the patentee and pay the patentee a fee');
    // The Trademark Office's note on china.org.cn, already quoted, goes on to say GIs can be registered as certification and collective marks.
    expect(entry('dili-biaozhi')).toContain('Geographical indications are protected through trademark laws in China, since they can be registered as certification marks and collective marks.可信度：中');
    expect(entry('dili-biaozhi')).toContain('地理标志可以申请地理标志产品保护，这一说法的出处本站未查到。');
    // 快速维权中心: what 新华社 wrote the 22 centres could do, in place of an unsourced “审得更快”.
    expect(entry('kuaisu-weiquan-zhongxin')).toContain('据新华社2020年11月报道，当时已设立的22家快速维权中心都可以开展外观设计的快速授权、快速确权和快速维权服务。');
    expect(entry('kuaisu-weiquan-zhongxin')).not.toContain('审得更快');
    // A provincial, credit or ministry page carrying a national law or another body's article is a repost: 中, not 高.
    const reposts = ['https://www.cnipa.gov.cn/art/2006/8/18/art_1278_48761.html', 'https://zscqyjs.zjamr.zj.gov.cn/api/othing/cms/tzggDetail/3/2fafbe8934784b20a2ec03ca0c2c56dc.html', 'https://zscq.creditchina.gov.cn/dxal/202501/t20250123_349350.html', 'http://www.fujian.gov.cn/hdjl/hdjlzsk/tjj/tjzs/ny/202309/t20230920_6261695.htm', 'https://ghzyj.sh.gov.cn/nw2511/20231213/fc08e56cea2340c0bc6d694137c70cac.html'];
    const items = [...nodes.values()].flatMap((node) => findAll(node, (el) => attr(el, 'class') === 'fact-sources')).flatMap((ul) => findAll(ul, byTag('li'))).filter((li) => reposts.includes(hrefs(li)[0] ?? ''));
    expect(items).toHaveLength(10);
    for (const li of items) expect(textOf(li)).toMatch(/可信度：中\s*核对/);
    const word = text('/teach/words/', 'kid-waiguan-sheji');
    expect(word).toContain('它也是专利的一种，现在的保护期是15年（以前是10年）；这15年从哪天算起，本站未查到。');
    expect(word).not.toContain('从申请那天算起');
    expect(text('/zh-hant/teach/words/', 'kid-waiguan-sheji')).toContain('這15年從哪天算起，本站未查到。');
  });

  it('says which text of the law a statement about today\'s law rests on, and labels the rest 本站推断, in the glossary and the pupils\' words (review 16)', () => {
    // The 2020 patent law and the current trademark law are found only on reposts: what is taught rests on older texts.
    const glossary = readPage('/glossary/');
    const entry = (id: string) => textOf(findAll(glossary, byId(`term-${id}`))[0]!);
    expect(entry('faming-zhuanli')).toContain('专利分为三种、保护期20年从申请日算起、未经许可不能制造使用销售，这三点据2020年修改前的专利法写成（见下列出处）；2020年修改后仍是这样，是本站推断（修改后的条文原文本站只在转载网站见到）。');
    expect(entry('shangbiao-zhuce')).toContain('可以是文字、图形、字母、数字、颜色组合、声音等（据2013年修改后的商标法第八条；现行商标法仍是这样规定，是本站推断）。');
    expect(entry('zhuanli-zhuanrang')).toContain('据中国日报2015年对当时专利法的英文说明，转让要签订书面合同，并向国家知识产权局登记，转让从登记之日起生效；2020年修改专利法后仍是这样，是本站推断。');
    expect(entry('zhuanli-xuke')).toContain('据中国日报2015年对当时专利法的英文说明，实施他人专利的，应当与专利权人订立书面实施许可合同，向专利权人支付专利使用费；2020年修改专利法后仍是这样，是本站推断。');
    expect(entry('zhuanli-xuke')).not.toContain('专利法规定，实施他人专利的');
    // Pages telling another body's fact are 中: CNIPA's FAQ on the NPC's law, CNIPA on Liaoning's opinions, the mission on WIPO's seat.
    expect(entry('faming-zhuanli')).toMatch(/counted from the date of filing可信度：中/);
    expect(entry('zhishichanquan-qiangsheng')).toMatch(/under the New Circumstances可信度：中/);
    expect(entry('wipo')).toMatch(/The headquarters of WIPO is at Geneva, Switzerland\.可信度：中/);
    expect(entry('wipo')).toMatch(/China joined WIPO in 1980可信度：高/);
    const word = (edition: string, id: string) => text(`${edition}/teach/words/`, `kid-${id}`);
    expect(word('', 'faming-zhuanli')).toContain('它的保护期是20年，从申请那天算起（这是2020年修改前的专利法的规定；现在仍是这样，是本站推断）。');
    expect(word('', 'faming-zhuanli')).toContain('不能为了做生意去制造、使用、销售这种材料（据2020年修改前的专利法；现在仍是这样，是本站推断）。');
    expect(word('', 'shiyong-xinxing')).toContain('它的保护期是10年，从申请那天算起（这是2020年修改前的专利法的规定；现在仍是这样，是本站推断）。');
    expect(word('', 'zhuanli')).toContain('不能为了做生意去制造、销售专利权人的专利产品（这两点据2020年修改前的专利法写成；现在仍是这样，是本站推断）。');
    expect(word('', 'qinquan')).toContain('比如2020年修改前的专利法规定，专利权被授予后，');
    expect(word('', 'qinquan')).toContain('不得为生产经营目的制造、销售其专利产品（现在仍是这样，是本站推断）。');
    expect(word('/zh-hant', 'shiyong-xinxing')).toContain('從申請那天算起（這是2020年修改前的專利法的規定；現在仍是這樣，是本站推斷）。');
    // Review 17: the trademark term's article is in the store only on reposts (China Daily's 2015 page only on a mirror), so
    // the pupils' word says so, and 第八条's signs carry the 2013 text; 著作权's words name the texts they rest on, as the glossary does.
    expect(word('', 'shangbiao')).toContain('都可以作为商标申请注册（据2013年修改后的商标法第八条；现行商标法仍是这样规定，是本站推断）。');
    expect(word('', 'shangbiao')).toContain('注册商标的有效期是10年，期满可以续展，继续受保护（这两点的条文原文，本站只在转载网站见到）。');
    expect(word('', 'shangbiao')).not.toContain('这两点据2013年修改后的商标法写成');
    expect(word('', 'zhuzuoquan')).toContain('计算机软件等（作品的定义和视听作品，据世界知识产权组织对2020年修改著作权法的介绍；其他几种据修改前的著作权法，现在仍列在著作权法里，是本站推断）。');
    expect(word('', 'zhuzuoquan')).toContain('都依照著作权法享有著作权（据2020年修改前的著作权法；现在仍是这样，是本站推断）。');
    expect(entry('zhuzuoquan')).toContain('据中国日报2006年对著作权法的英文说明，中国公民、法人或者非法人组织的作品，不论是否发表，都依照著作权法享有著作权；2020年修改著作权法后仍是这样，是本站推断。');
    expect(entry('dili-biaozhi')).toContain('地理标志可以注册为集体商标或证明商标（据国家工商行政管理总局商标局2009年的说明；现在仍是这样，是本站推断），也可以申请地理标志产品保护。');
    // The plan telling the provincial government's document is 中, as on /documents/.
    expect(entry('zhishichanquan-qiangsheng')).toMatch(/《关于新形势下加快知识产权强省建设的实施意见》可信度：中/);
    expect(entry('zhishichanquan-qiangsheng')).not.toMatch(/强省建设的实施意见》可信度：高/);
    expect(text('/zh-hant/glossary/', 'term-dili-biaozhi')).toContain('現在仍是這樣，是本站推斷');
    // The anti-unfair-competition law was revised in 2025 (中国日报网) and the plant-variety 条例 too (only reposts say so): what is
    // taught rests on the texts before.
    expect(entry('shangye-mimi')).toContain('商业秘密的定义和侵犯商业秘密的行为，据2019年修正的反不正当竞争法写成（条文原文本站只在转载网站见到）；据中国日报网报道，这部法律2025年6月27日修订通过，2025年10月15日起施行，修订后仍是这样，是本站推断。');
    expect(entry('shangye-mimi')).toMatch(/自2025年10月15日起施行。可信度：中/);
    expect(word('', 'shangye-mimi')).toContain('（这是2019年修正的反不正当竞争法的定义，该条原文本站只在转载网站见到；这部法律2025年修订后仍是这样，是本站推断）');
    // 营商环境's 条例 is in the store in full on a repost (gdmca.org): 中, its 第二条 and 施行 quoted.
    expect(entry('yingshang-huanjing')).toMatch(/第二条\s*第二条 本条例所称营商环境，是指企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件。\s*可信度：中/);
    expect(entry('yingshang-huanjing')).toContain('现予公布，自2020年1月1日起施行。');
    expect(entry('yingshang-huanjing')).toContain('本站未查到：《优化营商环境条例》第二条（营商环境的定义）和施行日期，本站只在转载条例全文的网页上见到，国务院网页上的原文未查到。');
    expect(entry('zhiwu-xinpinzhong')).toContain('这两点据2025年以前的条例写成（其条文原文本站只在转载网站见到）。本站在转载网站上见到条例2025年修订的报道，但官方或主要媒体的报道和修订后的条文原文都未查到；修订后是否仍是这样，本站也未查到。');
  });

  it('names 枫桥 by today\'s 诸暨市 with 今, as its source does (no 1960s name is sourced)', () => {
    const entry = text('/glossary/', 'term-fengqiao-jingyan');
    // Thirteenth review: the source (浙江在线, 法制日报) names today's 诸暨市 and gives no 1960s name, so the site writes 今.
    expect(entry).toContain('20世纪60年代初，枫桥（今浙江省诸暨市枫桥镇）干部群众创造了');
    expect(entry).not.toContain('20世纪60年代，浙江省诸暨市枫桥镇创造了');
  });

  it('no longer says 沈抚改革创新示范区 is co-built by the two cities', () => {
    const page = textOf(readPage('/explore/'));
    // Review 23: the two cities now rest on 辽宁省商务厅's English page; the location between them still on reposts only.
    expect(page).toContain('说它位于两市之间，本站只在转载页见到，未查到可靠来源');
    expect(page).not.toContain('两市共建');
    expect(page).not.toContain('沈抚改革创新示范区位于沈阳、抚顺两市之间，本站把它');
  });
});

describe('核查记录 (/reviews/, linked from /about/) reports the review', () => {
  it('gives its date, method and counts', () => {
    const about = textOf(readPage('/reviews/'));
    // /about/ keeps a short section that points to 核查记录, which holds each review's report.
    expect(text('/about/', 'review')).toBe('核查');
    expect(textOf(readPage('/about/'))).toContain('每一次的方法、复核和更正的数目，以及仍未查到的事项，见核查记录；');
    expect(text('/reviews/', 'review-2')).toBe('第二次核查');
    const aboutPage = textOf(readPage('/about/'));
    // Review 14: the 繁體 table does not say as a fact where 沈抚改革创新示范区 lies, which only reposts give.
    // Review 23: the name's two cities are sourced (辽宁省商务厅's English page, shown on /explore/), no longer 本站推断.
    expect(aboutPage).toContain('沈抚改革创新示范区的名称取自沈阳、抚顺两市（辽宁省商务厅的英文网页写作“Shenyang-Fushun”，来源见规划导览“沈阳”一项的本站注），“沈”是沈阳的简称，应与“瀋陽”同作“瀋”');
    expect(aboutPage).not.toContain('名称取自沈阳、抚顺两市（本站推断）');
    expect(aboutPage).not.toContain('是沈阳与抚顺之间的地区');
    // Nor, unsourced, what Taiwan's dictionary, laws or IP office write: the table's choices are labelled 本站的判断.
    expect(aboutPage).toContain('本站写作“夥伴”，取台湾常见的写法，这是本站的判断');
    expect(aboutPage).not.toMatch(/台湾标准字形|台湾智慧财产局写|台湾法规和政府公文作/);
    // Review 15: nor that 儘快 is Taiwan's common form or that Taiwan writes 核准; the choices say what they rest on.
    expect(aboutPage).not.toMatch(/台湾通行|台湾也写/);
    expect(aboutPage).toContain('全版统一为“儘快”，这是本站的判断。');
    expect(aboutPage).toContain('“经审查核准后”：OpenCC 先取词组“查核”，“准”便单字转成“準”；本站改作“核准”，与 OpenCC 单独转换“核准”一词时的写法相同。');
    // Review 20: the reasons say what OpenCC writes for these words (tests/unit/hant holds it), not that it always writes 徵 or knows only 沈阳.
    expect(aboutPage).toContain('OpenCC 把“新征程”写成“新徵程”（单独转换“征程”时它写“征程”）。');
    expect(aboutPage).toContain('OpenCC 把“沈阳”转成“瀋陽”，“沈抚”却照旧写“沈”。');
    expect(aboutPage).toContain('OpenCC 把“伙伴”写成“夥伴”，在“合作伙伴”这个词组里却保留“伙”。');
    expect(aboutPage + textOf(readPage('/zh-hant/about/'))).not.toMatch(/OpenCC 一律写|OpenCC 只认得|OpenCC 只在/);
    expect(about).toContain('2026年12月5日，本站对自己添加的事实作了第二次独立核查。');
    const counts = text('/reviews/', 'review-counts');
    expect(counts).toContain('复核：142条陈述');
    expect(counts).toContain('更正：13处');
    expect(counts).toContain('新增来源：5项');
    expect(counts).toContain('仍未查到：待查事项所列的105项');
  });

  it('reports the third review: its method, its counts, and that the three copies the second could not read were found', () => {
    expect(text('/reviews/', 'review-3')).toBe('第三次核查');
    const about = textOf(readPage('/reviews/'));
    expect(about).toContain('包括上次未能核对的北大法宝（pkulaw.com）、btxrmyy.cn和辽宁日报（北国网）三处，三处都找到了副本');
    const counts = text('/reviews/', 'review-counts-3');
    expect(counts).toContain('复核：147条陈述');
    expect(counts).toContain('更正：15处，其中4处改为注明“本站推断”');
    expect(counts).toContain('新增来源：0项，降级：0项');
    expect(counts).toContain('仍未查到：待查事项所列的105项，不变。');
  });

  it('counts as still unknown what /unknown/ lists', () => {
    const page = readPage('/unknown/');
    const items = findAll(page, (el) => el.tagName === 'li' && findAll(el, byTag('a')).length > 0).map(textOf);
    const docGaps = items.filter((t) => t.startsWith('《')).flatMap((t) => t.split('：')[1]!.split('、'));
    const commitments = findAll(one('/unknown/', 'gaps-commitments').parentNode as Element, byTag('li'));
    // 77 and 21 until the eleventh review sourced the high-value guidance (现状, 制定机关, and its commitment) and the standard's 文号;
    // 74 until the twelfth found the guidance's 印发日期 and the standard's 现状 and 施行日期.
    // 71 until the thirteenth named a standard's dates for its kind (发布日期, and no 通过日期).
    // 70 until the fourteenth: a plan, 纲要, 方案 or 意见 (form 文件, 14 entries) has a 通过日期 or 施行日期 only when it states one.
    // 42 until the fifteenth filed 《专利代理服务质量管理规范》 as a standard (发布日期 and 实施日期 for its 印发日期).
    // 43 until the eighteenth found 《民法典》's 公布日期 in the promulgation order on pkulaw.com (medium), already cited.
    expect(docGaps).toHaveLength(42);
    expect(items.some((t) => t.startsWith('《民法典》'))).toBe(false);
    expect(findAll(one('/unknown/', 'gaps-national').parentNode as Element, byTag('li'))).toHaveLength(1);
    expect(commitments).toHaveLength(20);
    // The 葫芦岛 centre's item names it alone: 大连保护中心, quoted with it until review 19, is sourced as built on /progress/.
    expect(commitments.map(textOf)).toContain('中国（葫芦岛）泳装快速维权中心');
    expect(commitments.map(textOf).filter((t) => t.includes('大连'))).toEqual([]);
    expect(textOf(page)).toContain('文号、发布日期：本站未查到');
  });
});

describe('fourth review (2026-12-05): the teaching kit and the rest, re-read', () => {
  const WORDING = '本条原文只见于转载网站，本站所讲的内容据此写成；立法机关或主要媒体刊载的本条原文，本站未查到';
  const WORDING_HANT = '本條原文只見於轉載網站，本站所講的內容據此寫成；立法機關或主要媒體刊載的本條原文，本站未查到';

  it('says beside each citation of 民法典第一百二十三条 and 著作权法第二十三条 that their words rest on mirrors, in both editions', () => {
    const words = textOf(readPage('/teach/words/'));
    expect(words).toContain(`《中华人民共和国民法典》第一百二十三条（核对于2026-12-05；${WORDING}）`);
    expect(textOf(readPage('/zh-hant/teach/words/'))).toContain(`《中華人民共和國民法典》第一百二十三條（核對於2026-12-05；${WORDING_HANT}）`);
    const senior = textOf(readPage('/teach/senior/'));
    expect(senior).toContain(`《中华人民共和国著作权法》第二十三条第一款（核对于2026-12-05；${WORDING}）`);
    expect(senior).not.toMatch(/第一百二十三条（核对于2026-12-05）/);
    // The other articles' substance stands in a medium-or-better source, but an older text of the law (review 16): the citation says which, and 本站推断.
    expect(senior).toContain('《中华人民共和国专利法》第四十二条（核对于2026-12-05；外观设计的十五年规定在修改后的第四十二条，条号本站只在转载页见到；发明、实用新型的年限和起算日，据国家知识产权局2006年刊载的当时施行的条文；2020年修改后这两项仍是这样，是本站推断）');
    // Review 19: no cited source gives 第四十二条's 第一款 (the 2006 CNIPA page prints the article as one paragraph), so the citation is 第四十二条.
    for (const route of ['/teach/junior/', '/teach/senior/', '/teach/quiz/junior/', '/teach/quiz/senior/', '/zh-hant/teach/senior/']) expect(textOf(readPage(route)), route).not.toMatch(/第四十二[条條]第一款/);
    expect(textOf(readPage('/teach/quiz/junior/'))).toContain(`《中华人民共和国民法典》第一百二十三条（https://pkulaw.com/en_law/aa00daaeb5a4fe4ebdfb.html，核对于2026-12-05；${WORDING}）`);
  });

  it('says it on the poster and in the open data too', () => {
    expect(textOf(readPage('/teach/poster/'))).toContain(`（《中华人民共和国民法典》第一百二十三条；${WORDING}）`);
    expect(textOf(readPage('/zh-hant/teach/poster/'))).toContain(`（《中華人民共和國民法典》第一百二十三條；${WORDING_HANT}）`);
    const quiz = JSON.parse(readFileSync(`${DIST}data/quiz.json`, 'utf8')) as { questions: Array<Record<string, string>> };
    expect(quiz.questions.find((q) => q.id === 'j02')!.source).toBe(`《中华人民共和国著作权法》第二十三条第一款（${WORDING}）`);
    expect(quiz.questions.find((q) => q.id === 'j01')!.source).toBe('《中华人民共和国专利法》第四十二条（外观设计的十五年规定在修改后的第四十二条，条号本站只在转载页见到；发明、实用新型的年限和起算日，据国家知识产权局2006年刊载的当时施行的条文；2020年修改后这两项仍是这样，是本站推断）');
  });

  it('lists the two articles\' words on /unknown/ as 本站未查到', () => {
    const section = text('/unknown/', 'gaps-law-words');
    expect(section).toBe('教学材料所引法律条文的原文');
    const page = textOf(readPage('/unknown/'));
    expect(page).toContain('《中华人民共和国民法典》第一百二十三条：本站未查到');
    expect(page).toContain('《中华人民共和国著作权法》第二十三条第一款：本站未查到');
    expect(textOf(readPage('/zh-hant/unknown/'))).toContain('《中華人民共和國民法典》第一百二十三條：本站未查到');
  });

  it('explains 高中组第8题 with 专利法第二条\'s words: colour only combined with shape or pattern', () => {
    for (const [route, right, wrong] of [
      ['/teach/quiz/senior/', '专利法第二条规定，对产品的形状、图案或者其结合以及色彩与形状、图案的结合作出的富有美感并适于工业应用的新设计是外观设计。', '对产品的图案、色彩等作出'],
      ['/zh-hant/teach/quiz/senior/', '專利法第二條規定，對產品的形狀、圖案或者其結合以及色彩與形狀、圖案的結合作出的富有美感並適於工業應用的新設計是外觀設計。', '對產品的圖案、色彩等作出'],
    ] as const) {
      const page = textOf(readPage(route));
      expect(page).toContain(right);
      expect(page).not.toContain(wrong);
    }
  });

  it('labels as 本站推断 that the national plan\'s baselines are 2020\'s, on /progress/ in both editions', () => {
    const page = textOf(readPage('/progress/'));
    // Review 13: the law blog's second-hand report is gone; the targets are Xinhua's, the 2020 value computed from SCIO's.
    expect(page).toContain('国家规划的2025年目标值据新华社的报道；国家规划指标表中的基数本站未查到：高价值发明专利一项并列的是国务院新闻办公室页面给出的全国2020年底数值（由本站计算），海外发明专利授权量一项的全国基数本站未查到。');
    expect(page).not.toContain('国家规划只给出2020年和2025年的数值');
    expect(textOf(readPage('/zh-hant/progress/'))).toContain('國家規劃的2025年目標值據新華社的報道；');
  });

  it('sources the national plan from 中国政府网 (medium since review 15: a repost of 新华社\'s wire), its quote as the stored copy has it', () => {
    const entry = text('/documents/', 'doc-national-14th-plan');
    expect(entry).toContain('中国政府网（繁体版，新华社电）2021-10-28 14:48 來源: 新華社 … 新華社北京10月28日電 國務院日前印發《“十四五”國家知識産權保護和運用規劃》可信度：中核对：2026-12-05');
    expect(entry).not.toContain('運用規劃》可信度：高');
    expect(hrefs(one('/documents/', 'doc-national-14th-plan'))).toContain('http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-10/28/content_5647335.htm');
  });

  it('gives 2024\'s 宣传周 theme from 中国新闻网辽宁频道 (medium), a year the week page left out', () => {
    const week = textOf(readPage('/teach/week/'));
    expect(week).toContain('2024年 “知识产权转化运用促进高质量发展” 中国新闻网辽宁频道（转载沈阳日报，2024-04-22）2024年全国知识产权宣传周辽宁地区活动在沈阳启动 … 今年宣传周的主题是“知识产权转化运用促进高质量发展”。可信度：中');
    expect(textOf(readPage('/zh-hant/teach/week/'))).toContain('2024年 “知識產權轉化運用促進高質量發展”');
  });

  it('reports the fourth review on /about/, with its counts, in both editions', () => {
    expectReviewReported(4, '第四次核查', [
      '复核：251条陈述（前三次核查的147条，加上教学材料的103条：11条法律事实、4个辽宁实例、12项宣传周和世界知识产权日的事实、66道题的解析、10个学生版术语；以及执行情况页“与国家规划并列”的1段说明）；其中247条无误',
      '更正：2处，其中1处改为注明“本站推断”',
      '改为注明“本站未查到”：2处',
      '新增来源：2项',
      '仍未查到：待查事项所列的107项（原有的105项，加上上述两条法律条文的原文）',
    ], [
      '複核：251條陳述',
      '改為註明“本站未查到”：2處',
      '仍未查到：待查事項所列的107項',
    ]);
  });
});

describe('fifth review (2026-12-05): the site\'s own prose, the checks, the statuses and the week', () => {
  it('says which years the week\'s dates come from, and that not every year\'s are these (2012: 20 to 27 April), in both editions', () => {
    // Review 14: the every-year reading, labelled 本站推断 here since the fifth review, is contradicted by CNIPA's English page on 2012 (20 to 27 April).
    expect(text('/teach/week/', 'week-dates')).toBe('下列来源写明，2020年、2021年、2023年和2025年的全国知识产权宣传周都在4月20日至4月26日举行，最后一天4月26日是世界知识产权日；并不是每年都在这几天：2012年的宣传周是4月20日至27日。');
    expect(text('/zh-hant/teach/week/', 'week-dates')).toContain('並不是每年都在這幾天：2012年的宣傳週是4月20日至27日。');
    const week = textOf(readPage('/teach/week/'));
    expect(week).not.toContain('全国知识产权宣传周每年4月20日至4月26日举行');
    expect(week).toContain('各位家长好！2020、2021、2023、2025年的全国知识产权宣传周都在4月20日至26日（今年的日期以当年通知为准），4月26日是世界知识产权日。');
    expect(week).not.toContain('每年4月20日至26日是全国知识产权宣传周');
  });

  it('says no more on /about/ than that the tiles are not a map', () => {
    const tiles = text('/about/', 'tile-grid');
    expect(tiles).toBe('规划导览中的城市用方块表示，按大致方位排列，不是地图：本站不绘制任何行政区划边界，只用等大的方块（方块图）表示本站列出的14个市（辽宁省的地级市共有几个，本站没有引用来源）。');
    // Review 15: how many prefecture-level cities Liaoning has is not sourced (only aggregators in the store); the tiles' label says what they are.
    // Review 20: the 词表 /about/ names (tags.json) has 7 cities, those the plan names; the 14 tiles are the site's own list (facets.ts).
    const explore = readFileSync(join(DIST, 'explore/index.html'), 'utf8');
    expect(explore).toContain('aria-label="本站列出的14个市（方块按大致方位排列，不是地图）"');
    expect(explore + text('/about/', 'tile-grid') + text('/zh-hant/about/', 'tile-grid')).not.toMatch(/词表所列的14个市|詞表所列的14個市/);
    expect(text('/zh-hant/about/', 'tile-grid')).toContain('本站列出的14個市');
    expect(textOf(readPage('/about/'))).not.toContain('表示14个地级市');
    // The over-wide rule is named only where the fifth review reports its removal.
    expect(textOf(readPage('/about/'))).not.toContain('须使用经审核批准的标准地图');
    expect(textOf(readPage('/reviews/')).split('须使用经审核批准的标准地图').length - 1).toBe(1);
    expect(text('/reviews/', 'review-counts-5')).toContain('须使用经审核批准的标准地图');
  });

  it('reports the fifth review on /about/, with its counts, in both editions', () => {
    expectReviewReported(5, '第五次核查', [
      '复核：140条陈述（核算页的27项核算、完成了吗的20个量化目标的状态、执行情况页的31项',
      '其中136条无误，无须改动',
      '更正：4处，其中2处改为注明“本站推断”',
      '新增来源：0项；改为注明“本站未查到”：0项',
      '仍未查到：待查事项所列的107项，不变。',
    ], [
      '複核：140條陳述',
      '更正：4處，其中2處改為註明“本站推斷”',
      '仍未查到：待查事項所列的107項，不變。',
    ]);
  });
});

describe('sixth review (2026-12-05): the glossary, the teaching kit, the handout and the newest prose', () => {
  it('labels as 本站推断 what the handout and the charts say 预期性 means, in both editions', () => {
    const handout = textOf(readPage('/handout/'));
    expect(handout).toContain('规划中这些指标的属性都是“预期性”；规划没有解释这一属性，理解为努力的方向、不是必须完成的硬任务，是本站推断。');
    expect(handout).not.toContain('规划中这些指标都是“预期性”的：是努力的方向，不是必须完成的硬任务。');
    expect(textOf(readPage('/zh-hant/handout/'))).toContain('規劃沒有解釋這一屬性，理解為努力的方向、不是必須完成的硬任務，是本站推斷。');
    const chart = text('/indicators/', 'chart-t2-figure');
    expect(chart).toContain('表2各项指标均为预期性指标；规划没有解释这一属性，理解为是预期、不具约束力，是本站推断。');
    expect(textOf(readPage('/indicators/'))).not.toContain('是预期，不具约束力。');
    expect(text('/zh-hant/indicators/', 'chart-t2-figure')).toContain('規劃沒有解釋這一屬性，理解為是預期、不具約束力，是本站推斷。');
  });

  it('gives the poster the week\'s dates as the week page does, in both editions', () => {
    const poster = textOf(readPage('/teach/poster/'));
    expect(poster).toContain('知识产权宣传周 · 2020、2021、2023、2025年都在4月20日—26日（当年日期以当年通知为准）');
    expect(poster).not.toContain('知识产权宣传周 · 4月20日—26日');
    expect(textOf(readPage('/zh-hant/teach/poster/'))).toContain('2020、2021、2023、2025年都在4月20日—26日（當年日期以當年通知為準）');
    const week = textOf(readPage('/teach/week/'));
    expect(week).toContain('最好放在当年全国知识产权宣传周期间（2020、2021、2023、2025年的宣传周都在4月20日至26日；当年的日期以当年通知为准）。');
    expect(week).not.toContain('最好放在4月20日至26日全国知识产权宣传周期间');
    expect(textOf(readPage('/zh-hant/teach/week/'))).toContain('最好放在當年全國知識產權宣傳週期間（2020、2021、2023、2025年的宣傳週都在4月20日至26日；當年的日期以當年通知為準）。');
  });

  it('sources the glossary\'s 局部外观设计 from 新华社 (甘肃日报), in both editions', () => {
    const entry = text('/glossary/', 'term-waiguan-sheji');
    expect(entry).toContain('定义中的“整体或者局部”是2020年修改专利法时加入的：据新华社报道，修改后的专利法“明确了给予局部外观设计专利保护”。');
    expect(entry).toContain('《中华人民共和国专利法》；新华社稿（甘肃日报2020年11月17日刊载）');
    expect(text('/zh-hant/glossary/', 'term-waiguan-sheji')).toContain('修改後的專利法“明確了給予局部外觀設計專利保護”');
  });

  it('labels the junior slide\'s 预期性 本站推断 and no longer says only a printed number shows a patent, in both editions', () => {
    const junior = textOf(readPage('/teach/junior/'));
    expect(junior).toContain('规划没有解释“预期性”这一属性，理解为规划希望达到的方向，是本站推断。');
    expect(textOf(readPage('/zh-hant/teach/junior/'))).toContain('理解為規劃希望達到的方向，是本站推斷。');
    const primary = textOf(readPage('/teach/primary/'));
    expect(primary).toContain('看一看有没有印专利号');
    expect(primary).not.toContain('印有专利号的，才说明有专利');
    expect(textOf(readPage('/zh-hant/teach/primary/'))).not.toContain('印有專利號的，才說明有專利');
  });

  it('quotes the week page\'s old words exactly in the fifth review', () => {
    const counts = text('/reviews/', 'review-counts-5');
    expect(counts).toContain('宣传周页说全国知识产权宣传周“每年4月20日至4月26日举行”');
    expect(counts).not.toContain('“每年4月20日至26日举行”');
  });

  it('reports the sixth review on /about/, with its counts, in both editions', () => {
    expect(textOf(readPage('/reviews/'))).toContain('抽取12条来源摘录（法律事实的7条、辽宁实例的5条）在本站保存的网页副本中重新检索、逐字比对，均与副本一致');
    expectReviewReported(6, '第六次核查', [
      '复核：282条陈述（术语表的73个条目；教学材料的163项',
      '新近添加的40处文字',
      '其中275条无误，无须改动',
      '更正：7处，其中3处改为注明“本站推断”',
      '新增来源：1项：甘肃日报所载新华社稿（2020年11月17日，可信度中）',
      '改为注明“本站未查到”：0项；仍未查到：待查事项所列的107项，不变。',
    ], [
      '複核：282條陳述',
      '更正：7處，其中3處改為註明“本站推斷”',
      '仍未查到：待查事項所列的107項，不變。',
    ]);
  });
});

describe('seventh review (2026-12-05): what the site said as fact without a source', () => {
  const counts7 = () => text('/reviews/', 'review-counts-7');
  it('gives the glossary the words of its sources, not unsourced generalisations, in both editions', () => {
    const valid = text('/glossary/', 'term-youxiao-zhuanli');
    expect(valid).toContain('规划表1中的“万人有效发明专利拥有量”，数的就是仍然有效的发明专利。');
    expect(valid).not.toContain('更能说明真实的创新成果');
    expect(text('/zh-hant/glossary/', 'term-youxiao-zhuanli')).toContain('數的就是仍然有效的發明專利。');
    const code = text('/glossary/', 'term-minfadian');
    expect(code).toContain('《中华人民共和国民法典》涉及人身、财产、合同、婚姻家庭等方方面面。');
    expect(code).not.toContain('第一部以“法典”命名');
    expect(text('/zh-hant/glossary/', 'term-minfadian')).not.toContain('第一部以“法典”命名');
    const dense = text('/glossary/', 'term-mijixing-chanye');
    expect(dense).toContain('国家统计局发布了这类产业的统计分类，把发明专利密集度和规模达到规定标准的产业列入其中，如信息通信技术、新材料、医药医疗等产业。');
    expect(dense).not.toContain('多得多');
    expect(text('/zh-hant/glossary/', 'term-mijixing-chanye')).toContain('把發明專利密集度和規模達到規定標準的產業列入其中');
    const scale = text('/glossary/', 'term-guimo-yishang');
    expect(scale).toContain('统计部门把收入达到一定规模的企业单独统计。');
    expect(scale).not.toContain('为了统计方便');
    const copyright = text('/glossary/', 'term-zhuzuoquan');
    // Review 14: the law does not say 不需要申请; the site infers it, and says so.
    expect(copyright).toContain('不论是否发表，都依照著作权法享有著作权；2020年修改著作权法后仍是这样，是本站推断。据此，著作权不需要申请（本站推断）。作者等著作权人可以办理作品登记。');
    expect(copyright).not.toContain('享有著作权，不需要申请；');
    expect(copyright).not.toContain('自动享有著作权');
    expect(copyright).not.toContain('方便证明');
    expect(text('/zh-hant/glossary/', 'term-zhuzuoquan')).toContain('不論是否發表，都依照著作權法享有著作權');
    expect(text('/zh-hant/glossary/', 'term-zhuzuoquan')).not.toContain('自動享有著作權');
  });

  it('says which rights\' term has ended for old poems, and drops 每年 from the junior summary, in both editions', () => {
    const word = text('/teach/words/', 'kid-zhishi-chanquan');
    expect(word).toContain('古诗这样很早以前的作品，作者去世早已超过五十年，著作权法为发表权和财产权规定的保护期早已结束。');
    expect(word).toContain('第二十三条');
    expect(text('/zh-hant/teach/words/', 'kid-zhishi-chanquan')).toContain('著作權法為發表權和財產權規定的保護期早已結束。');
    const junior = textOf(readPage('/teach/junior/'));
    expect(junior).toContain('规划希望全社会“尊重知识、崇尚创新、诚信守法”，知识产权宣传周也是我们参与的机会。');
    expect(junior).not.toContain('每年的知识产权宣传周');
    expect(textOf(readPage('/zh-hant/teach/junior/'))).not.toContain('每年的知識產權宣傳週');
    expect(junior).toContain('中国公民的作品不论是否发表都享有著作权；专利要经过批准');
    const senior = textOf(readPage('/teach/senior/'));
    expect(senior).toContain('中国公民的作品不论是否发表都享有著作权，自然人作品的发表权和财产权保护期为作者终生及其死亡后五十年');
    expect(senior).not.toMatch(/[^的]作品不论是否发表都享有著作权，自然人/);
    expect(textOf(readPage('/zh-hant/teach/senior/'))).toContain('中國公民的作品不論是否發表都享有著作權，自然人作品的發表權和財產權');
    expect(counts7()).toContain('初中和高中教案讲给学生的“作品不论是否发表都享有著作权”（2处）');
  });

  it('gives three quiz explanations only what the law or the plan says, in both editions', () => {
    const junior = textOf(readPage('/teach/quiz/junior/'));
    expect(junior).toContain('专利法第十一条规定，除专利法另有规定的以外，未经专利权人许可，任何单位或者个人都不得为生产经营目的实施其专利。');
    expect(junior).not.toContain('任何单位或者个人都不得实施其专利。');
    expect(junior).toContain('规划写明：落实侵权惩罚性赔偿制度安排，加大对恶意侵权重复侵权的惩戒力度。');
    expect(junior).not.toContain('让侵权者付出更大代价');
    const senior = textOf(readPage('/teach/quiz/senior/'));
    expect(senior).toContain('专栏2写明：推广对境外专利审查高速公路PPH的使用。');
    expect(senior).not.toContain('帮助企业加快海外专利布局');
    expect(textOf(readPage('/zh-hant/teach/quiz/junior/'))).toContain('都不得為生產經營目的實施其專利。');
    expect(textOf(readPage('/zh-hant/teach/quiz/senior/'))).not.toContain('幫助企業加快海外專利佈局');
    expect(counts7()).toContain('初中第16题说专利法第十一条规定任何单位或者个人“都不得实施其专利”');
  });

  it('reports the seventh review on /about/, with its counts, in both editions', () => {
    expectReviewReported(7, '第七次核查', [
      '复核：209条陈述（术语表的73个条目、学生版术语的10个词、3个教案的20个教学环节和35页课件、66道题的答案和解析、核算页的5条说明）；其中197条无误，无须改动；',
      '更正：12处，都是没有来源的概括、评价或目的',
      '新增来源：0项；改为注明“本站推断”：0项；改为注明“本站未查到”：0项；',
      '仍未查到：待查事项所列的107项，不变。',
    ], [
      '複核：209條陳述',
      '更正：12處',
      '仍未查到：待查事項所列的107項，不變。',
    ]);
  });
});

describe('eighth review (2026-12-06): what the site says about itself, and generalising words', () => {
  const about = () => textOf(readPage('/about/'));
  const aboutHant = () => textOf(readPage('/zh-hant/about/'));
  const glossary = (id: string, edition = '') => text(`${edition}/glossary/`, `term-${id}`);
  /** The paragraph of /about/ that holds these words (the review's own report quotes the old words). */
  const paragraph = (words: string, edition = '') => {
    const found = findAll(readPage(`${edition}/about/`), byTag('p')).map(textOf).find((t) => t.includes(words));
    if (!found) throw new Error(`no paragraph with ${words} on ${edition}/about/`);
    return found;
  };

  it('describes search as it now works: whole matches first, then words apart with what each lacks, and the site pages group', () => {
    const page = paragraph('搜索在规划原文中逐字查找');
    expect(page).not.toContain('结果只列出含有所搜词语的段落');
    expect(page).toContain('有段落含有全部所搜词语（几个词用空格分开）时，只列出这些段落，含得多、段落短的排在前面');
    expect(page).toContain('先略去“怎么办”“如何”“什么”这样的问句用语再找');
    expect(page).toContain('列出含有其中任何一个词的段落，含得多的排在前面');
    expect(page).toContain('每条结果下注明此段含有哪些词、缺少哪些词（“缺少：……”）、规划中没有哪个词（“规划中没有‘……’一词”）');
    expect(page).toContain('规划的结果下面另有一组“本站其他页面”，列出全文含有全部所搜词语的本站其他页面（术语、关联文件、核算、教师等），最多8个；按部分或类型筛选时不显示这一组。');
    const hant = paragraph('搜尋在規劃原文中逐字查找', '/zh-hant');
    expect(hant).not.toContain('結果只列出含有所搜詞語的段落');
    expect(hant).toContain('列出含有其中任何一個詞的段落');
    expect(hant).toContain('“本站其他頁面”');
  });

  it('describes the 分享 beside each block, the header\'s tools and the offline worker as they are, in both editions', () => {
    const page = [paragraph('每一段都有一个固定的地址'), paragraph('页首有“阅读设置”'), paragraph('在支持的浏览器中访问本站一次之后')].join('\n');
    expect(page).not.toContain('会出现“#”链接');
    expect(page).toContain('每一段、每个标题和每张表格旁的“分享”就是指向这个地址的链接');
    expect(page).not.toContain('每页顶部的“阅读设置”');
    // Since the tools' bar at the foot of a phone's screen (issue 25), they are no longer in 菜单.
    expect(page).toContain('页首有“阅读设置”“分享”“打印”等按钮（在宽度不到720像素的屏幕上，如手机，它们在屏幕底部的工具栏里；向下滚动阅读时工具栏暂时让开，向上滚动、回到页首或读到页尾时重新出现）。');
    expect(page).not.toContain('打开“菜单”后出现');
    expect(page).not.toContain('点段落旁的 # ');
    expect(page).not.toContain('每段的 # 菜单');
    expect(page).toContain('段落旁“分享”菜单中的“朗读本处”朗读该段');
    expect(page).toContain('段落旁的“分享”菜单可以复制该处的链接和引用（简式或 GB/T 7714—2025 格式）、显示该处的二维码、使用系统分享（浏览器支持时）；规划原文的段落还可以“复制摘录和链接”，或生成“分享图”');
    expect(page).not.toContain('总是先取最新的页面');
    expect(page).toContain('有网络时，本站先向网络取最新的页面；网络4秒内没有回应、而本机已保存该页时，先显示保存的版本，取到的新版本随后替换保存的版本。');
    expect(page).not.toContain('只保存正在阅读的页面');
    const notes = findAll(readPage('/about/'), byTag('li')).map(textOf).find((t) => t.startsWith('段落旁以“本站注”开头的编注'))!;
    expect(notes).toContain('原文疑似错字和标点问题、与正式名称不同的文件名、前后写法不一的名称和写法，全部列在核算页');
    expect(notes).not.toContain('前后写法不一的机构名');
    expect(page).toContain('打开了“节省流量”（Save-Data）的浏览器不在后台预先保存，只保存打开过的页面。');
    const hant = [paragraph('每一段都有一個固定的地址', '/zh-hant'), paragraph('頁首有“閱讀設定”', '/zh-hant'), paragraph('在支持的瀏覽器中訪問本站一次之後', '/zh-hant')].join('\n');
    expect(hant).toContain('每一段、每個標題和每張表格旁的“分享”就是指向這個地址的連結');
    expect(hant).toContain('段落旁“分享”選單中的“朗讀本處”朗讀該段');
    expect(hant).toContain('先顯示儲存的版本');
    expect(hant).not.toContain('點段落旁的 # ');
  });

  it('says the 分享图 drawn on a 繁體 page is Traditional, and that the site pages group finds a Simplified query in the edition\'s characters too', () => {
    const page = about();
    expect(page).toContain('以及网页链接预览所用的分享图片——仍为简体原文');
    expect(page).toContain('在繁体版页面上用“分享图”生成的图片，文字与该页一样是繁体。');
    // Since the 繁體 edition's site group asks a Simplified query in the edition's forms too (unfoldScript).
    expect(page).toContain('“本站其他页面”一组在繁体版中也可以输入简体字：用同一张对照表把输入写成繁体字形去查找，同时也按输入原样查找（如输入“地理标志”，也会找到“地理標誌”）；对照表里没有的字不转换，在简体版中则只按简体字查找。');
    expect(page).not.toContain('不作这种折合');
    const hant = aboutHant();
    expect(hant).toContain('在繁體版頁面上用“分享圖”生成的圖片，文字與該頁一樣是繁體。');
    expect(hant).toContain('“本站其他頁面”一組在繁體版中也可以輸入簡體字');
  });

  it('drops 主动公开 from /data/ and 通常算法 from /checks/, in both editions', () => {
    for (const edition of ['', '/zh-hant']) {
      expect(textOf(readPage(`${edition}/data/`))).not.toMatch(/主动公开|主動公開/);
      expect(textOf(readPage(`${edition}/checks/`))).not.toContain('通常算法');
    }
    expect(textOf(readPage('/data/'))).toContain('本站照录原文，不作改动。');
    expect(textOf(readPage('/checks/'))).toContain('有出入（1项） 按该项核算所写的算法，计算结果与原文的说法不同。');
    expect(textOf(readPage('/zh-hant/checks/'))).toContain('按該項核算所寫的算法，計算結果與原文的說法不同。');
  });

  it('gives the glossary the plan\'s or the law\'s words, not unsourced causes, motives and effects, in both editions', () => {
    const gone: Array<[string, string]> = [
      ['qiangzhu', '再高价卖回'], ['qiangzhu', '最好的办法'], ['zhiwu-keji-chengguo', '缺乏推动转化的动力'], ['zhiwu-keji-chengguo', '更多回报'],
      ['chengfaxing-peichang', '觉得划算'], ['chengfaxing-peichang', '付出更大代价'], ['zhongcai', '适合不愿意公开商业信息'],
      ['chenshui-zhuanli', '不少专利一直没有被用起来'], ['tisc', '通常设在'], ['zhishichanquan-zhengquanhua', '比较新的'],
      ['zhiwu-xinpinzhong', '往往要花很多年'], ['zhuanli-baoxian', '承担不起'], ['zhishichanquan-tuoguan', '往往没有专门管'],
      ['zhishichanquan-tuoguan', '专心做产品'], ['fengxian-buchang', '不太愿意'], ['fengxian-buchang', '更愿意放贷'],
      ['chanxueyan', '才能更快地走出实验室'], ['eyi-susong', '拖垮竞争对手'], ['yingshang-huanjing', '才敢投入研发'],
      ['da-baohu', '才能形成全方位的保护'], ['zhuanli-buju', '才不容易被别人的专利卡住'], ['zhiya-rongzi', '没有多少厂房'],
      ['zhuanli-zhuanrang', '是否真正被用起来'], ['youshi-qiye', '树立榜样'], ['weiquan-yuanzhu', '不知道被侵权后该怎么办'],
      ['kuaisu-weiquan-zhongxin', '流行期已经过了'], ['tong-baohu', '放心来投资'], ['kuai-baohu', '损失早已造成'],
      ['qia-bozi', '集中力量攻关'], ['zhengming-shangbiao', '很多地理标志'], ['yan-baohu', '付出更高的代价'],
      ['zhuanlichi', '降低了使用成本'], ['zhuanli-xuke', '通常收取使用费'], ['baohu-zhongxin', '大大缩短'], ['zhuzuoquan', '经过作者许可'],
      ['eyi-zhuce', '成百上千'], ['pph', '等很久'], ['yidai-yilu', '方便企业在这些国家获得保护'], ['jishu-diaochaguan', '不一定是这方面的专家'],
      ['xingzheng-zhifa', '有两条路'], ['qinquan-jiamao', '也保护了消费者'], ['renmin-tiaojie', '不用打官司就能解决'], ['xunhui-shenliting', '来回奔波'],
      ['qinquan-panding', '作出同样的判断'], ['zhishichanquan-qiangguo', '按照这一纲要来安排'], ['chuangxin-qudong', '过去经济增长'], ['chuangxin-qudong', '鼓励创新的重要制度'],
    ];
    for (const [id, words] of gone) expect(glossary(id), `${id}: ${words}`).not.toContain(words);
    expect(glossary('qiangzhu')).toContain('商标法规定，申请商标注册不得以不正当手段抢先注册他人已经使用并有一定影响的商标。');
    expect(glossary('zhongcai')).toContain('2025年修订前的仲裁法规定，仲裁不公开进行；当事人协议公开的，可以公开进行，但涉及国家秘密的除外。');
    // Seventeenth review: the law was revised in 2025 (司法部网站); what the entry says rests on the text before it.
    expect(glossary('zhongcai')).toContain('本条所讲的裁决终局、申请法院强制执行和不公开进行，都据修订前的仲裁法写成；据司法部网站，2025年9月12日全国人大常委会修订通过了仲裁法，修订后是否仍是这样，本站未查到。');
    expect(glossary('zhongcai')).toMatch(/修订通过《中华人民共和国仲裁法》。可信度：中/);
    expect(glossary('chanxueyan')).toContain('规划写道，“产学研有所脱节，高等学校、科研院所专利转化产业化比例偏低”');
    expect(glossary('chenshui-zhuanli')).toContain('并提出“鼓励和支持高等学校、科研院所将‘沉睡专利’向企业转移转化”。');
    expect(glossary('yingshang-huanjing')).toContain('规划提出“将知识产权保护绩效纳入各级党委和政府绩效考核评价体系和营商环境评价体系”。');
    expect(glossary('da-baohu')).toContain('规划提出“构建知识产权大保护工作格局”。');
    expect(glossary('qia-bozi')).toContain('规划提出“聚焦新材料、精细化工、高端装备制造、半导体芯片制造设备和工业基础软件等领域‘卡脖子’关键核心技术”，并“加强专利技术前瞻性布局”。');
    expect(glossary('zhuanli-zhuanrang')).toContain('规划表2把“专利转让”和“高等学校专利转让”的件数列为预期性指标。');
    expect(glossary('zhuanli-xuke')).toContain('使用的一方向专利权人支付专利使用费。');
    expect(glossary('xingzheng-zhifa')).toContain('保护知识产权，可以到法院打官司（司法保护），也可以请政府部门处理（行政保护）。');
    expect(glossary('yidai-yilu')).toContain('规划提出“落实‘一带一路’相关保护协议，推动辽宁企业利用专利、植物新品种审查结果共享机制”。');
    expect(glossary('renmin-tiaojie')).toContain('规划提出“推动设立知识产权纠纷人民调解组织”。');
    expect(glossary('qinquan-panding')).toContain('规划提出“贯彻专利、商标侵权判定标准”。');
    expect(glossary('zhishichanquan-qiangguo')).toContain('规划提出“认真贯彻实施促进知识产权工作的法律法规和《知识产权强国建设纲要（2021—2035）》《关于强化知识产权保护的意见》等政策文件精神”。');
    expect(glossary('chuangxin-qudong')).toContain('规划写道，“实施创新驱动发展战略，以科技为引领，实现新旧动能转换和推进高质量发展，将成为我国经济社会发展的主要特征”。');
    // Eleventh review: “一般要经过著作权人许可并支付报酬” had no source; the exception is now named and the summary labelled.
    expect(glossary('zhuzuoquan')).toContain('除著作权法规定可以不经许可的情形以外，要经著作权人许可（本站据著作权法概括）。');
    expect(glossary('zhuzuoquan')).not.toContain('一般要经过');
    // Each plan quote stands in the plan as the site prints it.
    const plan = ['/background/', '/general-requirements/', '/protection/', '/utilization/', '/implementation/'].map((r) => textOf(readPage(r))).join('\n');
    for (const quote of ['产学研有所脱节，高等学校、科研院所专利转化产业化比例偏低', '鼓励和支持高等学校、科研院所将“沉睡专利”向企业转移转化', '将知识产权保护绩效纳入各级党委和政府绩效考核评价体系和营商环境评价体系', '构建知识产权大保护工作格局', '聚焦新材料、精细化工、高端装备制造、半导体芯片制造设备和工业基础软件等领域“卡脖子”关键核心技术', '加强专利技术前瞻性布局', '落实“一带一路”相关保护协议，推动辽宁企业利用专利、植物新品种审查结果共享机制', '推动设立知识产权纠纷人民调解组织', '贯彻专利、商标侵权判定标准', '认真贯彻实施促进知识产权工作的法律法规和《知识产权强国建设纲要（2021—2035）》《关于强化知识产权保护的意见》等政策文件精神', '实施创新驱动发展战略，以科技为引领，实现新旧动能转换和推进高质量发展，将成为我国经济社会发展的主要特征']) {
      expect(plan, quote).toContain(quote);
    }
    expect(glossary('zhongcai', '/zh-hant')).toContain('仲裁法規定，仲裁不公開進行；當事人協議公開的，可以公開進行，但涉及國家秘密的除外。');
    expect(glossary('zhuanli-zhuanrang', '/zh-hant')).toContain('規劃表2把“專利轉讓”和“高等學校專利轉讓”的件數列為預期性指標。');
    expect(glossary('fengxian-buchang', '/zh-hant')).not.toContain('不太願意');
    expect(glossary('qiangzhu', '/zh-hant')).not.toContain('最好的辦法');
  });

  it('gives quiz p18 专利法第十一条 in full, as j16 has it, and j11, s04 only what the plan writes, in both editions', () => {
    const full = '专利法第十一条规定，除专利法另有规定的以外，未经专利权人许可，任何单位或者个人都不得为生产经营目的实施其专利。';
    expect(textOf(readPage('/teach/quiz/primary/'))).toContain(full);
    expect(textOf(readPage('/teach/quiz/primary/'))).not.toContain('都不得以生产经营为目的实施其专利');
    expect(textOf(readPage('/zh-hant/teach/quiz/primary/'))).toContain('除專利法另有規定的以外，未經專利權人許可，任何單位或者個人都不得為生產經營目的實施其專利。');
    const junior = textOf(readPage('/teach/quiz/junior/'));
    expect(junior).toContain('规划写明“完善知识产权仲裁、调解和公证工作机制”；“私下报复”不在其中。');
    expect(junior).not.toContain('私下报复不是解决纠纷的正当办法');
    const senior = textOf(readPage('/teach/quiz/senior/'));
    expect(senior).toContain('规划写明“以中国国际专利技术与产品交易会为一张名牌”；另两个展会，规划写的是要“参加”。');
    expect(senior).not.toContain('另两个是辽宁参加的展会');
    expect(textOf(readPage('/zh-hant/teach/quiz/junior/'))).not.toContain('私下報復不是解決糾紛的正當辦法');
    expect(textOf(readPage('/zh-hant/teach/quiz/senior/'))).toContain('另兩個展會，規劃寫的是要“參加”。');
  });

  it('quotes the 盘锦 page for the mark and the standard the 盘锦大米 example names, in the quiz data', () => {
    const quiz = JSON.parse(readFileSync(join(DIST, 'data/quiz.json'), 'utf8')) as { questions: Array<{ id: string; source_quote: string }> };
    expect(quiz.questions.find((q) => q.id === 'p06')!.source_quote).toBe(
      '盘锦大米地理标志产品保护范围面积为4017km2……四、获批企业可在其产品外包装上使用地理标志产品专用标志。……广大加工销售企业在生产加工盘锦大米时,请严格执行盘锦大米GB/T18824-2008标准。',
    );
  });

  it('reports the eighth review on /about/, with its counts, in both editions', () => {
    expectReviewReported(8, '第八次核查', [
      '复核：229条陈述（关于本站说明网站功能和来源的44句；其他页面说明本站的32句',
      '核算页的27项核算，按规划中的数字逐项重算',
      '其中174条无误，无须改动；',
      '更正：55处。本站对自己的说明11处',
      '术语表41个条目',
      '小学组第18题的解析说专利法规定任何单位或者个人“都不得以生产经营为目的实施其专利”',
      '新增来源：0项；补上原话摘录：1处：盘锦大米的实例',
      '改为注明“本站推断”：0项；改为注明“本站未查到”：0项；十个术语条目现在以规划原文为据；',
      '仍未查到：待查事项所列的107项，不变。',
    ], [
      '複核：229條陳述',
      '更正：55處',
      '仍未查到：待查事項所列的107項，不變。',
    ]);
    expect(textOf(readPage('/reviews/'))).toContain('2026年12月6日，本站作了第八次独立核查，不以前七次的结论为准');
    expect(text('/zh-hant/about/', 'review')).toBe('核查');
    expect(text('/zh-hant/reviews/', 'review-8')).toBe('第八次核查');
  });

  /**
   * Words that state a generalisation, a cause or an effect: in the site's own prose each must rest on its source.
   * Quotations (“…”) are the sources' or the plan's words and are not read; the stored quotes (quote, words) neither.
   */
  const GENERALISING = /往往|通常|总是|从不|从来|唯一|一律|大大|多得多|才敢|更愿意|第一部(?!分)/g;
  /** Each place reviewed (review 8), with why it stands. */
  const REVIEWED: Record<string, string> = {
    'src/content/teach/examples.json: 其中中国专利银奖1项，是辽宁省唯一的银奖': 'its source, ln.cri.cn (medium), says “中国专利银奖1项(辽宁省唯一银奖)”',
    'src/pages/documents.astro: 找不到可靠来源的一律写': 'the page\'s rule: a field with no source is rendered 本站未查到 by Fact.astro',
    'src/pages/unknown.astro: 本站还没有找到可靠公开来源的内容，页面上一律写作': 'the page\'s rule: it lists only what the pages write as 本站未查到 or 未核实',
  };
  const SKIPPED_KEYS = new Set(['quote', 'words', 'url', 'quotes']);

  it('finds no generalising word in the site\'s own prose outside the reviewed places', () => {
    const filesIn = (dir: string, ends: string[]) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => ends.some((e) => f.endsWith(e))).map((f) => join(dir, f));
    const files = [
      ...['glossary', 'teach', 'documents', 'context', 'explorer', 'hant'].flatMap((d) => filesIn(`src/content/${d}`, ['.json'])),
      ...['src/pages', 'src/components', 'src/layouts', 'src/lib', 'src/client'].flatMap((d) => filesIn(d, ['.astro', '.ts'])),
    ];
    const strings = (value: unknown, out: string[]): string[] => {
      if (typeof value === 'string') out.push(value);
      else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(k)) strings(v, out);
      return out;
    };
    const found: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const prose of file.endsWith('.json') ? strings(JSON.parse(source), []) : [source]) {
        const bare = prose.replace(/“[^”]*”/g, '“”');
        for (const m of bare.matchAll(GENERALISING)) {
          const around = bare.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10);
          if (!Object.keys(REVIEWED).some((key) => key.startsWith(`${file}: `) && around.includes(key.slice(file.length + 2)))) found.push(`${file}: …${around}`);
        }
      }
    }
    expect(found).toEqual([]);
    expect(files.length).toBeGreaterThan(100);
  });
});

describe('ninth review (2026-12-06): the sourced data, every quote held to its stored copy', () => {
  it('says the Open SDG quote reads four table rows across with the site\'s “;”, in both editions', () => {
    const page = textOf(readPage('/progress/'));
    expect(page).toContain('R < 0% Deterioration可信度：高核对：2026-12-06该页此处为表格（比值一列、类别一列）；本站把其中四行逐行连写，每行两格之间用空格，行与行之间的“;”为本站所加，表中“Target achieved”一行未摘录。');
    expect(page).not.toContain('Deterioration可信度：高核对：2026-11-26');
    expect(textOf(readPage('/zh-hant/progress/'))).toContain('行與行之間的“;”為本站所加，表中“Target achieved”一行未摘錄。');
  });

  it('labels as 本站推断 that the provincial protection centre is built, in both editions', () => {
    const entry = text('/progress/', 'commitment-provincial-protection-centre');
    expect(entry).toMatch(/现状：\s*已建成/);
    expect(entry).toContain('该页写到“省知识产权保护中心相关同志”参加朝阳分中心的验收，没有写省中心何时建成；据此记作已建成，是本站推断。建成日期本站未查到。');
    expect(entry).not.toContain('已在运行并设有朝阳分中心');
    expect(text('/zh-hant/progress/', 'commitment-provincial-protection-centre')).toContain('據此記作已建成，是本站推斷。');
  });

  it('no longer guesses on /checks/ why 表1第3行 rose from 0.08 to 2.195, in both editions', () => {
    const checks = textOf(readPage('/checks/'));
    expect(checks).toContain('约为2015年的27倍（本站计算）。这样大的升幅是否反映了该指标统计方法或口径的变化，规划没有说明，本站无法核实。');
    expect(checks).not.toContain('可能反映了该指标');
    expect(textOf(readPage('/zh-hant/checks/'))).toContain('這樣大的升幅是否反映了該指標統計方法或口徑的變化，規劃沒有說明，本站無法核實。');
  });

  it('says what the 施行日期 read from “2021101日” rests on, in both editions', () => {
    const entry = text('/documents/', 'doc-ip-protection-regulation');
    expect(entry).toMatch(/施行日期\s*2021-10-01/);
    expect(entry).toContain('于2021101日起实施可信度：中核对：2026-11-26此副本中日期的“年”“月”二字缺失，原样照录；“2021101日”读作2021年10月1日，依据是同页标题“《辽宁省知识产权保护条例》10月1日起实施”。');
    expect(text('/zh-hant/documents/', 'doc-ip-protection-regulation')).toContain('依據是同頁標題“《遼寧省知識產權保護條例》10月1日起實施”。');
  });

  it('reports the ninth review on /about/, with its counts, in both editions', () => {
    expect(textOf(readPage('/reviews/'))).toContain('找到的副本原文记入src/content/context/stored-copies.json，并新增一项单元测试，此后任何一条摘录与副本不符，测试即失败');
    expectReviewReported(9, '第九次核查', [
      '复核：225条陈述（74个网页的92条来源摘录；关联文件的45项事实、规划记录的2项事实、7个公开数值；执行情况的25项承诺状态、完成了吗的20个目标状态、表2五项指标的进度状态；核算页的27项核算、与国家规划并列的2项年均增长）；其中215条无误，无须改动；',
      '摘录比对：92条中86条在保存的副本中逐字找到',
      '其余6条（5个网页，都是教学材料中法律事实的来源：法律条文的转载页和英文说明）这次没有在保存的副本中检索到，未作改动',
      '更正：4处，其中1处改为注明“本站推断”',
      '新增来源：0项；改为注明“本站未查到”：0项；',
      '仍未查到：待查事项所列的107项，不变。',
    ], [
      '複核：225條陳述',
      '更正：4處，其中1處改為註明“本站推斷”',
      '仍未查到：待查事項所列的107項，不變。',
    ]);
  });
});

describe('tenth review (2026-12-06): the glossary\'s sources, and reviews 8 and 9 re-checked', () => {
  // The eleventh review sourced 21 of the 45, leaving 24; the twelfth sourced 著作权 (China Daily), leaving 23; the thirteenth
  // dropped 知识产权密集型产业's only source, a repost, making 24 again (and 48 found in part).
  it('lists on /unknown/ each of the 16 glossary entries whose source words are 本站未查到, and the 52 found in part, linked to their entries, in both editions', () => {
    // And, since the eleventh, the 49 (48 before the twelfth) whose source words were found in part (an entry quoting only the plan has
    // its definition's source still to find): 72 in all until the eighteenth review sourced 世界知识产权组织's treaties (71).
    // Twentieth review: 中国专利奖's one-line gloss sourced on CNIPA's page, its only unfound item (71 → 70; 52 → 51 in part).
    // Twenty-second review: PPH, 惩罚性赔偿 and 知识产权密集型产业 found sources (19 → 16 with none, into the part found), 马德里's and 国家知识产权局's unfound sourced on wipo.int and CNIPA's English site (out): 70 → 68; 51 → 52 in part.
    expect(text('/unknown/', 'gaps-glossary')).toBe('术语表的出处原文（68条）');
    // Fifteenth review: 商标注册, 民法典, 专利转让 and 专利许可 each found a source (24 → 20 with none, 48 → 52 in part).
    // Seventeenth review: 仲裁 cites 司法部网站 for the 2025 revision, the rest of it still unfound (20 → 19 with none, 52 → 53 in part).
    expect(text('/unknown/', 'gaps-glossary-none')).toBe('没有查到出处原文的（16条）');
    // Eighteenth review: 世界知识产权组织's twenty-odd treaties found on wipo.int, its only unfound item (53 → 52 in part).
    expect(text('/unknown/', 'gaps-glossary-part')).toBe('部分出处原文未查到的（52条）');
    const section = one('/unknown/', 'gaps-glossary').parentNode as Element;
    const [none, part] = findAll(section, byTag('ul')).map((list) => findAll(list, byTag('li')).map(textOf));
    expect(part).toHaveLength(52);
    expect(part!.some((t) => t.startsWith('国家知识产权局'))).toBe(false);
    expect(part!.some((t) => t.startsWith('世界知识产权组织'))).toBe(false);
    expect(part).toContain('仲裁：仲裁法关于裁决终局、申请法院强制执行和仲裁不公开进行的条文原文（2025年修订前和修订后），本站未查到。');
    expect(part).toContain('民法典：本条释义中“规定公民和组织民事权利的基本法律”的出处；民法典第一百二十三条（民事主体依法享有知识产权）的原文，本站只在转载网站见到；民法典涉及人身、财产、合同、婚姻家庭等方面，以及专利法、商标法等专门法律再作具体规定，这两点的出处。');
    expect(part).toContain('特殊标志：国务院或国家知识产权局网页上的《特殊标志管理条例》原文，以及条例此后是否修改。');
    expect(part!.some((t) => t.startsWith('中国专利奖'))).toBe(false);
    expect(part).toContain('一带一路：倡议的提出时间和内容在发布机关网页上的原文（上面的出处是媒体的文章和词条）。');
    expect(part).toContain('“卡脖子”：本条释义（第一句的解释）的出处；下面的说法只以规划原文为据。');
    const items = none!;
    expect(items).toHaveLength(16);
    expect(items.some((t) => t.startsWith('惩罚性赔偿'))).toBe(false);
    expect(items.some((t) => t.startsWith('PPH'))).toBe(false);
    expect(part).toContain('PPH：国家知识产权局网页上对PPH的说明（本站只在律师事务所网页的转述中见到）。');
    expect(part!.some((t) => t.startsWith('马德里商标国际注册'))).toBe(false);
    expect(items.some((t) => t.startsWith('仲裁'))).toBe(false);
    expect(items.some((t) => ['商标注册', '民法典', '专利转让', '专利许可'].some((term) => t.startsWith(term)))).toBe(false);
    expect(items.some((t) => t.startsWith('知识产权密集型产业'))).toBe(false);
    expect(part!.some((t) => t.startsWith('知识产权密集型产业：分类的实施日期（2019年4月1日）'))).toBe(true);
    expect(items.some((t) => t.startsWith('著作权'))).toBe(false);
    expect(items.some((t) => t.startsWith('特殊标志'))).toBe(false);
    // Fifteenth review: the reposts in the store list all five kinds, not some of them.
    expect(items).toContain('高价值专利：国家知识产权局把哪五类有效发明专利算作高价值发明专利，发布机关的原文本站未查到；本站只在转载网站上见到这一说法，转载页列出了全部五类。');
    expect(items).toContain('有效专利');
    expect(items.some((t) => t.startsWith('发明专利'))).toBe(false);
    expect(text('/zh-hant/unknown/', 'gaps-glossary')).toBe('術語表的出處原文（68條）');
    expect(text('/zh-hant/unknown/', 'gaps-glossary-none')).toBe('沒有查到出處原文的（16條）');
  });

  const entry = (edition: string, id: string) => text(`${edition}/glossary/`, `term-${id}`);

  it('gives 集成电路布图设计 the terms of the regulation\'s 第十二条, not “一般为10年”, and says its words rest on reposts, in both editions', () => {
    const hans = entry('', 'jichengdianlu-butu-sheji');
    expect(hans).toContain('布图设计专有权的保护期为10年，从登记申请之日或者在世界任何地方首次投入商业利用之日起算，以较早的一天为准；不论是否登记或者投入商业利用，布图设计自创作完成之日起15年后，不再受条例保护。');
    expect(hans).toContain('出处原文：本站未查到。条例第八条（登记）、第十二条（保护期）和关于复制及其例外的条文原文，本站只在转载网站见到');
    expect(hans).not.toContain('一般为10年');
    expect(entry('/zh-hant', 'jichengdianlu-butu-sheji')).toContain('布圖設計專有權的保護期為10年，從登記申請之日或者在世界任何地方首次投入商業利用之日起算');
  });

  it('drops what no source says from 地理标志, words 知识产权密集型产业 as the classification does, and labels 强省\'s and 运营\'s glosses 本站推断, in both editions', () => {
    expect(entry('', 'dili-biaozhi')).not.toContain('只有真正来自这个地方');
    expect(entry('/zh-hant', 'dili-biaozhi')).not.toContain('只有真正來自這個地方');
    expect(entry('', 'mijixing-chanye')).toContain('发明专利密集度和规模达到规定标准、依靠知识产权参与市场竞争的产业。');
    expect(entry('', 'mijixing-chanye')).not.toContain('知识产权对发展贡献大');
    expect(entry('/zh-hant', 'mijixing-chanye')).toContain('依靠知識產權參與市場競爭的產業。');
    expect(entry('', 'zhishichanquan-qiangsheng')).toContain('这是知识产权强国目标在省一级的落实（本站推断）。');
    expect(entry('/zh-hant', 'zhishichanquan-qiangsheng')).toContain('（本站推斷）');
    expect(entry('', 'zhishichanquan-yunying')).toContain('规划中的“知识产权运营服务体系”，指的是帮助做这些事的平台和机构（本站推断）。');
    expect(entry('', 'zhishichanquan-yunying')).not.toContain('就是帮助做这些事的平台和机构');
  });

  it('quotes the plan\'s official page for the entries that cite the plan, and CNIPA for 发明专利\'s twenty years', () => {
    const plan = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';
    const linksOf = (id: string) => hrefs(one('/glossary/', `term-${id}`)).filter((h) => h?.startsWith('http'));
    expect(linksOf('da-baohu')).toEqual([plan]);
    expect(entry('', 'da-baohu')).toContain('构建知识产权大保护工作格局可信度：高核对：2026-12-06');
    expect(linksOf('faming-zhuanli')[0]).toBe('https://www.cnipa.gov.cn/art/2006/8/18/art_1278_48761.html');
  });

  it('says the 盘锦 page asks firms to follow GB/T18824-2008, not that the rice is a 国家标准 product (the example\'s data; no page prints its plain words)', () => {
    const examples = JSON.parse(readFileSync('src/content/teach/examples.json', 'utf8')) as Array<{ id: string; plain: string }>;
    const panjin = examples.find((e) => e.id === 'panjin-rice')!.plain;
    expect(panjin).toContain('盘锦市市场监督管理局请加工销售企业严格执行盘锦大米GB/T18824-2008标准；获批企业可以在产品外包装上使用地理标志产品专用标志。');
    expect(panjin).not.toContain('执行国家标准');
  });

  it('reports the tenth review on /about/, with its counts, in both editions', () => {
    expect(textOf(readPage('/reviews/'))).toContain('只见于转载网站的，不作为来源，写明“本站未查到”。');
    expectReviewReported(10, '第十次核查', [
      '复核：52条（术语表37个条目的释义、解释和出处',
      '第八次核查的更正中不在这37个条目里的11处',
      '其中46条无误，无须改动；',
      '更正：6处，其中2处改为注明“本站推断”',
      '新增来源：术语表28个条目新增41条原话摘录（可信度高的33条、中的8条）',
      '现在73个条目中有28个附有出处原话，其中22个只以规划原文为据，只支持条目中转述规划的部分；',
      '新写明“本站未查到”：34个条目',
      '其余45个条目下写明“出处原文：本站未查到”；',
      '仍未查到：待查事项所列的107项，不变；术语表45个条目的出处原文',
    ], [
      '複核：52條',
      '更正：6處，其中2處改為註明“本站推斷”',
      '現在73個條目中有28個附有出處原話',
      '仍未查到：待查事項所列的107項，不變；',
    ]);
  });
});

describe('eleventh review (2026-12-06): every added statement, in three parts', () => {
  it('reports the eleventh review on /about/, with its counts, in both editions', () => {
    expectReviewReported(11, '第十一次核查', [
      '复核：622条陈述',
      '41条无误；38条改写（术语表31个条目、学生版术语7个词）',
      // Corrected by review 12: the git history has 11 entries newly sourced from an issuer's page or a major outlet and 10 from the plan's words.
      '11个新找到发布机关网页或主要媒体上的原话，10个改为以规划原文为据（释义的出处仍未查到），24个仍只见于转载网站；共新增14个网页的43条原话摘录，术语表现在共有84条；',
      '（第2题写中国公民的作品，第16题写中国公民、法人或者非法人组织的作品）',
      '高中第20题改为规划原话（与全国先进省份相比，仍然存在较大差距）',
      '7道题改为链接写有所讲内容的来源页（其中小学组第11题也在29处改写之中）',
      '教学材料：178条无误；29处改写',
      '15处有误或没有依据，改动17处',
      '仍未查到：待查事项所列的103项（关联文件的74个空项、20项未核实的承诺和其他9项），以及术语表72个条目的出处原文：24个一条原话也没有查到，48个只查到一部分。',
    ], [
      '複核：622條陳述',
      '仍未查到：待查事項所列的103項',
    ]);
  });
});

describe('twelfth review (2026-12-06): the data part', () => {
  it('sources /about/\'s word on GB/T 15834—2011 (W3C\'s partial translation), and labels the 浪纹线 本站推断', () => {
    const about = textOf(readPage('/about/'));
    expect(about).not.toContain('中文公文按国家标准《标点符号用法》（GB/T 15834—2011）使用全角标点');
    // Review 15: a partial translation is an excerpt, low by the site's rule, so the standard's words are 本站未查到 and the rule is given as the translation's.
    expect(about).not.toContain('第5部分规定，横排文稿中');
    expect(about).toContain('国家标准《标点符号用法》（GB/T 15834—2011）第5部分对标点位置的规定，本站只见到万维网联盟（W3C）中文网站的英文节译（来源见本段之后；节译可信度低），标准的中文原文本站未查到；据这份节译，横排文稿中的逗号、分号、冒号和圆括号各占一个字的位置，即全角。');
    expect(about).toContain('恢复的依据是上面所说的转换痕迹，以及国家标准的上述规定（只见于节译）。');
    // Review 15: 。 and 、 have halfwidth forms (U+FF61, U+FF64); the page says what the received text shows, and that the conversion is inferred.
    expect(about).not.toContain('没有半角形式');
    expect(about).toContain('本站据以制作的规划文本经过了一次“全角转半角”的转换（本站推断）：');
    expect(about).toContain('句号、顿号和书名号仍是中文符号，引号除一处外（见核算页的编注）也是。');
    expect(about).toContain('该标准对连接号的规定，本站未查到可引用的原文，这样写是本站推断');
    const source = one('/about/', 'punctuation-source');
    expect(textOf(source)).toContain('carry one em space');
    expect(textOf(source)).toContain('可信度：低');
    expect(hrefs(source)).toEqual(['https://w3.org/zh-hans/news/2013/translation-of-gb-t-15834-2011-part-5']);
  });

  it('gives the outline\'s official title a page besides the reposts: ipwq.cn (中国知识产权报), the dash as stored', () => {
    const outline = text('/documents/', 'doc-ip-power-outline');
    expect(outline).toContain('中国知识产权维权援助线上服务平台（ipwq.cn，转载中国知识产权报，2022-04-11）《地方工作要点》各项任务举措围绕全面贯彻落实《知识产权强国建设纲要(2021\u25002035年)》和《“十四五”国家知识产权保护和运用规划》可信度：中');
    expect(hrefs(one('/documents/', 'doc-national-14th-plan'))).toContain('http://www.ipwq.cn/ipwqnew/show-4443.html');
  });
});

describe('twelfth review (2026-12-06): review 11 re-checked, its own corrections above all', () => {
  it('reports the twelfth review on /about/, with its counts, in both editions', () => {
    expectReviewReported(12, '第十二次核查', [
      '其中62个条目和10个词无误；11个条目中12句有误，已改正：5句不在第十一次核查改动之列',
      '7句是第十一次核查自己的改写',
      '42条在副本中重新找到、与副本一致，浙江在线关于枫桥经验的1条这次没有重新找到',
      '教学材料：复核239条陈述，219条无误；改动20处（19处有误或没有依据，1处为前后一致），其中18处不在第十一次核查改动之列',
      '有误或没有依据8处，已改正',
      '仍未查到：待查事项所列的100项（关联文件的71个空项、20项未核实的承诺和其他9项），以及术语表72个条目的出处原文（23个一条原话也没有查到，49个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的100項',
    ]);
  });
});

describe('thirteenth review (2026-12-06): reviews 11 and 12 re-checked', () => {
  it('reports the thirteenth review on /about/, with its counts, in both editions', () => {
    expectReviewReported(13, '第十三次核查', [
      '55个条目和10个词无误；18个条目中23句有误或没有依据，已改正：16句（13个条目）不在前两次核查改动之列',
      '7句（5个条目）是前两次核查的改写',
      '教学材料：复核239条陈述，226条无误；13处有误、没有依据或缺少标注，其中12处不在前两次核查改动之列',
      '有误或没有依据5处，都不在前两次核查改动之列',
      '仍未查到：待查事项所列的100项（关联文件的70个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表72个条目的出处原文（24个一条原话也没有查到，48个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的100項',
    ]);
  });

  it('reports the fourteenth review on 核查记录, with its counts, in both editions, and lists every review at the top', () => {
    expectReviewReported(14, '第十四次核查', [
      '68个条目和10个词无误；5个条目有误或缺少来源、标注，已改正：4处不在前几次核查改动之列',
      '1处是第十三次核查的改写：知识产权强国条',
      '教学材料：复核239条陈述，235条无误；4条陈述有误或缺少来源，归为3处',
      '而国家知识产权局英文网站写明2012年的宣传周是4月20日至27日',
      '17处缺少标注或没有依据，归为8项，都不在前几次核查改动之列',
      '待查事项由100项减为72项',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表72个条目的出处原文（24个一条原话也没有查到，48个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
    // The index at the top names each review and leads to its section.
    const index = findAll(readPage('/reviews/'), (el) => el.tagName === 'nav' && attr(el, 'aria-label') === '各次核查')[0]!;
    const links = findAll(index, byTag('a'));
    expect(links.map(textOf)).toEqual(['第二次', '第三次', '第四次', '第五次', '第六次', '第七次', '第八次', '第九次', '第十次', '第十一次', '第十二次', '第十三次', '第十四次', '第十五次', '第十六次', '第十七次', '第十八次', '第十九次', '第二十次', '第二十一次', '第二十二次', '第二十三次', '第二十四次', '第二十五次', '第二十六次']);
    for (const link of links) expect(text('/reviews/', attr(link, 'href')!.slice(1))).toBe(`${textOf(link)}核查`);
  });

  it('reports the fifteenth review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(15, '第十五次核查', [
      '60个条目无误；7个条目中8处有误或缺少来源，已改正，其中7处不在前几次核查改动之列',
      '教学材料：复核243条陈述，232条无误；11处有误或没有依据，已改正，其中8处不在前几次核查改动之列',
      '按上述可信度规则，术语表的10条来源、教学材料的9条来源由高改为中',
      '约320条无误；13处有误、没有依据或缺少标注，已改正，其中11处不在前几次核查改动之列',
      '关联文件和核算页的9处来源由高改为中',
      '待查事项由72项变为73项',
      '仍未查到：待查事项所列的73项（关联文件的43个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表72个条目的出处原文（20个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的73項',
    ]);
    // Earlier reports keep what they found, with a note where a later rule changed a label.
    expect(text('/reviews/', 'review-counts-4')).toContain('增加了可信度为高的来源（第十五次核查起，其他网站转载的新华社电可信度为中）');
    expect(text('/reviews/', 'review-counts-12')).toContain('第十五次核查查明它是节译，按本站的规则可信度为低');
  });

  it('reports the sixteenth review on 核查记录, with its counts, in both editions, and corrects the figures of 14 and 15', () => {
    expectReviewReported(16, '第十六次核查', [
      '67个条目无误；按上述规则，2个条目和5个学生版术语词中的8句补上所据的条文和“本站推断”',
      '教学材料：复核243条陈述，225条无误；18处缺少所据条文或“本站推断”、没有依据，已改正，其中12处不在前几次核查改动之列',
      '没有查到有误的事实、没有依据的说法或缺少标注的推断；16处来源的可信度标得过高，归为6项，已由高改为中',
      '新写作本站未查到的2项：修改后的专利法的施行日期，以及2020年修改后第四十二条关于发明、实用新型的条文原文',
      '仍未查到：待查事项所列的73项，不变',
    ], [
      '仍未查到：待查事項所列的73項，不變',
    ]);
    expect(text('/reviews/', 'review-counts-14')).toContain('教学材料：复核239条陈述，235条无误；4条陈述有误或缺少来源，归为3处');
    const fifteen = text('/reviews/', 'review-counts-15');
    expect(fifteen).toContain('而Unicode有这两个符号的半角形式（U+FF61、U+FF64）');
    expect(fifteen).not.toContain('半角的“。”');
    expect(fifteen).toContain('当时标为可信度高，第十六次核查按同一规则改为中');
    expect(fifteen).toContain('外观设计条和学生版的“外观设计”不再说15年从申请日算起');
  });

  it('reports the seventeenth review on 核查记录, with its counts, in both editions: the data part the first to find nothing wrong', () => {
    expectReviewReported(17, '第十七次核查', [
      '66个条目无误；9处有误或缺少标注、来源，已改正，其中6处不在前几次核查改动之列',
      '教学材料：复核243条陈述，234条无误；9处有误、没有依据或可以查到而写作未查到，已改正，其中5处不在前几次核查改动之列',
      '全部无误，没有改动；这一部分是第一次没有查到任何问题',
      '仍未查到：待查事项所列的73项，不变，以及术语表72个条目的出处原文（19个一条原话也没有查到，53个只查到一部分）。',
    ], [
      '全部無誤，沒有改動',
    ]);
    expect(text('/reviews/', 'review-counts-16')).toContain('本站所据只有一家律师事务所的网页，改为本站未查到（第十七次核查在世界知识产权组织的网页上查到了这一日期）');
  });

  it('reports the eighteenth review on 核查记录, with its counts, in both editions, and review 17\'s figures as its findings lists give them', () => {
    expectReviewReported(18, '第十八次核查', [
      '70个条目和10个词无误；3处有误或可以查到而写作未查到，都不在前几次核查改动之列',
      '教学材料：复核243条陈述和89条来源记录，242条陈述无误；1处在第十七次核查的改动之中',
      '4处有误、没有依据、缺少标注或可以查到而写作未查到，已改正，其中3处不在前几次核查改动之列',
      '待查事项由73项减为72项',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表71个条目的出处原文（19个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
    const seventeen = text('/reviews/', 'review-counts-17');
    expect(seventeen).toContain('发现本站写错的6个数字');
    expect(seventeen).toContain('植物新品种条写明条例2025年修订的报道本站只在转载网站见到');
    expect(seventeen).not.toContain('约420条');
  });

  it('reports the nineteenth review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(19, '第十九次核查', [
      '71个条目和10个词无误；2处有误或可以查到而写作未查到',
      '教学材料：复核243条陈述和89条来源记录，242条陈述无误；4处没有依据，都不在前几次核查改动之列',
      '3处有误，已改正，其中2处不在前几次核查改动之列',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表71个条目的出处原文（19个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
    expect(text('/reviews/', 'review-counts-18')).toContain('关联文件、执行情况和各页说明：复核所有陈述和待查事项的73项；4处有误、没有依据、缺少标注或可以查到而写作未查到');
  });

  it('reports the twentieth review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(20, '第二十次核查', [
      '71个条目和10个词无误；2处可以查到出处或应写明未查到',
      '初中课的小结一步写“知识产权保护的是人们的创造”',
      '复核约510条陈述，约504条无误；3处有误或缺少标注（6条陈述）',
      '已改为“本站列出的14个市”',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表70个条目的出处原文（19个一条原话也没有查到，51个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
      // The characters the review is about stay as written, not converted (征 to 徵, 沈 to 瀋, 伙 to 夥).
      'OpenCC 1.4.2 把“征程”“长征”仍寫作“征”，把“沈河”也轉成“瀋河”，“伙食”也保留“伙”',
    ]);
    expect(text('/reviews/', 'review-counts-19')).toContain('三处说明改为写明这一点，主题仍按英文写出');
  });

  it('reports the twenty-first review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(21, '第二十一次核查', [
      '72个条目和10个词无误；1处可以查到而写作未查到：一带一路条的倡议提出时间（2013年）自第十次核查起列为本站未查到',
      '教学材料：复核243条陈述和89条来源记录，全部无误，没有查到问题',
      '复核约385条陈述（包括第二十次核查的3处改正、繁体版复核表的29条理由），另核对待查事项的72项，全部无误，没有查到问题',
      '术语表现在共有107条原话',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表70个条目的出处原文（19个一条原话也没有查到，51个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
  });

  it('reports the twenty-second review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(22, '第二十二次核查', [
      '62个条目和10个词所说的无误（其中4个词引用的网页由教学材料的核查补上，见下）；11处可以查到而没有来源或写作本站未查到，已补上来源，其中5处不在前几次核查改动之列，6处是第十一至十三次核查写下的说明',
      '术语表现在共有126条原话',
      '教学材料：复核243条陈述和89条来源记录，232条陈述无误；5处所教的话无误，但引用的网页没有写所教的内容或缺少引用',
      '复核约245条陈述，244条无误；1处缺少标注',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表68个条目的出处原文（16个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
  });

  it('reports the twenty-third review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(23, '第二十三次核查', [
      '72个条目和10个词无误；1处可以查到而写作未查到，在第二十、二十一次核查的改动之中',
      '术语表现在共有128条原话',
      '复核210条陈述和学生版术语10个词，208条陈述和10个词无误；1处（2道题）在第十一次核查的改动之中',
      '复核约205条陈述，204条无误；1处可以查到而写作本站推断',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表68个条目的出处原文（16个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
  });

  it('reports the twenty-fourth review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(24, '第二十四次核查', [
      '72个条目无误，10个词所说的无误（其中2个词引用的网页有缺，由教学材料一项查出，见下）；1处可以查到而写作未查到，在第二十二次核查的改动之中',
      '术语表现在共有129条原话',
      '复核190条陈述和学生版术语10个词，164条陈述和8个词无误；4处所教的话无误',
      '关联文件、执行情况和各页说明：复核约235条陈述，全部无误，没有查到问题',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表68个条目的出处原文（16个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
  });

  it('reports the twenty-fifth review on 核查记录, with its counts, in both editions', () => {
    expectReviewReported(25, '第二十五次核查', [
      '72个条目和10个词无误；1处可以查到而写作未查到，在第二十二次核查的改动之中：PCT条',
      '术语表现在共有130条原话',
      '教学材料：复核210条陈述和学生版术语10个词，逐一打开每处引用所链接的网页，全部无误，没有查到问题',
      '关联文件、执行情况和各页说明：复核约166条陈述，全部无误，没有查到问题',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表68个条目的出处原文（16个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
  });

  it('reports the twenty-sixth review, which found nothing wrong in any part, on 核查记录 and /about/, in both editions', () => {
    expectReviewReported(26, '第二十六次核查', [
      '术语表和学生版术语：复核术语表73个条目',
      '和学生版术语10个词，全部无误，没有查到问题',
      '教学材料：复核210条陈述和学生版术语10个词，打开了约45个所引网页，全部无误，没有查到问题',
      '关联文件、执行情况和各页说明：复核约205条陈述，全部无误，没有查到问题；待查事项不变',
      '仍未查到：待查事项所列的72项（关联文件的42个空项、20项未核实的承诺、国家规划的1个基数和其他9项），以及术语表68个条目的出处原文（16个一条原话也没有查到，52个只查到一部分）。',
    ], [
      '仍未查到：待查事項所列的72項',
    ]);
    expect(text('/reviews/', 'review-25')).toBe('第二十五次核查');
    expect(textOf(readPage('/reviews/'))).toContain('这次核查的三部分都没有查到问题，没有改动。');
    expect(text('/about/', 'review')).toBe('核查');
    expect(textOf(readPage('/about/'))).toContain('最近一次（第二十六次）核查的三部分都没有查到问题；');
    expect(textOf(readPage('/zh-hant/about/'))).toContain('最近一次（第二十六次）核查的三部分都沒有查到問題；');
  });

  it('defines a low source as the review applied it (a mirror, an aggregator, an excerpt or a blog), on /documents/', () => {
    const page = textOf(readPage('/documents/'));
    expect(page).toContain('只有镜像、聚合站副本、节选或博客（可信度低）的事实不单独发布');
    expect(readFileSync(join(DIST, 'documents/index.html'), 'utf8')).toContain('低：镜像、聚合站副本、节选或博客');
  });

  it('labels the compounding of 年均增长 as 本站推断 on the handout, the charts\' caption and /checks/, as the lessons and poster do', () => {
    expect(textOf(readPage('/handout/'))).toContain('规划没有写明年均增长的算法，按每年在上一年的基础上增长逐年连乘计算，是本站推断。');
    expect(textOf(readPage('/general-requirements/'))).toContain('其后各年为本站计算（按年均增长率逐年连乘；规划没有写明年均增长的算法，这样算是本站推断）。');
    expect(textOf(readPage('/checks/'))).toContain('规划只给出年均增长率，没有写明算法；按此增长率逐年连乘推算（每年在上一年的基础上增长，这样算是本站推断），2025年约为');
  });
});

describe('fifteenth review (2026-12-06): the data part', () => {
  it('labels a text one body reposts from another medium, not high: the MOFCOM database\'s 保护办法, CNIPA\'s translation of the State Council\'s circular, 中国政府网\'s 新华社 wire', () => {
    const measures = text('/documents/', 'doc-ip-protection-measures');
    expect(measures).toContain('辽宁省知识产权保护办法 第一条 为了加强知识产权保护,提高全社会自主创新能力可信度：中');
    expect(measures).not.toContain('自主创新能力可信度：高');
    const national = text('/documents/', 'doc-national-14th-plan');
    expect(national).not.toContain('可信度：高');
    expect(national).toContain('这不是发布机关（国务院）自己的网页，按本站可信度规则为中（第十五次核查时由高改为中）');
    expect(text('/checks/', 'note-national-plan-title')).toContain('國務院日前印發《“十四五”國家知識産權保護和運用規劃》；可信度：中。');
  });

  it('files the 规范 the plan names in 〔〕 after GB/T34833-2017 as a standard: 发布日期 and 实施日期, what it is 本站未查到', () => {
    const entry = text('/documents/', 'doc-agency-quality-standard');
    expect(entry).toContain('它是另一项标准，还是这项国家标准的另一个名称，本站未查到；本站按规划“推行”的说法把它列为标准（本站的归类）');
    expect(entry).toMatch(/发布日期\s*本站未查到\s*实施日期\s*本站未查到/);
    expect(entry).not.toMatch(/印发日期|通过日期|施行日期/);
  });

  it('says what the O in 二O三五 is, and gives 二〇三五 as the site\'s reading, not as the 规范 form without a source', () => {
    const checks = textOf(readPage('/checks/'));
    expect(checks).toContain('“二O三五”中的“O”是拉丁字母O（U+004F），不是汉字“〇”（U+3007）；疑应作“二〇三五”（本站推断）。');
    expect(checks).not.toContain('规范写法为');
  });

  it('sources the 条例\'s 已出台 to an official page too: 沈阳市人大常委会\'s draft cites it as a basis (medium since review 16: another body\'s regulation)', () => {
    const regulation = one('/documents/', 'doc-ip-protection-regulation');
    expect(textOf(regulation)).toContain('沈阳市人大常委会（官方网站）沈阳市人民代表大会常务委员会办公厅 2025年6月27日 … 《中华人民共和国著作权法》、《辽宁省知识产权保护条例》等有关法律、法规的规定可信度：中');
    expect(hrefs(regulation)).toContain('https://www.syrd.gov.cn/gzdt/gsgg/202507/t20250702_4871246.html');
  });
});

describe('sixteenth review (2026-12-06): the data part', () => {
  it('labels a page telling another body\'s document medium, not high: CNIPA on Liaoning\'s 强省 opinions, the IP office\'s copy of the 办公厅\'s 十三五 plan', () => {
    const strong = text('/documents/', 'doc-strong-province-opinions');
    expect(strong).toContain('reaches to 550 by 2020. 2016-08-31可信度：中');
    expect(strong).not.toContain('2016-08-31可信度：高');
    expect(strong).toContain('国家知识产权局转述辽宁省政府的文件，不是发文机关自己的页面，可信度按本站规则记作中。');
    const thirteenth = text('/documents/', 'doc-liaoning-13th-plan');
    expect(thirteenth).not.toContain('可信度：高');
    expect(thirteenth.split('辽政办发〔2016〕76号 附件2可信度：中').length - 1).toBe(2);
    expect(thirteenth).toContain('文号“辽政办发”表明这是辽宁省人民政府办公厅的文件（本站推断）');
  });

  it('labels medium what the plan, 沈阳市人大常委会 and 朝阳\'s market regulator say of another body\'s document or centre: 11 citations of the plan, 1 and 1', () => {
    const plan = '这是规划对另一机关所发文件的说法，不是该文件发文机关自己的页面，可信度按本站规则记作中（第十六次核查时由高改为中）。';
    const told = { 'doc-ip-protection-measures': 2, 'doc-liaoning-protection-opinions': 2, 'doc-patent-award-measures': 2, 'doc-sino-german-park-opinions': 2, 'doc-strong-province-opinions': 2, 'doc-agency-service-standard': 1 };
    for (const [id, n] of Object.entries(told)) {
      const entry = text('/documents/', id);
      expect(entry.split(plan).length - 1).toBe(n);
      expect(entry).not.toContain('可信度：高');
    }
    expect(text('/documents/', 'doc-ip-protection-regulation')).toContain('沈阳市人大常委会的公告说的是辽宁省人大常委会制定的条例，不是制定机关自己的页面，可信度按本站规则记作中（第十六次核查时由高改为中）。');
    const progress = textOf(readPage('/progress/'));
    expect(progress).toContain('建设情况开展实地验收可信度：中核对：2026-11-26朝阳市市场监督管理局的报道写到省知识产权保护中心，不是该中心或省知识产权局自己的页面');
    expect(progress).not.toContain('实地验收可信度：高');
  });
});

describe('eighteenth review (2026-12-06): the data part', () => {
  it('does not call 表2\'s 30.96亿元 a single year\'s amount on /checks/: the plan\'s column says only 2020年', () => {
    const page = textOf(readPage('/checks/'));
    expect(page).toContain('表2的30.96亿元列在“2020年”一栏，是2020年一年的金额还是到2020年的累计，规划也没有说明。两数不能相互核对。');
    expect(page).not.toContain('30.96亿元是2020年一年的');
    expect(textOf(readPage('/zh-hant/checks/'))).toContain('表2的30.96億元列在“2020年”一欄，是2020年一年的金額還是到2020年的累計，規劃也沒有說明。');
  });

  it('names on /about/ every page whose sources\' words the 繁體 edition keeps as stored (术语 and 核查记录 were missing)', () => {
    const note = text('/about/', 'hant-quotes');
    // Review 23: 规划导览 (/explore/) quotes a source too (沈抚's two cities).
    expect(note).toContain('来源的原话（关联文件、执行情况、核算、术语、首页、本页的规划记录、规划导览、宣传周页和核查记录上摘录的网页文字）是来源的原文，在繁体版中不转换');
    expect(note).not.toContain('首页、本页的规划记录和宣传周页');
    const named: Record<string, string> = { '/documents/': '关联文件', '/progress/': '执行情况', '/checks/': '核算', '/glossary/': '术语', '/': '首页', '/about/': '本页的规划记录', '/teach/week/': '宣传周页', '/reviews/': '核查记录', '/explore/': '规划导览' };
    const withQuotes = listPages().filter((route) => !route.startsWith('/zh-hant/') && readFileSync(fileForRoute(route), 'utf8').includes('data-edition-quote'));
    expect(withQuotes.sort()).toEqual(Object.keys(named).sort());
    for (const route of withQuotes) expect(note, route).toContain(named[route]!);
    expect(text('/zh-hant/about/', 'hant-quotes')).toContain('（關聯文件、執行情況、核算、術語、首頁、本頁的規劃記錄、規劃導覽、宣傳週頁和核查記錄上摘錄的網頁文字）');
  });
});
