/**
 * The teaching kit as built: the downloads open and hold what the pages
 * show (every figure read from the indicator data), the quiz bank is open
 * data with a source on every row, and the kit's plan quotes are the plan's
 * words. The browser side (projection, self-check, print) is in
 * tests/browser/teach.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byId, byTag, DIST, fileForRoute, findAll, readPage, requireDist, textOf, type Element } from '../support/dist.ts';
import { parseCsv } from '../support/csv.ts';
import { restoreFullWidth } from '../../src/lib/plan/punctuation.ts';
import { figureText } from '../../src/lib/teach/figures.ts';
import { sourceLines } from '../support/source.ts';

beforeAll(requireDist);

const LEVELS = ['primary', 'junior', 'senior'] as const;
const lessons = JSON.parse(readFileSync('src/content/teach/lessons.json', 'utf8')) as Array<{ id: string; title: string; slides: Array<{ title: string; figure?: { table: 't1' | 't2'; row: number } }> }>;
const tables = { t1: JSON.parse(readFileSync('src/content/indicators/t1.json', 'utf8')), t2: JSON.parse(readFileSync('src/content/indicators/t2.json', 'utf8')) };
const quiz = JSON.parse(readFileSync('src/content/teach/quiz.json', 'utf8')) as Array<{ id: string; level: string; stem: string; explanation: string }>;
const file = (path: string) => readFileSync(`${DIST}${path}`);
const unzip = (path: string) => JSZip.loadAsync(file(path));
const xmlText = (xml: string) => xml.replace(/<[^>]+>/g, '');
const planLines = () => sourceLines().map((l) => restoreFullWidth(l.text));
/** Whether words are the plan's: within one line, or, for a table row, each cell within one line (a row's cells are lines of the source). */
const isPlanText = (quote: string) => planLines().some((l) => l.includes(quote)) || quote.split(' ').every((cell) => planLines().some((l) => l.includes(cell)));

