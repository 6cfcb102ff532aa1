/**
 * The teaching kit's Office files, opened as the zip archives they are: a
 * lesson's .pptx has its title slide, one slide per lesson slide and the
 * sources slide, 16:9, in 微软雅黑 marked zh-CN, with the figure read from
 * 表2 and the notes for the speaker; the quiz's .docx has the paper in level
 * and type order, then on a new page each answer with its explanation and
 * source. The fixtures are written here, so the checks hold whatever the
 * content files say.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { t1, t2 } from '../../support/indicators.ts';
import { describeAddress } from '../../../src/lib/plan/addresses.ts';
import { figureText } from '../../../src/lib/teach/figures.ts';
import { answerText, choiceLetter, quizDocx } from '../../../src/lib/teach/quiz-docx.ts';
import { lessonSchema, questionSchema, type Question, type Ref } from '../../../src/lib/teach/schema.ts';
import { deckSlideCount, lessonPptx } from '../../../src/lib/teach/slides-pptx.ts';

const tables = { t1: t1(), t2: t2() };
const FOOTER = '来源：辽宁省知识产权局《辽宁省“十四五”知识产权保护和运用规划》；课件文字本站编写，CC BY 4.0';
const LAWS: Record<string, string> = { 'patent-term': '《中华人民共和国专利法》第四十二条（核对于2026-12-05）' };
const refText = (ref: Ref): string => ('plan' in ref ? `规划${describeAddress(ref.plan)}` : 'law' in ref ? LAWS[ref.law]! : `示例：${ref.example}`);

const lesson = lessonSchema.parse({
  id: 'primary',
  title: '我们身边的知识产权',
  aims: ['知道什么是知识产权。', '能举出身边的一个例子。'],
  steps: [
    { minutes: 10, title: '导入', teacher: '展示一件发明。', activity: '同桌说一说。' },
    { minutes: 20, title: '学习', teacher: '讲专利、商标和著作权。', activity: '分组找例子。', refs: [{ law: 'patent-term' }] },
    { minutes: 10, title: '小结', teacher: '回顾三种权利。', activity: '完成出门条。' },
  ],
  exitTicket: ['写出一种知识产权。'],
  quiz: ['p01', 'p02', 'p03'],
  slides: [
    { title: '什么是知识产权', points: ['人们动脑创造的成果受法律保护。', '专利、商标、著作权都是知识产权。'], notes: '先问学生：你画的画归谁？', refs: [{ plan: 's3-4-p1', quote: '知识产权' }] },
    { title: '发明专利保护多久', points: ['发明专利权的期限为二十年。'], refs: [{ law: 'patent-term' }] },
    { title: '辽宁的高价值发明专利', points: ['规划给出了基数和增长速度。'], figure: { table: 't2', row: 1 }, notes: '数字来自规划表2，2025年的数为本站推算。' },
    { title: '商标帮我们认品牌', points: ['商标让人认出商品是谁家的。'] },
    { title: '著作权保护作品', points: ['书、画、音乐和软件都是作品。'], refs: [{ plan: 's3-4-p1', quote: '知识产权' }] },
    { title: '想一想', points: ['你身边有哪些知识产权？'] },
  ],
});

const input = [
  { id: 'p04', level: 'primary', type: 'fill', stem: '发明专利权的期限为____年。', answer: ['二十', '20'], explanation: '专利法规定发明专利权的期限为二十年。', source: { law: 'patent-term' } },
  { id: 'p03', level: 'primary', type: 'judge', stem: '商标可以帮助人们认出商品是谁家的。', answer: true, explanation: '商标的作用是区分商品的来源。', source: { plan: 's3-4-p1', quote: '知识产权' } },
  { id: 'p01', level: 'primary', type: 'single', stem: '发明专利权的期限是多少年？', choices: ['十年', '十五年', '二十年', '五十年'], answer: '二十年', explanation: '专利法第四十二条规定为二十年。', source: { law: 'patent-term' } },
  { id: 'p02', level: 'primary', type: 'multiple', stem: '下面哪些属于知识产权？', choices: ['专利', '桌子', '商标', '著作权'], answer: ['著作权', '专利'], explanation: '桌子是有形财产，其余三项是知识产权。', source: { plan: 's3-4-p1', quote: '知识产权' } },
];
const questions: Question[] = input.map((q) => questionSchema.parse(q));
const byId = (id: string) => questions.find((q) => q.id === id)!;

/** The text of each <a:t> or <w:t> in a part, in order. */
const texts = (xml: string, tag: 'a:t' | 'w:t') => [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);
/** The text of each paragraph of a Word part, runs joined. */
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((m) => texts(m[0], 'w:t').join(''));

