/**
 * The quiz bank as a Word paper a teacher prints: grouped by level (小学组,
 * 初中组, 高中组) and within a level by type, numbered afresh in each level so
 * that one group's pages can be handed out alone, then on a new page the
 * answers with why and where each comes from. Body text in 宋体 and headings
 * in 微软雅黑, set for East Asian text too, because Word otherwise picks the
 * East Asian font from the template, not from the font the run names.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type IRunStylePropertiesOptions,
} from 'docx';
import { PLAN_TITLE, SITE_NAME } from '../site/site.ts';
import { BLANK, LEVEL_IDS, LEVELS, QUESTION_TYPES, questionRefs, type Level, type Question, type QuestionType, type Ref } from './schema.ts';

export interface PaperOptions {
  /** 知识产权知识竞赛试卷 */
  title: string;
  refText: (ref: Ref) => string;
  /** The source and licence line every page's foot carries. */
  footer: string;
}

/** 0 → A, 1 → B: how a paper labels its choices. */
export function choiceLetter(i: number): string {
  if (!Number.isInteger(i) || i < 0 || i > 25) throw new RangeError(`no choice letter for ${i}`);
  return String.fromCharCode(65 + i);
}

function choiceIndex(q: Question, choice: string): number {
  const i = (q.choices ?? []).indexOf(choice);
  if (i < 0) throw new Error(`${q.id}: the answer "${choice}" is not among the choices`);
  return i;
}

/**
 * A question's answer as a key prints it: 单选 the letter and the choice (B. 十五年), 多选 the letters in the
 * choices' order (A、C), 判断 正确 or 错误, 填空 the first accepted form.
 */
export function answerText(q: Question): string {
  const { answer } = q;
  switch (q.type) {
    case 'single': {
      if (typeof answer !== 'string') throw new Error(`${q.id}: 单选's answer is one choice`);
      return `${choiceLetter(choiceIndex(q, answer))}. ${answer}`;
    }
    case 'multiple': {
      if (!Array.isArray(answer)) throw new Error(`${q.id}: 多选's answer lists choices`);
      return answer
        .map((a) => choiceIndex(q, a))
        .sort((a, b) => a - b)
        .map(choiceLetter)
        .join('、');
    }
    case 'judge':
      if (typeof answer !== 'boolean') throw new Error(`${q.id}: 判断's answer is true or false`);
      return answer ? '正确' : '错误';
    case 'fill': {
      const first = Array.isArray(answer) ? answer[0] : answer;
      if (typeof first !== 'string') throw new Error(`${q.id}: 填空's answer is the words for the blank`);
      return first;
    }
  }
}

const BODY_FONT = { ascii: 'SimSun', hAnsi: 'SimSun', eastAsia: 'SimSun', cs: 'SimSun' };
const HEAD_FONT = { ascii: 'Microsoft YaHei', hAnsi: 'Microsoft YaHei', eastAsia: 'Microsoft YaHei', cs: 'Microsoft YaHei' };
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };
/** Half-points: 小四 (12 pt) for the paper, 五号 (10.5 pt) for sources, 小五 (9 pt) for the foot. */
const SIZE = { body: 24, small: 21, foot: 18 };
const MUTED = '595959';
/** Twips: two characters of 小四, where choices and a key's lines start. */
const INDENT = 480;
/** Where a pupil writes: full-width spaces, underlined, so the gap is a line to write on, as printed papers have. */
const gap = (width = 6) => new TextRun({ text: '\u3000'.repeat(width), underline: { type: 'single' } });
/** 判断, 单选 and 多选 leave their answer in brackets after the stem, as Chinese papers do; a choice's wide enough for letters. */
const BRACKETS = { judge: '（\u3000）', choice: '（\u3000\u3000）' };
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

const text = (t: string, options: IRunStylePropertiesOptions = {}) => new TextRun({ text: t, ...options } satisfies IRunOptions);

function stemRuns(q: Question): TextRun[] {
  if (q.type === 'fill') {
    const [before = '', after = ''] = q.stem.split(BLANK);
    return [text(before), gap(), text(after)];
  }
  return [text(q.stem), text(q.type === 'judge' ? BRACKETS.judge : BRACKETS.choice)];
}