describe('the .pptx of each lesson', () => {
  it.each(LEVELS)('%s: opens, has the title, sources and a slide per slide of the lesson, with the lesson\'s titles', async (level) => {
    const lesson = lessons.find((l) => l.id === level)!;
    const zip = await unzip(`teach/slides-${level}.pptx`);
    const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(lesson.slides.length + 2);
    const text = (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string').then(xmlText);
    expect(await text(1)).toContain(lesson.title);
    for (const [i, slide] of lesson.slides.entries()) expect(await text(i + 2)).toContain(slide.title);
    expect(await text(lesson.slides.length + 2)).toContain('来源与许可');
    expect(await zip.file('ppt/presentation.xml')!.async('string')).toContain('<p:sldSz cx="12192000" cy="6858000"');
    expect(await zip.file('ppt/slides/slide1.xml')!.async('string')).toContain('Microsoft YaHei');
    expect(statSync(`${DIST}teach/slides-${level}.pptx`).size).toBeLessThan(1.5 * 1024 * 1024);
  });

  it.each(LEVELS)('%s: every figure on a slide is the data\'s, in the deck and on the lesson page alike; every slide carries the licence', async (level) => {
    const lesson = lessons.find((l) => l.id === level)!;
    const zip = await unzip(`teach/slides-${level}.pptx`);
    const page = textOf(readPage(`/teach/${level}/`));
    for (const [i, slide] of lesson.slides.entries()) {
      const text = xmlText(await zip.file(`ppt/slides/slide${i + 2}.xml`)!.async('string'));
      expect(text, slide.title).toContain('CC BY 4.0');
      if (!slide.figure) continue;
      const figure = figureText(slide.figure, tables);
      for (const line of [figure.title.replace(/^表\d+ /, ''), figure.headline.value, ...figure.lines]) {
        expect(text, `${level} slide ${i + 2}`).toContain(line);
        expect(page).toContain(line);
      }
    }
  });

  it('shows 表2\'s first indicator as the data has it, in the deck and on the page alike', async () => {
    const lesson = lessons.find((l) => l.slides.some((s) => JSON.stringify(s.figure) === '{"table":"t2","row":1}'))!;
    const n = lesson.slides.findIndex((s) => JSON.stringify(s.figure) === '{"table":"t2","row":1}') + 2;
    const zip = await unzip(`teach/slides-${lesson.id}.pptx`);
    const text = xmlText(await zip.file(`ppt/slides/slide${n}.xml`)!.async('string'));
    for (const words of ['每万人口高价值发明专利拥有量', '4.09', '2020年：4.09件', '规划预期年均增长6%（预期性指标）', '照此增长（逐年连乘，本站推断），2025年约5.47件（本站计算）']) expect(text).toContain(words);
    const page = textOf(readPage(`/teach/${lesson.id}/`));
    expect(page).toContain('照此增长（逐年连乘，本站推断），2025年约5.47件（本站计算）');
  });
});

describe('the .docx paper of each level', () => {
  it.each(LEVELS)('%s: opens, holds every question of its level, then the key on a page of its own', async (level) => {
    const zip = await unzip(`teach/quiz-${level}.docx`);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xmlText(xml);
    const questions = quiz.filter((q) => q.level === level);
    for (const q of questions) {
      expect(text).toContain(q.stem.split('____')[0]);
      expect(text).toContain(q.explanation);
    }
    const key = text.indexOf('答案与解析');
    expect(key).toBeGreaterThan(text.indexOf(questions.at(-1)!.stem.split('____')[0]!));
    expect(xml).toMatch(/<w:br w:type="page"\/>|<w:pageBreakBefore\/>/);
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(footers.map(xmlText).join('')).toContain('CC BY 4.0');
  });
});

describe('the quiz bank as open data', () => {
  const csv = () => parseCsv(file('data/quiz.csv').toString('utf8').replace(/^\uFEFF/, ''));
  const json = () => JSON.parse(file('data/quiz.json').toString('utf8')) as { source: string; fields: Record<string, string>; questions: Array<Record<string, string>> };

  it('has 66 questions, 22 per level, each with its answer, explanation and source', () => {
    const { questions } = json();
    expect(questions).toHaveLength(66);
    expect(['小学组', '初中组', '高中组'].map((g) => questions.filter((q) => q.level === g).length)).toEqual([22, 22, 22]);
    for (const q of questions) {
      expect(q.answer, q.id).not.toBe('');
      expect(q.explanation, q.id).not.toBe('');
      expect(q.source_url, q.id).toMatch(/^https?:\/\//);
      expect(q.source_quote, q.id).not.toBe('');
      if (q.source_kind !== '规划原文') expect(q.checked, q.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('says where it comes from and under what terms, in the CSV and the JSON', () => {
    expect(json().source).toContain('CC BY 4.0');
    const rows = csv();
    expect(rows[0]).toEqual(['id', 'level', 'type', 'stem', 'choices', 'answer', 'explanation', 'source_kind', 'source', 'source_url', 'source_quote', 'checked']);
    // The CSV is the table alone (the licence is the JSON's source and /data/'s): 66 questions under the header.
    expect(rows).toHaveLength(67);
    expect(rows.every((r) => r.length === 12)).toBe(true);
    expect(rows.flat().join('')).not.toContain('CC BY 4.0');
    expect(Object.keys(json().fields)).toEqual(rows[0]);
  });

  it('quotes the plan as the plan prints it, wherever a question cites it', () => {
    for (const q of json().questions.filter((q) => q.source_kind === '规划原文')) expect(isPlanText(q.source_quote!), `${q.id}: ${q.source_quote}`).toBe(true);
  });
});

describe('the kit\'s pages', () => {
  const routes = ['/teach/', ...LEVELS.map((l) => `/teach/${l}/`), ...LEVELS.map((l) => `/teach/quiz/${l}/`), '/teach/words/', '/teach/poster/', '/teach/shouchaobao/', '/teach/week/'];

  it('are linked from the navigation and the front page\'s 教师 door', () => {
    const nav = findAll(readPage('/'), (el) => el.tagName === 'nav' && attr(el, 'aria-label') === '网站导航')[0]!;
    expect(findAll(nav, byTag('a')).map(textOf)).toContain('教师');
    const door = findAll(readPage('/'), (el) => attr(el, 'class') === 'door').find((el) => textOf(el).startsWith('教师'))!;
    expect(findAll(door, byTag('a')).map((a) => attr(a, 'href'))).toContain('/teach/');
  });

  it.each(routes)('%s says the words are the site\'s, and every plan quote on it is the plan\'s words', (route) => {
    const page = readPage(route);
    expect(textOf(page)).toContain('本站编写');
    const quotes = findAll(page, (el) => el.tagName === 'q' && attr(el, 'class') === 'plan-quote').map(textOf);
    for (const quote of quotes) expect(isPlanText(quote), quote).toBe(true);
    // The pages that teach from the plan quote it; a page with no quote would pass the loop above vacuously.
    if (!['/teach/', '/teach/poster/', '/teach/shouchaobao/'].includes(route)) expect(quotes.length).toBeGreaterThan(0);
  });

  it('shows each quiz question with its answer, and the paper\'s key lists them all', () => {
    for (const level of LEVELS) {
      const page = readPage(`/teach/quiz/${level}/`);
      const fieldsets = findAll(page, (el) => el.tagName === 'fieldset' && attr(el, 'data-answer') !== undefined);
      expect(fieldsets).toHaveLength(22);
      const key = findAll(page, (el) => attr(el, 'class') === 'quiz-key')[0]!;
      expect(findAll(key, byTag('li'))).toHaveLength(22);
    }
  });

  it('exist in the 繁體中文 edition too', () => {
    for (const route of routes) expect(() => statSync(fileForRoute(`/zh-hant${route}`))).not.toThrow();
  });
});

describe('what the kit teaches, on what its sources give (as built)', () => {
  const TRADEMARK_SOURCE = 'http://big5.china.com.cn/gate/big5/finance.china.com.cn/news/gnjj/20160214/3582672.shtml';
  const openData = () => JSON.parse(file('data/quiz.json').toString('utf8')) as { questions: Array<Record<string, string>> };
  const kitRoutes = ['/teach/', ...LEVELS.map((l) => `/teach/${l}/`), ...LEVELS.map((l) => `/teach/quiz/${l}/`), '/teach/words/', '/teach/poster/', '/teach/week/'];

  it('p01 cites 商标法第八条 and links the repost that quotes it, on the quiz page and in the open data', () => {
    const links = findAll(readPage('/teach/quiz/primary/'), byTag('a')).filter((a) => attr(a, 'href') === TRADEMARK_SOURCE);
    expect(links.map(textOf)).toContain('《中华人民共和国商标法》第八条');
    const p01 = openData().questions.find((q) => q.id === 'p01')!;
    expect([p01.source, p01.source_url]).toEqual(['《中华人民共和国商标法》第八条（所讲的内容据2013年修正后的条文；此后修改商标法没有改变本条，是本站推断）', TRADEMARK_SOURCE]);
    expect(p01.source_quote).toContain('任何能夠將自然人、法人或者其他組織的商品與他人的商品區別開的標誌');
  });

  it('the term 商标 says what 第八条 says and links it; the term 著作权 says no more than 第二条', () => {
    const page = readPage('/teach/words/');
    expect(findAll(page, byTag('a')).some((a) => attr(a, 'href') === TRADEMARK_SOURCE)).toBe(true);
    const text = textOf(page);
    expect(text).toContain('文字、图形、字母、数字、三维标志、颜色组合和声音等');
    expect(text).toContain('中国公民的作品，不论是否发表，都依照著作权法享有著作权');
  });

  it('the pupils\' terms say what the law and the plan say, with the law\'s exceptions, and no more (eleventh review)', () => {
    const page = readPage('/teach/words/');
    const word = (id: string) => textOf(findAll(page, byId(`kid-${id}`))[0]!);
    expect(word('zhishi-chanquan')).toContain('知识产权是权利人依法享有的一种专有的权利。民法典列出了它的对象');
    expect(word('zhishi-chanquan')).not.toMatch(/和我们的其他财产一样|一般要先得到|法律让创造者/);
    expect(word('zhuanli')).toContain('除专利法另有规定的以外，别人没有得到专利权人的许可，不能为了做生意去制造、销售专利权人的专利产品（');
    expect(word('zhuanli')).not.toContain('国家批准给新发明创造');
    expect(word('faming-zhuanli')).not.toContain('很看重');
    expect(word('faming-zhuanli')).toContain('不能为了做生意去制造、使用、销售这种材料');
    expect(word('waiguan-sheji')).toContain('所作的新设计，要有美感');
    expect(word('zhuzuoquan')).toContain('具有独创性并能以一定形式表现的智力成果');
    expect(word('zhuzuoquan')).not.toContain('计算机软件都是作品');
    expect(word('shangye-mimi')).toContain('不为公众所知悉、有商业价值、权利人采取了保密措施的技术信息、经营信息等商业信息');
    expect(word('shangye-mimi')).not.toContain('靠保密来保护');
    expect(word('qinquan')).toContain('专利权被授予后，除专利法另有规定的以外，未经专利权人许可，不得为生产经营目的制造、销售其专利产品（');
  });

  it.each(kitRoutes)('%s says nowhere that copyright arises automatically on creation, that signing another\'s work is infringement, or what 发明 and 实用新型 are by mirror-only words', (route) => {
    const text = textOf(readPage(route));
    expect(text).not.toMatch(/创作完成就|创作出来就|自动产生|自动有著作权|自动享有著作权|侵犯了作者的著作权|哪里侵犯了知识产权/);
    expect(text).not.toMatch(/形状、构造|形状、结构的小改进|新的技术方案是发明/);
  });

  it('the slides and the paper carry the corrected words', async () => {
    const deck = await unzip('teach/slides-junior.pptx');
    const slides = await Promise.all(Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => deck.file(n)!.async('string').then(xmlText)));
    expect(slides.join('')).toContain('著作权：中国公民的作品不论是否发表都享有');
    expect(slides.join('')).not.toContain('作品完成就自动产生');
    const paper = xmlText(await (await unzip('teach/quiz-junior.docx')).file('word/document.xml')!.async('string'));
    expect(paper).toContain('专利法第二条所说的“富有美感并适于工业应用的新设计”，是哪一种发明创造？');
  });

  it('the week page gives 2023\'s and 2025\'s themes in the official English, not in words only mirror copies gave', () => {
    const lists = findAll(readPage('/teach/week/'), (el) => el.tagName === 'dl' && attr(el, 'class') === 'teach-themes');
    const weekList = lists[0]!;
    const items = weekList.childNodes.filter((n): n is Element => 'tagName' in n && (n.tagName === 'dt' || n.tagName === 'dd'));
    const themeOf = (year: number) => {
      const at = items.findIndex((el) => el.tagName === 'dt' && textOf(el) === `${year}年`);
      return textOf(items[at + 1]!);
    };
    expect(themeOf(2023).startsWith('“Strengthening Legal Protection of IPR, Supporting Comprehensive Innovation”')).toBe(true);
    expect(themeOf(2025).startsWith('“Intellectual Property and Artificial Intelligence”')).toBe(true);
  });
});

describe('eleventh review (2026-12-06): the kit says what the plan, the laws and its sources say (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));

  it('the quiz explanations quote the plan and the laws no wider than they are', () => {
    const primary = pageText('/teach/quiz/primary/');
    expect(primary).toContain('规划写明：建立知识产权志愿者制度，推动在高等学校、科研院所、行业协会和学会中建立志愿者队伍。');
    expect(primary).not.toContain('推动在高等学校等单位中建立志愿者队伍');
    expect(primary).toContain('规划写明要把知识产权文化建设与校园文化建设紧密结合，开展各类主题教育。');
    expect(primary).not.toContain('在学校里开展主题教育');
    expect(primary).toContain('著作权法所说的作品包括文字作品、美术作品、摄影作品等，须具有独创性并能以一定形式表现；');
    expect(primary).not.toContain('作文、图画、照片是有独创性的智力成果');
    expect(primary).toContain('著作权法第二条规定，中国公民、法人或者非法人组织的作品，不论是否发表，都依照著作权法享有著作权；把网上别人的画署上自己的名字');
    expect(primary).not.toContain('那幅画的作者依法享有著作权');
    expect(primary).toContain('享有，中国公民的作品不论是否发表都享有著作权');
    expect(primary).not.toMatch(/享有，作品不论是否发表/);
    // p06 cites a Liaoning example: the note names that kind of source on the one level that has it.
    expect(primary).toContain('或法律条文（写明条号、来源和本站核对的日期），或辽宁实例的来源网页（写明本站核对的日期）。');
    const junior = pageText('/teach/quiz/junior/');
    expect(junior).toContain('注册商标有效期满，需要继续使用的，可以办理续展，每次续展注册的有效期为十年。');
    expect(junior).toContain('应当在期满前十二个月内办理续展手续，未能办理的可以给予六个月的宽展期；');
    expect(junior).not.toContain('注册商标期满后可以续展');
    // j11: the plan lists 仲裁、调解和公证 under 大保护 and gives them no purpose; the stem gave one.
    expect(junior).toContain('在“构建知识产权大保护工作格局”一段，规划提出要完善知识产权的哪些工作机制？');
    expect(junior).not.toContain('为了解决知识产权纠纷，规划提出');
    expect(junior).not.toContain('辽宁实例的来源网页');
    const senior = pageText('/teach/quiz/senior/');
    expect(senior).toContain('列出的主要表现中有“高等学校、科研院所专利转化产业化比例偏低”');
    expect(senior).not.toContain('需要补齐的短板');
  });

  it('the lessons and their slides state 第十一条, 第二条 and 第二十三条 as the laws do, on the pages and in the decks', async () => {
    const primary = pageText('/teach/primary/');
    expect(primary).toContain('未经许可，不能为生产经营制造、销售');
    expect(primary).toContain('得到专利后，除专利法另有规定的以外，别人未经许可不能为生产经营目的制造、销售专利产品。');
    expect(primary).toContain('中国公民的作品不论是否发表都有著作权');
    expect(primary).toContain('注册商标有效期10年，可以续展');
    expect(primary).not.toMatch(/别人不能随便拿去生产|商标注册后受法律保护|[^民的]作品不论是否发表都有著作权/);
    const junior = pageText('/teach/junior/');
    expect(junior).toContain('批准后除专利法另有规定的以外，别人未经许可不能为生产经营目的制造、销售专利产品；');
    expect(junior).toContain('外观设计：产品形状、图案等的新设计');
    expect(junior).not.toMatch(/不能拿来生产、销售|形状、图案与色彩搭配|未经许可，不能生产、销售/);
    // “遇到侵权：可以寻求维权援助” cites the plan's words on 维权援助, not only its volunteers.
    expect(junior).toContain('拓宽维权通道，开展维权援助机构规范化管理工作，建设“辽宁知识产权维权援助公共服务平台”');
    const senior = pageText('/teach/senior/');
    expect(senior).toContain('区分著作权（中国公民的作品不论是否发表都享有）');
    expect(senior).toContain('自然人作品的发表权和财产权：作者终生及死亡后五十年');
    expect(senior).toContain('地理标志：品质主要由产地因素决定');
    expect(senior).not.toMatch(/一般保护|品质取决于产地/);
    const deck = await unzip('teach/slides-primary.pptx');
    const slides = await Promise.all(Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => deck.file(n)!.async('string').then(xmlText)));
    expect(slides.join('')).toContain('未经许可，不能为生产经营制造、销售');
    expect(slides.join('')).not.toContain('别人不能随便拿去生产');
  });

  it('the week page gives 2021\'s dates and 2020\'s themes with their sources, the poster rules as 2020\'s, and sources its Liaoning examples', () => {
    const page = readPage('/teach/week/');
    const week = textOf(page);
    expect(week).toContain('“知识产权与健康中国”');
    expect(week).toContain('主题为“知识产权与健康中国”。');
    expect(week).toContain('“Innovate for a Green Future”');
    expect(findAll(page, byTag('a')).map((a) => attr(a, 'href'))).toEqual(expect.arrayContaining(['http://hb.china.com.cn/2020-04/19/content_41127129.htm', 'https://wipo.int/web/ipday/2020/index', 'http://scjgj.panjin.gov.cn/2025_05/06_17/content-519664.html', 'https://ln.cri.cn/20180815/6447ad69-da50-19df-c47e-c8d93fbd3dc0.html']));
    expect(week).toContain('按当年的授权说明使用（2020年的说明要求标注版权方和海报来源，不随意改变一套四张海报的排列次序和版面设计）。');
    expect(week).not.toContain('按授权要求标注版权方和海报来源，不改动排列次序和版面设计');
    expect(pageText('/teach/poster/')).toMatch(/表1的5项指标，4项完成目标（本站计算）。/);
    expect(pageText('/teach/')).toContain('讲到法律的地方写明法律名称、条号、本站核对所据的网页和核对日期，条文原文或条号只在转载网站见到的另加注明；只查到此前版本条文的，注明所据的版本，现行条文仍是这样是本站推断。');
  });

  it('the examples say what their stored quotes say (Tieling\'s six products as of 2018; Dalian\'s award is the 20th)', () => {
    const examples = JSON.parse(readFileSync('src/content/teach/examples.json', 'utf8')) as Array<{ id: string; plain: string; sources: Array<{ quote: string }> }>;
    const example = (id: string) => examples.find((e) => e.id === id)!;
    expect(example('tieling-rice').plain).toContain('报道说，至此铁岭市已经拥有铁岭大米');
    expect(example('tieling-rice').plain).not.toContain('铁岭市共有');
    expect(example('dalian-patent-award').sources[0]!.quote).toContain('《关于奖励第二十届中国专利奖辽宁获奖项目的决定》');
  });

  it("cites each law by a page that carries the point taught: 著作权法第三条's definition, 第四十二条's terms, 第二条's design", () => {
    const bank = JSON.parse(file('data/quiz.json').toString('utf8')) as { questions: Array<Record<string, string>> };
    // Review 23: the kinds of works these answers name (文字、美术、摄影; 软件、音乐) are on China Daily's 2019 list, not WIPO's page: both are linked.
    const WORKS_LIST = 'https://govt.chinadaily.com.cn/s/201901/08/WS5c32c2bb498e27e33802aba4/what-works-are-protected-by-chinas-copyright-law.html';
    // Review 24: the article's number (第三条) is on neither of those but on chinaservicesinfo's 2021 report, linked beside them.
    const ARTICLE_3 = 'https://chinaservicesinfo.com/s/202106/11/WS60c322ac498e082fcaef72eb/revised-copyright-law-meets-demands-of-the-times.html';
    for (const id of ['p11', 's13']) {
      const q = bank.questions.find((row) => row.id === id)!;
      expect(q.source_url).toBe(`https://wipo.int/news/en/wipolex/2021/article_0009.html ${WORKS_LIST} ${ARTICLE_3}`);
      expect(q.source_quote).toContain('the revised law tweaked the definition of works and their types in the Article 3.');
      expect(q.source_quote).toContain('intellectual achievements that are original in the fields of literature, art and science, and can be expressed in a certain form');
      expect(q.source_quote).toContain('(1) written works;');
      expect(q.source_quote).toContain('(8) computer software;');
    }
    const answerLinks = (route: string, words: string) => {
      const answers = findAll(readPage(route), (el) => attr(el, 'class') === 'quiz-answer' && textOf(el).includes(words));
      expect(answers, `${route} ${words}`).toHaveLength(1);
      return findAll(answers[0]!, byTag('a')).map((a) => attr(a, 'href'));
    };
    expect(answerLinks('/teach/quiz/primary/', '普通石头是自然形成的')).toEqual(['https://wipo.int/news/en/wipolex/2021/article_0009.html', WORKS_LIST, ARTICLE_3]);
    expect(answerLinks('/teach/quiz/senior/', '只存在于脑中的想法没有表现出来')).toEqual(['https://wipo.int/news/en/wipolex/2021/article_0009.html', WORKS_LIST, ARTICLE_3]);
    const key = findAll(readPage('/teach/quiz/primary/'), byTag('li')).map(textOf).filter((t) => t.includes('普通石头是自然形成的，不是智力成果，不是作品。（出处：'));
    expect(key).toHaveLength(1);
    expect(key[0]).toMatch(/（https:\/\/wipo\.int\/news\/en\/wipolex\/2021\/article_0009\.html，核对于.*；《中华人民共和国著作权法》第三条（https:\/\/govt\.chinadaily\.com\.cn\/s\/201901\/08\//);
    // 发明二十年、实用新型十年、自申请日起: the page that says so, not the report of the design term's change.
    for (const id of ['j01', 'j19', 's14']) {
      const q = bank.questions.find((row) => row.id === id)!;
      expect(q.source_url).toBe('https://www.cnipa.gov.cn/art/2006/8/18/art_1278_48761.html');
      expect(q.source_quote).toBe('发明专利权的期限为二十年，实用新型专利权和外观设计专利权的期限为十年，均自申请日起计算。');
    }
    for (const id of ['p21', 'j14']) expect(bank.questions.find((row) => row.id === id)!.source_quote).toContain('由10年延长至15年');
    // The design's definition (j04, s08): the 浙江 office's page that quotes 第二条, not an English line naming the three kinds.
    for (const id of ['j04', 's08']) expect(bank.questions.find((row) => row.id === id)!.source_quote).toContain('富有美感并适于工业应用的新设计');
    const junior = findAll(readPage('/teach/quiz/junior/'), byTag('a')).map((a) => attr(a, 'href'));
    expect(junior).toContain('https://www.cnipa.gov.cn/art/2006/8/18/art_1278_48761.html');
    // Review 22: the lessons teach the same terms and the design's definition; each slide or step that does links those pages too,
    // not only 甘肃日报's report of the design's 10 → 15 years or China Daily's line naming the three kinds.
    const CNIPA_2006 = 'https://www.cnipa.gov.cn/art/2006/8/18/art_1278_48761.html';
    const ZHEJIANG = 'https://zscqyjs.zjamr.zj.gov.cn/api/othing/cms/tzggDetail/3/2fafbe8934784b20a2ec03ca0c2c56dc.html';
    const GANSU = 'http://szb.gansudaily.com.cn/gsrb/202011/17/c220751.html';
    const linksIn = (route: string, words: string) => {
      const blocks = findAll(readPage(route), (el) => ['slide', 'teach-step'].includes(attr(el, 'class') ?? '') && textOf(el).includes(words));
      expect(blocks, `${route} ${words}`).toHaveLength(1);
      return findAll(blocks[0]!, byTag('a')).map((a) => attr(a, 'href'));
    };
    const primarySlide = linksIn('/teach/primary/', '发明：保护期20年');
    expect(primarySlide).toEqual(expect.arrayContaining([CNIPA_2006, ZHEJIANG]));
    expect(primarySlide).not.toContain(GANSU); // that slide gives no design term
    expect(linksIn('/teach/junior/', '外观设计：产品形状、图案等的新设计')).toEqual(expect.arrayContaining([CNIPA_2006, ZHEJIANG, GANSU]));
    expect(linksIn('/teach/senior/', '发明、实用新型：自申请日起计算')).toEqual(expect.arrayContaining([CNIPA_2006, GANSU]));
    expect(linksIn('/teach/senior/', '发明专利20年、实用新型10年（这两项据2020年修改前的条文')).toEqual(expect.arrayContaining([CNIPA_2006, GANSU]));
    // Where a lesson names kinds of works (书、画、音乐, 文章, 软件), China Daily's list of them, beside WIPO's definition.
    expect(linksIn('/teach/primary/', '著作权：书、画、音乐等作品')).toContain(WORKS_LIST);
    expect(linksIn('/teach/primary/', '著作权保护书、画、音乐等作品')).toContain(WORKS_LIST);
    expect(linksIn('/teach/senior/', '文字图片和软件（著作权）')).toContain(WORKS_LIST);
    expect(linksIn('/teach/primary/', '著作权：书、画、音乐等作品')).toContain(ARTICLE_3);
    expect(linksIn('/teach/junior/', '里面的音乐、软件：著作权')).toContain(ARTICLE_3);
    expect(linksIn('/teach/senior/', '手机里的软件、音乐：著作权')).toContain(ARTICLE_3);
    // Review 24: where a lesson files a product's shape (造型, 外形) under 外观设计, the page with 第二条's definition (形状、图案), beside China Daily's three kinds.
    for (const [route, words] of [
      ['/teach/primary/', '水杯的造型：可能有外观设计专利'],
      ['/teach/junior/', '水杯造型（可能有外观设计专利）'],
      ['/teach/junior/', '外形：外观设计'],
      ['/teach/senior/', '外形（外观设计）'],
      ['/teach/senior/', '手机的外形：外观设计'],
    ] as const) expect(linksIn(route, words), `${route} ${words}`).toContain(ZHEJIANG);
    // Review 24: 著作权法第二条第一款's number is on 中国网's English text (review 17's source), not on China Daily's 2006 line: both are linked where it is cited.
    const ARTICLE_2 = 'http://english.china.org.cn/government/laws/2007-04/21/content_1207485.htm';
    for (const id of ['p02', 'p16']) {
      const q = bank.questions.find((row) => row.id === id)!;
      expect(q.source_url).toBe(`https://www.chinadaily.com.cn/business/2006-09/27/content_697882.htm ${ARTICLE_2}`);
      expect(q.source_quote).toContain('Article 2 Works of Chinese citizens, legal entities or other organizations, whether published or not, shall enjoy copyright in accordance with this Law.');
    }
    expect(answerLinks('/teach/quiz/primary/', '著作权法第二条规定，中国公民的作品，不论是否发表')).toContain(ARTICLE_2);
    expect(linksIn('/teach/senior/', '中国公民的作品享有著作权')).toContain(ARTICLE_2);
    expect(linksIn('/teach/junior/', '中国公民的作品不论是否发表都享有著作权；专利要经过批准')).toContain(ARTICLE_2);
    // Review 24: the design's fifteen years cite 第四十二条, whose 2020 text only reposts give: the citation says so (the 2006 page has ten years).
    for (const id of ['p21', 'j14']) expect(bank.questions.find((row) => row.id === id)!.source, id).toContain('外观设计的十五年规定在修改后的第四十二条，条号本站只在转载页见到；');
    expect(textOf(readPage('/zh-hant/teach/quiz/junior/'))).toContain('外觀設計的十五年規定在修改後的第四十二條，條號本站只在轉載頁見到；');
    // The pupils' words for 发明专利 and 实用新型 give the same terms; 外观设计's word gives the definition.
    const words = readPage('/teach/words/');
    const wordLinks = (id: string) => findAll(findAll(words, byId(`kid-${id}`))[0]!, byTag('a')).map((a) => attr(a, 'href'));
    for (const id of ['faming-zhuanli', 'shiyong-xinxing']) {
      expect(wordLinks(id), id).toContain(CNIPA_2006);
      expect(wordLinks(id), id).not.toContain(GANSU);
    }
    expect(wordLinks('waiguan-sheji')).toEqual(expect.arrayContaining([ZHEJIANG, GANSU]));
    expect(wordLinks('zhuzuoquan')).toContain(WORKS_LIST);
    expect(wordLinks('zhuzuoquan')).toContain(ARTICLE_2);
    expect(wordLinks('zhuzuoquan')).toContain(ARTICLE_3);
    // The junior slide's “表2列出五项主要指标” cites 表2 itself.
    expect(linksIn('/teach/junior/', '表2列出五项主要指标')).toContain('/general-requirements/#t2-r1');
  });
});

describe('twelfth review (2026-12-06): what the kit infers says so, and the week\'s dates name their years (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));

  it('gives the week\'s dates as the sourced years on the week page, in the parents\' message and on the poster, in both editions', () => {
    const week = pageText('/teach/week/');
    expect(week).toContain('最好放在当年全国知识产权宣传周期间（2020、2021、2023、2025年的宣传周都在4月20日至26日；当年的日期以当年通知为准）。');
    expect(week).toContain('各位家长好！2020、2021、2023、2025年的全国知识产权宣传周都在4月20日至26日（今年的日期以当年通知为准），4月26日是世界知识产权日。');
    const poster = pageText('/teach/poster/');
    expect(poster).toContain('知识产权宣传周 · 2020、2021、2023、2025年都在4月20日—26日');
    // The poster's five figures are 表2's 主要指标, not all the plan's targets (it has more).
    expect(poster).toContain('辽宁“十四五”知识产权规划：5项主要指标');
    expect(poster).not.toContain('五个目标');
    for (const route of ['/teach/week/', '/teach/poster/', '/zh-hant/teach/week/', '/zh-hant/teach/poster/']) expect(pageText(route)).not.toMatch(/一般在4月20日/);
    expect(pageText('/zh-hant/teach/week/')).toContain('2020、2021、2023、2025年的全國知識產權宣傳週都在4月20日至26日（今年的日期以當年通知為準）');
  });

  it('labels as 本站推断 what the plan does not say: 1+2+N\'s “2”, why 每万人口, how 年均增长 compounds, and that 表1 and 表2 count different patents', async () => {
    const junior = pageText('/teach/quiz/junior/');
    expect(junior).toContain('规划打造“1+2+N”知识产权运营服务体系，以哪两个重点城市建设为导向？');
    expect(junior).toContain('规划没有说“2”指什么，指这两个城市是本站推断。');
    expect(junior).not.toContain('的“2”，指的是哪两个重点城市');
    // j16: 第十一条 bars it 除专利法另有规定的以外; the stem now says so.
    expect(junior).toContain('除专利法另有规定的以外，以生产经营为目的，未经专利权人许可实施其专利，是专利法所禁止的。');
    const lesson = pageText('/teach/junior/');
    expect(lesson).toContain('按人口平均以后，人口多的地方和人口少的地方也能比较，这是本站推断，规划没有这样写。');
    expect(lesson).toContain('用“每万人口”，人口不同的地方也能比较，这是本站推断，规划没有这样写。');
    expect(lesson).not.toContain('这样人口多的地方和人口少的地方也能比较。');
    expect(lesson).toContain('除专利法另有规定外，未经许可，不能为生产经营制造、销售');
    expect(lesson).toContain('说出民法典列出的知识产权客体');
    expect(lesson).not.toMatch(/主要种类|人们智力创造的成果受法律保护/);
    const senior = pageText('/teach/senior/');
    expect(senior).toContain('“年均增长”理解为每年在上一年的基础上增长、五年连乘，是本站推断，规划没有写明算法。');
    expect(senior).toContain('规划没有写明“年均增长”的算法，按每年在上一年的基础上增长理解，是本站推断。');
    expect(senior).toContain('规划没有解释两个指标的关系；按名称判断它们数的不是同一种专利、不能直接比较，是本站推断。');
    expect(senior).not.toContain('说明两者不能直接比较的原因');
    expect(senior).toContain('除专利法另有规定外，未经许可不得为生产经营实施');
    expect(senior).toContain('客体由法律列出：作品、发明、商标等');
    expect(senior).not.toMatch(/主要种类|保护的是智力创造的成果/);
    const primary = pageText('/teach/primary/');
    expect(primary).toContain('法律保护的知识产权有好几种，我们先认识其中四种：');
    expect(primary).not.toContain('四种主要的知识产权');
    const deck = await unzip('teach/slides-senior.pptx');
    const parts = await Promise.all(Object.keys(deck.files).filter((n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n)).map((n) => deck.file(n)!.async('string').then(xmlText)));
    expect(parts.join('')).toContain('按名称判断它们数的不是同一种专利、不能直接比较，是本站推断。');
    expect(parts.join('')).toContain('除专利法另有规定外，未经许可不得为生产经营实施');
  });
});

describe('thirteenth review (2026-12-06): no wider than the law, the plan and the sources (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));

  it("limits 第二十三条's fifty years to 发表权 and the property rights, and says nothing of the plan it does not say", async () => {
    const senior = pageText('/teach/senior/');
    // 第二十三条 times 发表权 and the rights of 第十条第一款第五项至第十七项 only: 署名权 and the like have no term.
    expect(senior).toContain('自然人作品的发表权和财产权：作者终生及死亡后五十年');
    expect(senior).not.toContain('自然人的作品：作者终生及死亡后五十年');
    // The closing slogan was the site's own, sourced nowhere; the plan's words stand in its place.
    expect(senior).toContain('规划说，知识产权“激励创新的基本作用更加突出”。');
    expect(senior).toContain('还提出要“增强各类学校学生的知识产权意识和创新意识”。');
    expect(senior).not.toMatch(/保护知识产权就是保护创新|也希望学校增强学生/);
    const deck = await unzip('teach/slides-senior.pptx');
    const parts = await Promise.all(Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => deck.file(n)!.async('string').then(xmlText)));
    expect(parts.join('')).toContain('自然人作品的发表权和财产权：作者终生及死亡后五十年');
    expect(parts.join('')).not.toContain('保护知识产权就是保护创新');
    // A brand is no 创造成果 in 民法典第一百二十三条's words: the junior opening names the article's objects.
    const junior = pageText('/teach/junior/');
    expect(junior).toContain('民法典列出的知识产权客体里有发明、外观设计、商标和作品，权利人依法对这些客体享有的专有的权利就是知识产权。');
    expect(junior).not.toContain('这些都是人们的创造成果');
    // Its closing step said the same (知识产权保护的是人们的创造): a geographical indication is no one's creation; review 20 named the article's objects there too.
    expect(junior).toContain('民法典列出的知识产权客体有作品、发明、商标、地理标志等，这些都依法受到保护。');
    expect(junior).not.toContain('知识产权保护的是人们的创造');
    // j14 asks what the law sets (design applications filed before 2021-06-01 are reported to keep ten years).
    const juniorQuiz = pageText('/teach/quiz/junior/');
    expect(juniorQuiz).toContain('现行专利法规定的外观设计专利权期限是十年。');
    expect(juniorQuiz).not.toContain('现在外观设计专利权的期限是十年。');
    // What follows 规划写明 is the plan's words as they stand, not a shortened or reworded run.
    expect(juniorQuiz).toContain('规划写明：利用人工智能、大数据、区块链等新技术，通过源头追溯、实时监测、在线识别等手段强化知识产权保护。');
    expect(juniorQuiz).not.toContain('区块链等新技术强化知识产权保护');
    const seniorQuiz = pageText('/teach/quiz/senior/');
    expect(seniorQuiz).toContain('规划写明：建立知识产权质押融资“白名单”，增强企业对无形资产质押融资认知程度。');
    expect(seniorQuiz).not.toContain('无形资产质押融资的认知');
    expect(seniorQuiz).toContain('规划写明：建立知识产权快保护工作机制。以保护中心建设为重点，加快完善知识产权快保护体制机制。');
  });

  it("the poster says 表2 gives each indicator's 2020 figure and 年均增长, not a growth for each year", () => {
    const poster = pageText('/teach/poster/');
    expect(poster).toContain('规划表2写明了各项指标2020年的数和到2025年的年均增长。');
    expect(poster).not.toContain('每年预期增长多少');
    // Its 2025 figures compound 年均增长 year on year: the plan gives no method, so the poster says the reading is the site's.
    expect(poster).toContain('2025年的数按年均增长逐年连乘推算，规划没有写明算法，是本站推断。');
    // So do the slides that show 表2's first row with its “照此增长” line, in their notes.
    for (const route of ['/teach/junior/', '/teach/senior/']) {
      const notes = findAll(readPage(route), (el) => attr(el, 'class') === 'slide-notes').map(textOf);
      expect(notes.filter((n) => n.includes('“照此增长”一行按每年在上一年的基础上增长推算，规划没有写明算法，是本站推断。'))).toHaveLength(1);
    }
    expect(pageText('/zh-hant/teach/poster/')).toContain('規劃表2寫明了各項指標2020年的數和到2025年的年均增長。');
  });

  it("the week page sources 4月26日 as World IP Day every year by WIPO's own page", () => {
    const week = pageText('/teach/week/');
    expect(week).toContain('Every April 26, we celebrate World Intellectual Property Day to learn about the role that intellectual property (IP) rights play in encouraging innovation and creativity.');
    expect(week).toContain('世界知识产权组织的世界知识产权日页面（2022年版本）：每年4月26日是世界知识产权日。');
    // 2019's and 2017's themes stand on official pages (CNIPA's English site, chinaipr.gov.cn): no longer years 本站未查到.
    expect(week).toContain('“Providing Stringent IP Protection and Creating a First-Class Business Environment”');
    expect(week).toContain('“innovation and creation changes lives and intellectual property creates better future”');
  });
});

describe('fourteenth review (2026-12-06): the week page says no more than its sources, and what it did not look for (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));

  it('no longer infers that every year\'s week is 20 to 26 April: CNIPA\'s English page gives 2012\'s as 20 to 27 April', () => {
    const week = pageText('/teach/week/');
    expect(week).toContain('；并不是每年都在这几天：2012年的宣传周是4月20日至27日。');
    expect(week).toContain('During the week from April 20 to 27');
    expect(week).not.toContain('每年都在这几天举行，是本站推断');
  });

  it('gives 2018\'s week theme and World IP Day\'s 2017–2019 themes, findable years it had called unfound, and says which years it looked for', () => {
    const week = pageText('/teach/week/');
    expect(week).toContain('“倡导创新文化 尊重知识产权”');
    expect(week).toContain('2018年全国知识产权宣传周以“倡导创新文化 尊重知识产权”为主题');
    for (const theme of ['Innovation – Improving Lives', 'Powering change: Women in innovation and creativity', 'Reach for Gold: IP and Sports']) expect(week).toContain(`“${theme}”`);
    expect(week).toContain('表中列出2017年以来本站查到可靠出处的年份；2026年的宣传周主题本站未查到可靠出处，2017年以前的年份本站没有逐年查找，都不作推测。');
    expect(week).not.toContain('表中没有的年份，本站未查到可靠出处');
    expect(pageText('/zh-hant/teach/week/')).toContain('2017年以前的年份本站沒有逐年查找');
  });

  it('cites China Daily\'s list of the kinds of works where a slide says software is a work, not a repost alone', () => {
    const chinaDaily = 'https://govt.chinadaily.com.cn/s/201901/08/WS5c32c2bb498e27e33802aba4/what-works-are-protected-by-chinas-copyright-law.html';
    for (const route of ['/teach/junior/', '/teach/senior/']) {
      expect(findAll(readPage(route), (el) => el.tagName === 'a' && attr(el, 'href') === chinaDaily).length, route).toBeGreaterThan(0);
    }
  });
});