describe('choiceLetter and answerText', () => {
  it('labels choices A, B, C … and refuses a place with no letter', () => {
    expect([0, 1, 2, 3, 5].map(choiceLetter)).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(() => choiceLetter(-1)).toThrow(RangeError);
    expect(() => choiceLetter(26)).toThrow(RangeError);
    expect(() => choiceLetter(1.5)).toThrow(RangeError);
  });

  it('gives 单选 its letter and words, 多选 its letters in the choices’ order, 判断 正确 or 错误, 填空 its first form', () => {
    expect(answerText(byId('p01'))).toBe('C. 二十年');
    expect(answerText(byId('p02'))).toBe('A、D');
    expect(answerText(byId('p03'))).toBe('正确');
    expect(answerText({ ...byId('p03'), answer: false })).toBe('错误');
    expect(answerText(byId('p04'))).toBe('二十');
    expect(answerText({ ...byId('p04'), answer: '二十' })).toBe('二十');
  });

  it('refuses an answer that is not among the choices', () => {
    expect(() => answerText({ ...byId('p01'), answer: '一百年' })).toThrow('p01: the answer "一百年" is not among the choices');
  });
});

describe('lessonPptx', async () => {
  const bytes = await lessonPptx(lesson, { figure: (slot) => figureText(slot, tables), refText, footer: FOOTER, pageUrl: 'https://example.org/teach/primary/' });
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string) => zip.file(name)!.async('string');
  const slideNames = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  const slides = await Promise.all(slideNames.map((_, i) => part(`ppt/slides/slide${i + 1}.xml`)));

  it('has the title slide, one slide per lesson slide and the sources slide, and stays small', () => {
    expect(deckSlideCount(lesson)).toBe(8);
    expect(slideNames).toHaveLength(deckSlideCount(lesson));
    expect(bytes.byteLength).toBeLessThan(200_000);
  });

  it('is compressed: the archive is less than half the size of its parts', async () => {
    const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('uint8array')));
    expect(bytes.byteLength * 2).toBeLessThan(parts.reduce((sum, p) => sum + p.byteLength, 0));
  });

  it('is 16:9 (13.33 × 7.5 in)', async () => {
    expect(await part('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it('opens with the title, the level and its minutes, and the plan', () => {
    expect(texts(slides[0]!, 'a:t')).toEqual([
      '我们身边的知识产权',
      '小学高年级 · 40分钟',
      '本站编写 · 依据《辽宁省“十四五”知识产权保护和运用规划》',
      '本课网页：https://example.org/teach/primary/',
      FOOTER,
      '1',
    ]);
  });

  it('gives each slide its title, points and sources line', () => {
    expect(texts(slides[1]!, 'a:t')).toEqual(['什么是知识产权', '人们动脑创造的成果受法律保护。', '专利、商标、著作权都是知识产权。', '来源：规划三（四）第1段', FOOTER, '2']);
    expect(texts(slides[2]!, 'a:t')).toEqual(['发明专利保护多久', '发明专利权的期限为二十年。', '来源：《中华人民共和国专利法》第四十二条（核对于2026-12-05）', FOOTER, '3']);
    lesson.slides.forEach((s, i) => expect(texts(slides[i + 1]!, 'a:t')).toContain(s.title));
  });

  it('draws the figure from 表2: the headline large with its unit and year, then the lines', () => {
    expect(texts(slides[3]!, 'a:t')).toEqual([
      '辽宁的高价值发明专利',
      '规划给出了基数和增长速度。',
      '表2 每万人口高价值发明专利拥有量',
      '4.09',
      '单位：件 · 2020年',
      '2020年：4.09件',
      '规划预期年均增长6%（预期性指标）',
      '照此增长（逐年连乘，本站推断），2025年约5.47件（本站计算）',
      '来源：规划表2第1行',
      FOOTER,
      '4',
    ]);
    expect(slides[3]).toMatch(/<a:rPr lang="zh-CN" altLang="en-US" sz="6600" b="1"[^>]*>.*?<\/a:rPr><a:t>4\.09<\/a:t>/);
  });

  it('lists every source once, in the order the slides cite them, and the note on computed figures', () => {
    expect(texts(slides[7]!, 'a:t')).toEqual([
      '来源与许可',
      '1. 规划三（四）第1段',
      '2. 《中华人民共和国专利法》第四十二条（核对于2026-12-05）',
      '3. 规划表2第1行',
      '规划原文：《辽宁省“十四五”知识产权保护和运用规划》，辽宁省知识产权局发布。课件文字为本站编写。',
      '标“本站计算”的数字由本站据规划表格计算，不是规划原文。',
      '本课网页：https://example.org/teach/primary/',
      FOOTER,
      '8',
    ]);
  });

  it('writes each paragraph’s properties before its runs, where PowerPoint looks for them', () => {
    // pptxgenjs writes <a:pPr> before every run of a paragraph; PowerPoint repairs a file with one after a run.
    for (const xml of slides) expect(xml).not.toMatch(/<\/a:r><a:pPr/);
    expect(slides[0]).toContain('<a:hlinkClick r:id="rId1"');
  });

  it('sets every run in 微软雅黑 and zh-CN', () => {
    for (const xml of slides) {
      const runs = [...xml.matchAll(/<a:r><a:rPr ([^>]*)>(.*?)<\/a:rPr><a:t>/g)];
      expect(runs.length).toBeGreaterThan(0);
      for (const [, attributes, children] of runs) {
        expect(attributes).toMatch(/^lang="zh-CN"/);
        expect(children).toContain('<a:latin typeface="Microsoft YaHei"');
        expect(children).toContain('<a:ea typeface="Microsoft YaHei"');
      }
    }
  });

  it('carries the notes for the speaker on their slides only', async () => {
    const notes = async (n: number) => texts(await part(`ppt/notesSlides/notesSlide${n}.xml`), 'a:t');
    expect(await notes(2)).toContain('先问学生：你画的画归谁？');
    expect(await notes(4)).toContain('数字来自规划表2，2025年的数为本站推算。');
    expect((await notes(3)).join('')).not.toMatch(/先问|数字来自/);
  });

  it('leaves out the page line in a preview build', async () => {
    const preview = await JSZip.loadAsync(await lessonPptx(lesson, { figure: (slot) => figureText(slot, tables), refText, footer: FOOTER, pageUrl: null }));
    const first = await preview.file('ppt/slides/slide1.xml')!.async('string');
    expect(texts(first, 'a:t').join('')).not.toContain('本课网页');
  });
});