function byLevelAndType(questions: Question[]): { level: Level; types: { type: QuestionType; questions: Question[] }[] }[] {
  const types = Object.keys(QUESTION_TYPES) as QuestionType[];
  return LEVEL_IDS.map((level) => ({
    level,
    types: types.map((type) => ({ type, questions: questions.filter((q) => q.level === level && q.type === type) })).filter((t) => t.questions.length > 0),
  })).filter((l) => l.types.length > 0);
}

export async function quizDocx(questions: Question[], options: PaperOptions): Promise<Uint8Array> {
  const groups = byLevelAndType(questions);
  const paper: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [text(options.title)] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [text(`本站编写 · 依据《${PLAN_TITLE}》`, { size: SIZE.small, color: MUTED })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      // Four gaps of four characters, so that the line fits one line of A4 at 小四.
      children: ['学校', '班级', '姓名', '得分'].flatMap((label, i) => [text(`${i > 0 ? '\u3000' : ''}${label}：`), gap(4)]),
    }),
  ];
  const key: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [text('答案与解析')] })];

  for (const { level, types } of groups) {
    paper.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(LEVELS[level].group)] }));
    key.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(LEVELS[level].group)] }));
    let n = 0;
    types.forEach(({ type, questions: ofType }, t) => {
      paper.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text(`${NUMERALS[t]}、${QUESTION_TYPES[type]}题`)] }));
      for (const q of ofType) {
        n += 1;
        const choices = q.choices ?? [];
        // A question stays on one page with its choices.
        paper.push(new Paragraph({ keepNext: choices.length > 0, keepLines: true, spacing: { before: 120 }, children: [text(`${n}. `), ...stemRuns(q)] }));
        choices.forEach((c, i) => {
          paper.push(new Paragraph({ keepNext: i < choices.length - 1, keepLines: true, indent: { left: INDENT }, children: [text(`${choiceLetter(i)}. ${c}`)] }));
        });
        key.push(...keyEntry(q, n, options));
      }
    });
  }

  const doc = new Document({
    creator: SITE_NAME,
    title: options.title,
    description: `本站编写，依据《${PLAN_TITLE}》`,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: SIZE.body, language: LANGUAGE }, paragraph: { spacing: { line: 360 } } },
        title: { run: { font: HEAD_FONT, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: HEAD_FONT, size: 30, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: HEAD_FONT, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        properties: {
          // A4, with the 2.54 cm / 3.17 cm margins of Word's Chinese template.
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1800, right: 1800 } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [text(options.footer, { size: SIZE.foot, color: MUTED })] }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页，共', PageNumber.TOTAL_PAGES, '页'], size: SIZE.foot, color: MUTED })],
              }),
            ],
          }),
        },
        children: [...paper, ...key],
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** 1. 答案：B. 十五年, then 解析 and 来源, kept together on one page. */
function keyEntry(q: Question, n: number, options: PaperOptions): Paragraph[] {
  let answer = answerText(q);
  if (q.type === 'multiple' && Array.isArray(q.answer)) {
    const chosen = (q.choices ?? []).filter((c) => (q.answer as string[]).includes(c));
    answer += `（${chosen.join('；')}）`;
  }
  // A marker needs every accepted form of a 填空 answer, not only the one the key leads with.
  const others = q.type === 'fill' && Array.isArray(q.answer) ? q.answer.slice(1) : [];
  return [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { before: 120 },
      children: [text(`${n}. 答案：`), text(answer, { bold: true }), ...(others.length > 0 ? [text(`（也可答：${others.join('、')}）`)] : [])],
    }),
    new Paragraph({ keepNext: true, keepLines: true, indent: { left: INDENT }, children: [text(`解析：${q.explanation}`)] }),
    new Paragraph({ keepLines: true, indent: { left: INDENT }, children: [text(`来源：${questionRefs(q).map(options.refText).join('；')}`, { size: SIZE.small, color: MUTED })] }),
  ];
}