describe('fifteenth review (2026-12-06): the design\'s fifteen years without an unsourced start, and high only for the issuing body\'s own page (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));

  it('asks and teaches the design\'s fifteen years, and 申请日 only for 发明 and 实用新型, on the pages, in the deck and in the open data', async () => {
    const primaryQuiz = pageText('/teach/quiz/primary/');
    expect(primaryQuiz).toMatch(/现行专利法规定的外观设计专利权期限是（\s*）年。/);
    expect(primaryQuiz).toContain('专利法2020年修改后，外观设计专利权的期限由十年延长为十五年。');
    expect(primaryQuiz).not.toContain('从申请日起计算');
    const seniorQuiz = pageText('/teach/quiz/senior/');
    expect(seniorQuiz).toContain('发明专利权的期限自授权之日起计算。');
    expect(seniorQuiz).toContain('专利法规定，发明专利权的期限为二十年，自申请日起计算，不是自授权之日起计算（这是2020年修改前的条文；修改后仍是这样，是本站推断）。');
    expect(seniorQuiz).not.toMatch(/外观设计专利权的期限自授权之日起计算|发明、实用新型和外观设计专利权的期限均自申请日起计算/);
    expect(pageText('/teach/junior/')).toContain('这15年从哪一天算起，官方或主要媒体刊载的条文原文本站未查到，课上不讲。');
    const senior = pageText('/teach/senior/');
    expect(senior).toContain('发明、实用新型：自申请日起计算');
    expect(senior).toContain('这15年从哪一天起计算，官方或主要媒体刊载的条文原文本站未查到，不作为定论讲授。');
    expect(senior).not.toContain('均自申请日起计算除专利法');
    const deck = await unzip('teach/slides-senior.pptx');
    const slides = (await Promise.all(Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => deck.file(n)!.async('string').then(xmlText)))).join('');
    expect(slides).toContain('发明、实用新型：自申请日起计算');
    expect(slides).not.toContain('均自申请日起计算');
    // The compounding reading of 年均增长 is labelled on the projected slide, not only in the speaker's notes.
    expect(slides).toContain('每年在上一年的基础上增长（本站推断）');
    expect(senior).toContain('每年在上一年的基础上增长（本站推断）');
    const bank = JSON.parse(file('data/quiz.json').toString('utf8')) as { questions: Array<Record<string, string>> };
    expect(bank.questions.find((q) => q.id === 'p21')!.stem).toBe('现行专利法规定的外观设计专利权期限是____年。');
    expect(bank.questions.find((q) => q.id === 'p04')!.explanation).toBe('规划写明：规划执行年为2021年至2025年。规划开头也写明了“十四五”时期（2021-2025）。');
  });

  it('labels medium, not high, WIPO\'s themes told by CNIPA, Hong Kong and Shanghai, and China IP News on CNIPA\'s site', () => {
    const week = pageText('/teach/week/');
    expect(week).toContain('2024年世界知识产权日的主题是「知识产权和可持续发展目标:立足创新创造,构建共同未来」。可信度：中');
    expect(week).toContain('World IP Day 2023-Women and IP: Accelerating Innovation and Creativity可信度：中');
    expect(week).toContain('"IP and music: Feel the beat of IP"可信度：中');
    expect(week).toContain('WIPO China: World Intellectual Property Day 2026 | IP and Sports: Ready, Set, Innovate!可信度：中');
    expect(week).toContain('"Providing Stringent IP Protection and Creating a First-Class Business Environment".可信度：中');
    expect(week).not.toMatch(/Women and IP: Accelerating Innovation and Creativity可信度：高|构建共同未来」。可信度：高/);
    // WIPO's own page, the issuer's, now gives 2021's and 2023's themes in WIPO's own words.
    expect(week).toMatch(/2021年\s*“IP & SMEs: Taking your ideas to market”\s*WIPOWorld Intellectual Property Day – April 26, 2021 IP & SMEs: Taking your ideas to market可信度：高/);
    expect(week).toMatch(/2023年\s*“Women and IP: Accelerating innovation and creativity”\s*WIPOWorld Intellectual Property Day – April 26, 2023 Women and IP: Accelerating innovation and creativity可信度：高/);
    // The week's own organisers' pages stay high: CNIPA's 2021 and 2023 notices, NCAC's 2025 notice, WIPO's day.
    expect(week).toContain('Intellectual Property and Artificial Intelligence.可信度：高');
  });
});