describe('quizDocx', async () => {
  const bytes = await quizDocx(questions, { title: '知识产权知识竞赛试卷', refText, footer: FOOTER });
  const zip = await JSZip.loadAsync(bytes);
  const part = (name: string) => zip.file(name)!.async('string');
  const documentXml = await part('word/document.xml');

  it('prints the paper by type, numbered, then the answers on a new page, in the same order', () => {
    expect(paragraphs(documentXml)).toEqual([
      '知识产权知识竞赛试卷',
      '本站编写 · 依据《辽宁省“十四五”知识产权保护和运用规划》',
      '学校：　　　　　班级：　　　　　姓名：　　　　　得分：　　　　',
      '小学组',
      '一、单选题',
      '1. 发明专利权的期限是多少年？（　　）',
      'A. 十年',
      'B. 十五年',
      'C. 二十年',
      'D. 五十年',
      '二、多选题',
      '2. 下面哪些属于知识产权？（　　）',
      'A. 专利',
      'B. 桌子',
      'C. 商标',
      'D. 著作权',
      '三、判断题',
      '3. 商标可以帮助人们认出商品是谁家的。（　）',
      '四、填空题',
      '4. 发明专利权的期限为　　　　　　年。',
      '答案与解析',
      '小学组',
      '1. 答案：C. 二十年',
      '解析：专利法第四十二条规定为二十年。',
      '来源：《中华人民共和国专利法》第四十二条（核对于2026-12-05）',
      '2. 答案：A、D（专利；著作权）',
      '解析：桌子是有形财产，其余三项是知识产权。',
      '来源：规划三（四）第1段',
      '3. 答案：正确',
      '解析：商标的作用是区分商品的来源。',
      '来源：规划三（四）第1段',
      '4. 答案：二十（也可答：20）',
      '解析：专利法规定发明专利权的期限为二十年。',
      '来源：《中华人民共和国专利法》第四十二条（核对于2026-12-05）',
    ]);
    for (const q of questions.filter((q) => q.type !== 'fill')) expect(texts(documentXml, 'w:t')).toContain(q.stem);
  });

  it('underlines the 填空 gap', () => {
    expect(documentXml).toMatch(/<w:r><w:rPr><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">　{6}<\/w:t><\/w:r><w:r><w:t xml:space="preserve">年。<\/w:t>/);
  });

  it('breaks the page before the answers', () => {
    const key = [...documentXml.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).find((p) => p.includes('>答案与解析<'));
    expect(key).toContain('<w:pageBreakBefore/>');
    expect(documentXml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  it('is A4, in 宋体 with 微软雅黑 headings, with the source line and page numbers at the foot', async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const styles = await part('word/styles.xml');
    expect(styles).toContain('<w:rFonts w:ascii="SimSun" w:cs="SimSun" w:eastAsia="SimSun" w:hAnsi="SimSun"/>');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Heading1">.*?w:eastAsia="Microsoft YaHei".*?<\/w:style>/);
    const footer = await part('word/footer1.xml');
    expect(paragraphs(footer)[0]).toBe(FOOTER);
    expect(footer).toMatch(/PAGE.*NUMPAGES/);
  });

  it('groups the levels in order and numbers each level afresh', async () => {
    const junior = questionSchema.parse({ id: 'j01', level: 'junior', type: 'judge', stem: '著作权自作品创作完成之日起产生。', answer: true, explanation: '著作权自动产生，无需登记。', source: { law: 'patent-term' } });
    const xml = await (await JSZip.loadAsync(await quizDocx([junior, ...questions], { title: '试卷', refText, footer: FOOTER }))).file('word/document.xml')!.async('string');
    const lines = paragraphs(xml);
    expect(lines.filter((l) => /组$/.test(l))).toEqual(['小学组', '初中组', '小学组', '初中组']);
    expect(lines.slice(lines.indexOf('初中组'), lines.indexOf('初中组') + 3)).toEqual(['初中组', '一、判断题', '1. 著作权自作品创作完成之日起产生。（　）']);
    expect(lines.at(-3)).toBe('1. 答案：正确');
  });
});
