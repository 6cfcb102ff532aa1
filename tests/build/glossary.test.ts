/** 术语 as built: every term has an entry, every entry links to the places it occurs, and those places contain it. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { termSpellings, type GlossaryTerm } from '../../src/lib/glossary/glossary.ts';
import { markingSection } from '../../src/lib/glossary/term-marking.ts';
import { attr, byId, byTag, findAll, readPage, requireDist, textOf, type Element, tipOf } from '../support/dist.ts';

const terms = JSON.parse(readFileSync(new URL('../../src/content/glossary/terms.json', import.meta.url), 'utf8')) as GlossaryTerm[];
const spellings = (t: GlossaryTerm) => termSpellings({ term: t.term, aliases: t.aliases ?? [] });
const PLAN_ROUTES = ['/', '/background/', '/general-requirements/', '/protection/', '/utilization/', '/services/', '/talent/', '/international-cooperation/', '/implementation/'];

beforeAll(requireDist);

const entryOf = (id: string): Element => {
  const entry = findAll(readPage('/glossary/'), byId(`term-${id}`))[0];
  if (!entry) throw new Error(`no glossary entry #term-${id}`);
  return entry;
};
const placeLinks = (entry: Element) => findAll(findAll(entry, (el) => attr(el, 'class') === 'glossary-places')[0]!, byTag('a'));

describe('the glossary page', () => {
  it('has an entry for each of the 73 terms, with its definition and source', () => {
    expect(terms.length).toBe(73);
    const entry = textOf(entryOf('zhiya-rongzi'));
    expect(entry).toContain('质押融资 规划中也写作：质押贷款 企业把自己的专利、商标等知识产权作为担保，向银行等机构借钱。');
    expect(entry).toContain('出处：《中华人民共和国民法典》；国家知识产权局（出质登记）');
  });

  it('shows each entry\'s quoted sources with article, confidence and date, and says 本站未查到 where it has none (tenth review)', () => {
    const sourced = terms.filter((t) => ((t as GlossaryTerm & { sources?: unknown[] }).sources ?? []).length > 0);
    // 50 after the twelfth review; the thirteenth dropped 知识产权密集型产业's only source, a repost (中华网 of 中国经济网); the fifteenth
    // sourced 商标注册 (中国网's 人民网 report of 第八条), 民法典 (北大法宝's promulgation order), and 专利转让 and 专利许可 (China Daily, 2015);
    // the seventeenth 仲裁 (司法部网站 on the 2025 revision; the rest of it still unfound); the twenty-second PPH (the Japan Patent Office's PPH page) 惩罚性赔偿 (WIPO Lex) and 知识产权密集型产业 (CNIPA's English site).
    expect(sourced.length).toBe(57);
    const faming = entryOf('faming-zhuanli');
    const items = findAll(faming, (el) => attr(el, 'class') === 'fact-sources').flatMap((ul) => findAll(ul, byTag('li')));
    // Fourteenth review: a fourth, China Daily's SIPO Q&A on 专利法第二条's three kinds.
    expect(items).toHaveLength(4);
    expect(attr(findAll(items[0]!, byTag('a'))[0]!, 'href')).toBe('https://www.cnipa.gov.cn/art/2006/8/18/art_1278_48761.html');
    expect(textOf(items[0]!)).toMatch(/^国家知识产权局\s*第四十二条\s*发明专利权的期限为二十年，实用新型专利权和外观设计专利权的期限为十年，均自申请日起计算。\s*可信度：中\s*核对：\s*2026-12-06/);
    expect(textOf(faming)).toContain('本站未查到：2020年修改后第四十二条的原文（发明专利权的期限仍为二十年），本站只在转载网站见到');
    expect(textOf(entryOf('gaojiazhi-zhuanli'))).toContain('出处：国家知识产权局 出处原文：本站未查到。国家知识产权局把哪五类有效发明专利算作高价值发明专利，发布机关的原文本站未查到');
    expect(textOf(entryOf('fangyu-shangbiao'))).toContain('出处原文：本站未查到。 在规划中出现');
    expect(findAll(entryOf('gaojiazhi-zhuanli'), (el) => attr(el, 'class') === 'fact-sources')).toHaveLength(0);
    const hant = findAll(readPage('/zh-hant/glossary/'), byId('term-faming-zhuanli'))[0]!;
    expect(textOf(hant)).toContain('出處原文：');
    // The quote stays as the page has it, in Simplified characters, as on /zh-hant/documents/.
    expect(textOf(hant)).toContain('发明专利权的期限为二十年');
    expect(textOf(hant)).toContain('本站未查到：2020年修改後第四十二條的原文');
  });

  it('carries the eleventh review\'s sources and drops the words they do not give, in both editions', () => {
    // One parse of each edition's page: the entries are read from it.
    const page = readPage('/glossary/');
    // One walk of the page finds every entry; a walk per lookup cost about a second over these ~100 lookups.
    const nodes = new Map(findAll(page, (el) => (attr(el, 'id') ?? '').startsWith('term-')).map((el) => [attr(el, 'id')!.slice('term-'.length), el] as const));
    const node = (id: string) => nodes.get(id)!;
    const entry = (id: string) => textOf(node(id));
    const hrefs = (id: string) => findAll(node(id), (el) => attr(el, 'class') === 'fact-sources').flatMap((ul) => findAll(ul, byTag('a'))).map((a) => attr(a, 'href'));
    expect(hrefs('jiti-shangbiao')).toContain('http://dqdebt.hljcourt.gov.cn/public/detail.php?id=34558');
    expect(entry('jiti-shangbiao')).toContain('集体商标，是指以团体、协会或者其他组织名义注册，供该组织成员在商事活动中使用，以表明使用者在该组织中的成员资格的标志。');
    expect(entry('zhengming-shangbiao')).not.toContain('达到了才允许使用');
    expect(hrefs('teshu-biaozhi')).toEqual(expect.arrayContaining(['https://global.chinadaily.com.cn/regional/2010-08/13/content_11151462.htm', 'http://big5.news.cn/gate/big5/m.xinhuanet.com/2018-06/30/c_1123060014.htm']));
    expect(entry('teshu-biaozhi')).toContain('经核准登记的特殊标志，受条例保护');
    expect(entry('teshu-biaozhi')).not.toContain('未经许可不能拿来做商业用途');
    // Fifteenth review: WIPO writes that the countries in the programme set up their TISC networks, not the programme.
    expect(entry('tisc')).toContain('参加世界知识产权组织技术与创新支持中心项目的国家设立的服务点');
    expect(entry('tisc')).not.toContain('项目在参加项目的国家设立');
    expect(entry('tisc')).not.toContain('在各国支持建立');
    expect(hrefs('wipo')).toContain('https://wipo.int/publications/en/details.jsp?id=393&plang=AR');
    // Twelfth review: Geneva and China's membership found on the Chinese mission's page; the treaty count stayed unfound until the eighteenth.
    expect(hrefs('wipo')).toContain('http://geneva.china-mission.gov.cn/eng/bjzl/zzzl/202007/t20200727_8299827.htm');
    expect(entry('wipo')).toContain('The headquarters of WIPO is at Geneva, Switzerland.');
    expect(entry('wipo')).toContain('中国1980年加入这一组织。');
    // Eighteenth review: the treaty count found on wipo.int too (WIPO's own list of the treaties it administers); nothing left unfound.
    expect(hrefs('wipo')).toContain('http://www.wipo.int/treaties/en/all_treaties.jsp');
    expect(entry('wipo')).not.toContain('本站未查到');
    expect(entry('wipo')).not.toMatch(/总部在日内瓦、管理二十多个国际条约、中国是成员国|中国是它的成员国/);
    expect(entry('guimo-yishang')).toContain('2011年起，“规模以上工业企业”的统计范围是年主营业务收入2000万元及以上的工业法人单位。');
    expect(entry('guimo-yishang')).not.toContain('说的就是这些较大的制造业企业');
    // Twelfth review: 1998—2006 the range was all state-owned units and non-state ones from 5 million yuan, not one threshold.
    expect(entry('guimo-yishang')).toContain('1998—2006年是全部国有和年主营业务收入500万元及以上的非国有工业法人单位，2007—2010年是年主营业务收入500万元及以上的工业法人单位');
    expect(entry('guimo-yishang')).not.toContain('门槛1998—2010年是年主营业务收入500万元');
    // Twelfth review: the laws' exceptions kept, a definition kept to its words, a reading and a generalisation labelled.
    expect(entry('faming-zhuanli')).toContain('在保护期内，除专利法另有规定的以外，别人未经专利权人许可，不能为生产经营目的制造、使用、销售这项发明。');
    expect(entry('zhiwu-xinpinzhong')).toContain('获得授权后，除条例另有规定的以外，别人未经品种权人许可，不能为商业目的生产、销售这个品种的繁殖材料。');
    expect(entry('zhengming-shangbiao')).toContain('由对商品或者服务有监督能力的组织控制、由该组织以外的单位或者个人使用，');
    expect(entry('zhengming-shangbiao')).not.toContain('给符合条件的他人使用');
    expect(entry('zhishichanquan-pinggu')).toContain('转让、质押融资、作价入股时，可能要估算它的价值（本站的解释）。');
    expect(entry('zhishichanquan-pinggu')).not.toContain('都要估算它的价值');
    expect(entry('xingshi-sifa')).toContain('要及时移送公安机关（本站推断：规划没有解释）。');
    expect(hrefs('madeli')).toContain('https://www.wipo.int/madrid/en/how_to/use/benefits.html');
    // Twenty-second review: both points are on WIPO's Madrid procedures page, so nothing of the entry stays unfound.
    expect(hrefs('madeli')).toContain('https://www.wipo.int/madrid/en/how_to/use/procedures.html');
    expect(entry('madeli')).toContain('Each office will decide, within 12 or 18 months, whether or not your trademark can be protected in their territories.');
    expect(entry('madeli')).not.toContain('本站未查到');
    expect(hrefs('zhuzuoquan')).toEqual(['https://www.chinadaily.com.cn/business/2006-09/27/content_697882.htm', 'http://lzwl.yun.liuzhou.gov.cn/xxgk/zcfg/202107/t20210728_2877107.shtml']);
    expect(entry('zhuzuoquan')).toContain('作者等著作权人可以办理作品登记的条文原文，本站未查到');
    // 人民网 wrote what the Fujian centre would do (将面向), not what it did.
    expect(entry('baohu-zhongxin')).toContain('福建保护中心“将面向机械装备和电子信息产业开展知识产权快速审查、快速确权和快速维权‘一站式’综合服务”。');
    expect(entry('baohu-zhongxin')).not.toContain('福建保护中心面向机械装备');
    // Twenty-second review: the centres' one-stop quick examination, confirmation and protection from CNIPA's own English page (高); only the approval stays unfound.
    expect(entry('baohu-zhongxin')).toContain('to provide one-stop service integrating quick examination, quick right confirmation and quick right protection');
    // Twenty-fourth review: CNIPA's own English page (2021-05-20, 高) says it approves the establishment of the Liaoning, Jilin and Changchun centres; only a rule that a centre must be approved stays unfound.
    expect(entry('baohu-zhongxin')).toContain('CNIPA) approves the establishment of China Intellectual Property Protection Centers in Liaoning, Jilin, and Changchun');
    expect(hrefs('baohu-zhongxin')).toContain('https://english.cnipa.gov.cn/art/2021/5/20/art_1340_159521.html');
    expect(entry('baohu-zhongxin')).toContain('本站未查到：保护中心须经国家知识产权局批准设立，这一规定在国家知识产权局网页上的原文（上面国家知识产权局的网页写的是它批准设立辽宁、吉林、长春三个保护中心');
    expect(entry('baohu-zhongxin')).not.toContain('这一点在国家知识产权局网页上的原文');
    expect(entry('baohu-zhongxin')).not.toContain('一律');
    expect(entry('baohu-zhongxin')).not.toContain('国家知识产权局网页上关于保护中心设立和职能的原文');
    // Twenty-fifth review: WIPO's own PCT Applicant's Guide (高) gives the two phases ending in national or regional grants; that text is no longer listed as unfound.
    // After VPI's About page, so the VPI notes' 下面第三条 and 上面两条 still point at the right items.
    expect(hrefs('pct')).toEqual(['https://www.vpi.int/index.php/en/pct/what-is', 'https://www.vpi.int/index.php/en/pct/what-is', 'https://vpi.int/en/02-about-the-vpi/', 'http://www.wipo.int/pct/en/appguide/text.jsp?page=ip03.html', 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml']);
    expect(entry('pct')).toContain('It begins with the filing of an international application and ends (in the case of a favorable outcome for the applicant) with the grant of a number of national and/or regional patents');
    expect(entry('pct')).toContain('本站未查到：专利只在授权它的国家或地区有效，这一说法的出处；PCT能省去一开始就分别向很多国家申请的麻烦，这一说法的出处。');
    expect(entry('pct')).not.toContain('PCT的程序在世界知识产权组织或国家知识产权局网页上的原文');
    // Thirteenth review: 浙江在线's 2019-05-15 page is not in the store; its 浙江舆情网 page (法制日报, 2019-01-31) gives the origin and the wording.
    expect(hrefs('fengqiao-jingyan')).toEqual(['https://yq.zjol.com.cn/yqjd/201901/t20190131_9382911.shtml', 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml']);
    expect(entry('fengqiao-jingyan')).toContain('20世纪60年代初，枫桥（今浙江省诸暨市枫桥镇）干部群众创造了“发动和依靠群众，坚持矛盾不上交，就地解决，实现捕人少，治安好”的“枫桥经验”，1963年毛泽东同志批示“要各地仿效，经过试点，推广去做”。');
    expect(entry('fengqiao-jingyan')).not.toMatch(/据浙江在线报道|把矛盾化解在基层和萌芽状态|本条释义（第一句的解释）的出处/);
    // Thirteenth review: 广东“大部分地市” quoted; the law's exceptions and 明知 kept; 只能 and “按这四个方面” gone; TISC's users as WIPO names them.
    expect(entry('fengxian-buchang')).toContain('其中一种由“政府、银行、服务机构等多方按照约定比例共担知识产权质押融资坏账损失”，“广东省大部分地市按这种模式运作管理”。');
    expect(entry('fengxian-buchang')).toContain('按54:26:16:4比例共担损失');
    expect(entry('fengxian-buchang')).not.toContain('广东省多数地市的知识产权质押融资风险补偿基金');
    expect(entry('jichengdianlu-butu-sheji')).toContain('受保护期间，除条例另有规定的以外，别人未经布图设计权利人许可，不能复制这个布图设计。');
    expect(entry('xingshi-sifa')).toContain('销售明知是假冒注册商标的商品');
    expect(entry('xingshi-sifa')).not.toContain('情节严重的就构成犯罪');
    expect(entry('xingzheng-zhifa')).toContain('对赔偿数额，处理的部门可以应当事人的请求进行调解，调解不成的，当事人可以向法院起诉。');
    expect(entry('xingzheng-zhifa')).not.toMatch(/只能调解|罚款用于/);
    expect(entry('yan-baohu')).toContain('第三部分第（三）节的前四项依次是这四个方面，第五项是“健全知识产权维权援助体系”。');
    expect(entry('yan-baohu')).not.toContain('按这四个方面安排保护工作');
    expect(entry('tisc')).toContain('帮助发明人、研究人员和创业者获取专利、科学和技术信息。');
    expect(entry('tisc')).toContain('The program helps inventors, researchers and entrepreneurs');
    // Twenty-second review: CNIPA's English site names the classification (国家统计局令第25号) and its seven categories (中); the date and the definition stay unfound.
    expect(hrefs('mijixing-chanye')).toEqual(['http://english.sipo.gov.cn/news/officialinformation/1147248.htm', 'http://english.sipo.gov.cn/news/officialinformation/1147248.htm']);
    expect(entry('mijixing-chanye')).toContain('based on the IP (Patent) Intensive Industry Statistical Classification (2019) (Order No. 25 of NBS)');
    expect(entry('mijixing-chanye')).toContain('本站未查到：分类的实施日期（2019年4月1日）和分类对这类产业的界定');
    // Fifteenth review: the 2020 text's start date for the design term is on no medium-or-better page, so it is unfound, not taught.
    expect(entry('waiguan-sheji')).toContain('修改后第四十二条的原文，以及外观设计专利权的十五年从哪一天算起，本站未查到');
    // Fourteenth review: 人民网 (stored) gives the outline's issue in 2021; only its 2035 goal stays unfound.
    expect(entry('zhishichanquan-qiangguo')).toContain('纲要提出的到2035年的目标（基本建成中国特色、世界水平的知识产权强国），本站只在转载网站见到');
    // Thirteenth review: an inference and an explanation labelled, a purpose and a generalisation (各省) gone, unsourced definitions named.
    expect(entry('madeli')).toContain('商标也要在国外注册（本站推断，见商标注册条）。');
    expect(entry('zhuanli-daili')).toContain('直接关系到专利能保护多大范围（本站的解释）。');
    expect(entry('wipo')).not.toContain('帮助各国合作保护知识产权');
    expect(entry('guojia-zhishichanquanju')).toContain('辽宁省也有知识产权局：本规划刊登在辽宁省知识产权局的网站上');
    expect(entry('guojia-zhishichanquanju')).not.toContain('各省有自己的知识产权局');
    for (const id of ['chuangxin-qudong', 'zhuanli-daili', 'youshi-qiye']) expect(entry(id)).toContain('本站未查到：本条释义（第一句的解释）的出处；');
    // Twenty-second review: the 2016 issue by 中共中央、国务院 from 新华社 (China Daily Asia) and the title from 中国网 (中); only the gloss and the issuer's page stay unfound.
    expect(entry('chuangxin-qudong')).toContain('The document, jointly published by the Communist Party of China (CPC) Central Committee and the State Council');
    expect(entry('chuangxin-qudong')).toContain('本站未查到：本条释义（第一句的解释）的出处；《国家创新驱动发展战略纲要》在发布机关网页上的原文。');
    expect(entry('zhuzuoquan')).toContain('在我国，著作权又称为版权');
    // Twenty-second review: CNIPA's own English pages give its functions (高; the regulation on them, 中), so nothing of the entry stays unfound.
    expect(entry('guojia-zhishichanquanju')).toContain('has realized collective and unified management of patent, trademark, appellation of origin and geographical indication, and layout design of integrated circuits');
    expect(entry('guojia-zhishichanquanju')).not.toContain('本站未查到');
    // 国际在线 wrote that 中国政府, not 中国, 始终坚持…同等保护.
    expect(entry('tong-baohu')).toContain('中国国际广播电台2019年报道，中国政府“始终坚持对国内外企业的知识产权一视同仁、同等保护');
    // 新华社 gave the need for Beijing 2022 and the regulation's new scope; the regulation itself names no Games.
    expect(entry('teshu-biaozhi')).toContain('把奥林匹克标志规定为“在中国境内申办、举办奥林匹克运动会的相关标志”。');
    expect(entry('teshu-biaozhi')).not.toContain('国务院2018年公布修订后的这一条例，把2022年北京冬奥会的相关标志纳入保护范围');
    // The tooltips file carries the new definitions.
    const tips = (JSON.parse(readFileSync(new URL('../../dist/glossary/tips.json', import.meta.url), 'utf8')) as { terms: Record<string, string> }).terms;
    expect(tips['tisc']).toBe('参加世界知识产权组织技术与创新支持中心项目的国家设立的服务点，帮助发明人、研究人员和创业者获取专利、科学和技术信息。');
    expect(tips['zhongguo-zhuanlijiang']).toBe('鼓励和表彰对技术（设计）创新和经济社会发展作出突出贡献的专利权人和发明人的奖项。');
    expect(tips['fengqiao-jingyan']).toBe('20世纪60年代初枫桥（今浙江省诸暨市枫桥镇）干部群众创造的经验：“发动和依靠群众，坚持矛盾不上交，就地解决，实现捕人少，治安好”。');
    // Twentieth review: the gloss is sourced on CNIPA's page (its purpose), so nothing of the entry is 本站未查到.
    expect(entry('zhongguo-zhuanlijiang')).not.toContain('本站未查到');
    expect(entry('faming-zhuanli')).toContain('本站只在转载网站见到；专利法第二条中发明的定义，以及发明专利申请要经实质审查');
    expect(entry('sifa-baohu')).toContain('全国第四个拥有专门知识产权法院的省份');
    expect(entry('sifa-baohu')).not.toContain('很多地方法院也设有知识产权法庭');
    expect(entry('jiebang-guashuai')).toContain('英雄不论出处，谁有本事谁就揭榜');
    expect(entry('jiebang-guashuai')).not.toContain('看重的是能力和结果');
    expect(entry('renmin-tiaojie')).toContain('人民调解委员会调解民间纠纷，不收取任何费用。');
    expect(entry('renmin-tiaojie')).not.toContain('调解员听取双方意见');
    expect(entry('fengxian-buchang')).toContain('按照约定比例共担知识产权质押融资坏账损失');
    expect(entry('fengqiao-jingyan')).not.toContain('就近、及早地化解');
    expect(entry('xunhui-shenliting')).not.toContain('当事人可以就近参加审理');
    expect(entry('lianhe-chengjie')).toContain('重复专利侵权、提供虚假文件');
    // Twenty-second review: 2018, the 38 departments and repeated patent infringement from Global Times (中); the rest still rests on reposts.
    expect(entry('lianhe-chengjie')).toContain('The memorandum listed six types of IPR violations including repeated patent infringements');
    expect(entry('lianhe-chengjie')).toContain('本站未查到：备忘录（发改财金〔2018〕1702号）在发布机关网页上的原文；上面说的“提供虚假文件”和“限制政府性资金支持等措施”据转载写成。');
    expect(entry('lianhe-chengjie')).not.toMatch(/反复故意侵犯专利|一处失信，处处受限/);
    expect(entry('zhiwu-keji-chengguo')).not.toContain('这类成果的权利一般属于单位');
    // Twenty-second review: the 2020 pilot plan by 科学技术部 and others from 人民网日文版 (中); the 9 departments and 第二条 still rest on reposts.
    expect(entry('zhiwu-keji-chengguo')).toContain('科学技術部、発展改革委員会、教育部(省)などが共同で2020年5月に通達した');
    expect(entry('zhiwu-keji-chengguo')).toContain('以及试点实施方案由9个部门印发，据转载写成。');
    expect(findAll(entryOf('zhiwu-keji-chengguo'), byTag('q')).map((q) => attr(q, 'lang'))).toEqual(['ja', 'zh']);
    expect(entry('tong-baohu')).toContain('对国内外企业的知识产权一视同仁、同等保护（本站推断：规划没有解释这个词）。');
    expect(entry('tong-baohu')).not.toContain('无论企业大小');
    expect(entry('kuai-baohu')).not.toContain('简单的案件走“绿色通道”');
    expect(entry('yan-baohu')).not.toContain('提高罚款');
    expect(entry('shangye-mimi')).not.toContain('只要一直保密就一直受保护');
    expect(entry('zhuanli-xuke')).not.toContain('一件专利可以同时许可给好几家企业');
    expect(entry('zhishichanquan-pinggu')).not.toContain('剩余保护期等因素');
    expect(entry('eyi-zhuce')).not.toContain('傍名牌');
    expect(entry('shangbiao-zhuce')).not.toContain('到国外去要在当地另行注册');
    expect(entry('yingshang-huanjing')).toContain('企业等市场主体在市场经济活动中所涉及的体制机制性因素和条件');
    expect(entry('yingshang-huanjing')).not.toContain('办事是否方便');
    expect(entry('waiguan-sheji')).toContain('指的是仍然有效的外观设计专利的数量（本站推断：规划没有解释）。');
    expect(entry('baohu-zhongxin')).not.toContain('保护中心面向当地的重点产业');
    expect(entry('jishu-diaochaguan')).not.toContain('案件怎么判仍由法官决定');
    // Twenty-second review: 审判辅助人员 from WIPO's guide for judges (中); the rest of the interpretation still rests on reposts, as now said.
    expect(entry('jishu-diaochaguan')).toContain('Technical investigation officers are not adjudication personnel but are judicial technical personnel among adjudication assistance personnel.');
    expect(entry('jishu-diaochaguan')).toContain('上面关于可以指派技术调查官的案件种类和技术调查意见的说法，据这些转载写成。');
    expect(hrefs('zhongguo-zhuanlijiang')[0]).toBe('https://ln.cri.cn/chinanews/20190809/bb6dbbb3-ee1d-677b-4d6b-df2767d8144b.html');
    expect(entry('zhuanli-daohang')).not.toContain('帮助少走弯路');
    expect(entry('dili-biaozhi')).not.toContain('用地名加商品名');
    expect(entry('lianhe-shangbiao')).not.toContain('混淆视听');
    expect(entry('zhuanli-buju')).not.toContain('企业要想清楚');
    expect(entry('zhishichanquan-tuoguan')).toContain('（例子是本站举的）');
    const hantPage = readPage('/zh-hant/glossary/');
    const hant = (id: string) => textOf(findAll(hantPage, byId(`term-${id}`))[0]!);
    expect(hant('teshu-biaozhi')).not.toContain('未經許可不能拿來做商業用途');
    expect(hant('sifa-baohu')).not.toContain('很多地方法院也設有知識產權法庭');
    expect(hant('faming-zhuanli')).toContain('除專利法另有規定的以外');
    expect(hant('zhengming-shangbiao')).not.toContain('給符合條件的他人使用');
    expect(hant('xingshi-sifa')).toContain('銷售明知是假冒註冊商標的商品');
  });

  it.each(terms.map((t) => [t.id, t] as const))('%s links to at least one place, and every place it links to contains the term', (_id, term) => {
    const links = placeLinks(entryOf(term.id));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const url = new URL(attr(link, 'href')!, 'http://site/glossary/');
      const target = findAll(readPage(url.pathname), byId(url.hash.slice(1)))[0];
      expect(target, attr(link, 'href')).toBeDefined();
      const text = textOf(target!);
      expect(spellings(term).some((s) => text.includes(s)), `${attr(link, 'href')} should contain ${term.term}`).toBe(true);
      expect(textOf(link)).toMatch(/^(前言|[一二三四五六七八](（[一二三四五六七八九十]）)?|专栏\d|表\d)/);
    }
  });

  it('lists exact places: “卡脖子” in 三（二）第2段, PCT in 一（一）第3段, 专栏2第1项 and 表1第2行', () => {
    expect(placeLinks(entryOf('qia-bozi')).map((a) => [attr(a, 'href'), textOf(a)])).toEqual([['/protection/#s3-2-p2', '三（二）第2段']]);
    expect(placeLinks(entryOf('pct')).map((a) => attr(a, 'href'))).toEqual(['/background/#s1-1-p3', '/background/#t1-r2', '/protection/#c2-i1']);
  });
});

describe('terms marked in the text', () => {
  // Titles linked to 关联文件 share the term class for the tooltip, but carry no data-term-id.
  const termLinks = (route: string) => findAll(readPage(route), (el) => el.tagName === 'a' && attr(el, 'data-term-id') !== undefined);
  const byTermId = new Map(terms.map((t) => [t.id, t]));

  it.each(PLAN_ROUTES)('%s: each term link wraps a spelling of its term and goes to its entry, once per section', (route) => {
    const seen = new Set<string>();
    for (const article of findAll(readPage(route), byTag('article'))) {
      for (const block of findAll(article, (el) => el.tagName === 'p' && attr(el, 'id') !== undefined)) {
        for (const link of findAll(block, (el) => el.tagName === 'a' && attr(el, 'class') === 'term')) {
          const id = attr(link, 'data-term-id')!;
          const term = byTermId.get(id);
          expect(term, id).toBeDefined();
          expect(spellings(term!)).toContain(textOf(link));
          expect(attr(link, 'href')).toBe(`/glossary/#term-${id}`);
          expect(tipOf(link)).toBe(term!.short);
          const key = `${markingSection(attr(block, 'id')!)} ${id}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        }
      }
    }
    expect(termLinks(route).length).toBe(seen.size);
  });

  it('marks the first occurrence in a section only, in reading order, the longest spelling first', () => {
    const page = readPage('/protection/');
    const marked = (id: string) => findAll(findAll(page, byId(id))[0]!, (el) => attr(el, 'class') === 'term').map(textOf);
    expect(marked('s3-2-p2')).toEqual(['“卡脖子”', '揭榜挂帅', '高价值专利', '专利导航']);
    expect(marked('s3-2-p1')).toEqual(['专利布局']);
    // 地理标志 and 集成电路布图设计 occur three times each in this paragraph, and are marked once.
    expect(marked('s3-2-p3')).toEqual(['地理标志', '集成电路布图设计', '商标注册', '防御商标', '联合商标', '抢注', '集体商标', '证明商标']);
  });
});