describe('sixteenth review (2026-12-06): the law as it stands says which text it rests on, and a law firm\'s page is low (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));

  it('says beside 发明\'s and 实用新型\'s terms that they rest on the text before 2020, on the pages, in the deck and in the open data', async () => {
    const junior = pageText('/teach/junior/');
    expect(junior).toContain('发明专利保护20年，实用新型10年，都从申请日算起（这是2020年修改前的条文；修改后仍是这样，是本站推断）；外观设计保护15年（2020年修改专利法后的规定，此前为10年；修改专利法的决定自2021年6月1日起施行），');
    expect(junior).toContain('发明、实用新型的年限：2020年修改前的条文，本站推断修改后未变');
    expect(junior).not.toContain('现行专利法自2021年6月1日起施行');
    // Every citation of 第四十二条 says which text it rests on: the slide's sources, the quiz's, the open data's.
    expect(junior).toContain('发明、实用新型的年限和起算日，据国家知识产权局2006年刊载的当时施行的条文；2020年修改后这两项仍是这样，是本站推断');
    expect(pageText('/teach/primary/')).toContain('此后修改商标法没有改变本条，是本站推断');
    const senior = pageText('/teach/senior/');
    expect(senior).toContain('发明、实用新型：自申请日起计算（2020年修改前条文，本站推断未变）');
    expect(senior).toContain('发明专利20年、实用新型10年（这两项据2020年修改前的条文，修改后未变是本站推断）、外观设计15年；');
    expect(senior).not.toContain('外观设计15年是现行专利法自2021年6月1日起的规定');
    // Review 17: WIPO's news gives the date review 16 had called 本站未查到.
    expect(senior).toContain('外观设计15年是2020年修改专利法后的规定，此前为10年（修改专利法的决定自2021年6月1日起施行）；');
    expect(senior).not.toContain('何日施行');
    expect(pageText('/teach/quiz/junior/')).toContain('专利法规定，实用新型专利权的期限为十年，自申请日起计算（这是2020年修改前的条文；修改后仍是这样，是本站推断）。');
    expect(pageText('/zh-hant/teach/senior/')).toContain('發明、實用新型：自申請日起計算（2020年修改前條文，本站推斷未變）');
    const deck = await unzip('teach/slides-senior.pptx');
    const slides = (await Promise.all(Object.keys(deck.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => deck.file(n)!.async('string').then(xmlText)))).join('');
    expect(slides).toContain('发明、实用新型：自申请日起计算（2020年修改前条文，本站推断未变）');
    const bank = JSON.parse(file('data/quiz.json').toString('utf8')) as { questions: Array<Record<string, string>> };
    const j01 = bank.questions.find((q) => q.id === 'j01')!;
    expect(j01.explanation).toBe('专利法规定，发明专利权的期限为二十年，自申请日起计算（这是2020年修改前的条文；修改后仍是这样，是本站推断）。');
    expect(Object.values(j01).join('|')).toContain('2020年修改后这两项仍是这样，是本站推断');
    expect(pageText('/data/')).toContain('只查到此前版本条文的，条号后括注所据的版本，现行条文仍是这样是本站推断');
  });

  it('labels on the projected slide, not only in the notes, what 预期性 means and that 表1 and 表2 count different patents', async () => {
    expect(pageText('/teach/junior/')).toContain('预期性：规划希望达到的方向（本站推断）');
    expect(pageText('/teach/senior/')).toContain('名称不同，数的不是同一种专利（本站推断）');
    const deck = async (level: string) => {
      const zip = await unzip(`teach/slides-${level}.pptx`);
      return (await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string').then(xmlText)))).join('|');
    };
    expect(await deck('junior')).toContain('预期性：规划希望达到的方向（本站推断）');
    const senior = await deck('senior');
    expect(senior).toContain('名称不同，数的不是同一种专利（本站推断）');
    expect(senior).not.toMatch(/数的不是同一种专利(?!（本站推断）)/);
  });
});

describe('seventeenth review (2026-12-06): an article number only reposts give is said to be so beside each citation (as built)', () => {
  const pageText = (route: string) => textOf(readPage(route));
  const ELEVEN = '《中华人民共和国专利法》第十一条（核对于2026-12-05；所讲的内容据2020年修改前的条文（China Daily 2015年的英文说明）；条号和“发明和实用新型”“除专利法另有规定的以外”这两处限定，本站只在转载页见到；2020年修改后仍是这样，是本站推断）';
  const THIRTY_NINE = '《中华人民共和国商标法》第三十九条（核对于2026-12-05；所讲的内容据2015年的英文说明（当时施行的条文）；条号本站只在转载页见到；此后修改商标法没有改变本条，是本站推断）';

  it('says it for 专利法第十一条 and 商标法第三十九条、第四十条第一款、第十六条第二款 on the pages, in both editions, in the paper and in the open data', async () => {
    const junior = pageText('/teach/junior/');
    expect(junior).toContain(ELEVEN);
    expect(junior).toContain(THIRTY_NINE);
    expect(junior).toContain('《中华人民共和国商标法》第十六条第二款（核对于2026-12-05；所讲的内容据2019年1月及以前的英文说明；条号本站只在转载页见到；此后修改商标法没有改变本款，是本站推断）');
    expect(junior).not.toContain('第十一条（核对于2026-12-05；所讲的内容据2020年修改前的条文（China Daily 2015年的英文说明）；2020年修改后');
    expect(pageText('/teach/quiz/senior/')).toContain('《中华人民共和国商标法》第四十条第一款（https://global.chinadaily.com.cn/m/chinalic/2015-06/09/content_20951512_8.htm，核对于2026-12-05；所讲的内容据2015年的英文说明（当时施行的条文）；条号本站只在转载页见到；此后修改商标法没有改变本款，是本站推断）');
    expect(pageText('/zh-hant/teach/junior/')).toContain('《中華人民共和國商標法》第三十九條（核對於2026-12-05；所講的內容據2015年的英文說明（當時施行的條文）；條號本站只在轉載頁見到；此後修改商標法沒有改變本條，是本站推斷）');
    const paper = await unzip('teach/quiz-junior.docx');
    expect(xmlText(await paper.file('word/document.xml')!.async('string'))).toContain('条号和“发明和实用新型”“除专利法另有规定的以外”这两处限定，本站只在转载页见到');
    const bank = JSON.parse(file('data/quiz.json').toString('utf8')) as { questions: Array<Record<string, string>> };
    const source = (id: string) => bank.questions.find((q) => q.id === id)!.source;
    expect(source('j16')).toBe(ELEVEN.replace('核对于2026-12-05；', ''));
    expect(source('p20')).toBe(THIRTY_NINE.replace('核对于2026-12-05；', ''));
    // 著作权法第二条's number is now in a medium source (中国网's 2001 English text), so its citation carries no such note; since review 24 that page is linked too (two citations).
    const ARTICLE_2_CITE = '《中华人民共和国著作权法》第二条第一款（所讲的内容据2020年修改前的英文说明（China Daily 2006年）；2020年修改后仍是这样，是本站推断）';
    expect(source('p02')).toBe(`${ARTICLE_2_CITE}；${ARTICLE_2_CITE}`);
  });

  it('gives the amended Patent Law\'s 施行 date review 16 had called unfound, linking WIPO\'s news beside it, on both patent slides and in both editions', () => {
    const WIPO = 'https://wipo.int/news/en/wipolex/2021/article_0008.html';
    for (const [route, words] of [
      ['/teach/junior/', '外观设计保护15年（2020年修改专利法后的规定，此前为10年；修改专利法的决定自2021年6月1日起施行），'],
      ['/teach/senior/', '外观设计15年是2020年修改专利法后的规定，此前为10年（修改专利法的决定自2021年6月1日起施行）；'],
      ['/zh-hant/teach/senior/', '外觀設計15年是2020年修改專利法後的規定，此前為10年（修改專利法的決定自2021年6月1日起施行）；'],
    ] as const) {
      const page = readPage(route);
      expect(textOf(page), route).toContain(words);
      expect(textOf(page), route).not.toContain('何日施行');
      expect(findAll(page, byTag('a')).filter((a) => attr(a, 'href') === WIPO).length, route).toBe(2); // the slide's sources and the deck's last slide
    }
  });

  it('names World IP Day 2018\'s and 2020\'s Chinese themes on the week page from WIPO\'s Chinese page and 人民网, no longer 本站未查到', () => {
    const week = pageText('/teach/week/');
    expect(week).toContain('中文主题的官方译名见世界知识产权组织中文网站的同一页面（下一条）。');
    expect(week).toContain('中文主题原文“变革的动力：女性参与创新创造”。本站第十七次核查时补入。');
    expect(week).toContain('中文主题“为绿色未来而创新”见人民网的报道（下一条），世界知识产权组织的中文页面本站未查到。');
    expect(week).toContain('2020年世界知识产权日主题确定:为绿色未来而创新可信度：中');
    expect(week.split('本站未查到中文主题的官方译名').length - 1).toBe(2); // 2017 and 2019 only
    expect(findAll(readPage('/teach/week/'), byTag('a')).map((a) => attr(a, 'href'))).toEqual(expect.arrayContaining(['http://www.wipo.int/ip-outreach/zh/ipday/index.html', 'http://ip.people.com.cn/n1/2020/0106/c179663-31536136.html']));
    expect(pageText('/zh-hant/teach/week/')).toContain('中文主題原文“變革的動力：女性參與創新創造”。');
  });

  // Review 19: World IP Day 2022's, 2025's and 2026's Chinese names rest on low pages alone, so they are no longer given as the name.
  it('says on the week page that World IP Day 2022\'s, 2025\'s and 2026\'s Chinese names are only on low pages', () => {
    const week = pageText('/teach/week/');
    expect(week.split('中文主题的官方译名，本站只在可信度低的网页见到，未查到中等以上来源').length - 1).toBe(3);
    expect(week).toContain('转载国家知识产权局微信公众号稿件，文中以“知识产权与青年”称这一主题。');
    expect(week).toContain('页面给出的中文译名，并注明最终翻译以WIPO中国为准。');
    expect(week).toContain('文中的中文译名是“知识产权和体育：各就位、预备、创新！”。');
    expect(week).not.toContain('稿件；中文译名。');
    expect(week).not.toContain('中文译名，页面注明最终译法');
    expect(week).not.toContain('官网；中文译名“');
    expect(pageText('/zh-hant/teach/week/')).toContain('中文主題的官方譯名，本站只在可信度低的網頁見到');
  });
});
