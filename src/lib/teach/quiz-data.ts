/**
 * The quiz bank as open data (/data/quiz.csv, quiz.json): one row per
 * question with the schema's fields, and each source resolved to its words,
 * address and the day it was checked, so the file stands on its own.
 */
import type { RefLink } from './citations.ts';
import { LEVELS, QUESTION_TYPES, questionRefs, type Question, type Ref } from './schema.ts';

/** The columns, each with what it holds, as /data/ documents them. */
export const QUIZ_COLUMNS = [
  ['id', '题号：学段字母（p 小学、j 初中、s 高中）加两位数字'],
  ['level', '学段：小学组、初中组、高中组'],
  ['type', '题型：单选、多选、判断、填空'],
  ['stem', '题干；填空题的空格写作 ____'],
  ['choices', '选项，以“｜”分隔；判断题和填空题为空'],
  ['answer', '答案：选项原文（多选以“｜”分隔）、“正确”或“错误”、填空的可接受写法（以“｜”分隔）'],
  ['explanation', '一句话解析（本站编写）'],
  ['source_kind', '出处类型：规划原文、法律条文、辽宁实例；一道题引了几个网页的，出处、网址和原文三栏依次列出，以“；”分隔（网址以空格分隔）'],
  ['source', '出处：规划段落（如 三（四）第1段）、法律名称和条号，或辽宁实例的名称和发布者；条文原文或条号本站只在转载网站见到的，条号后括注这一点；只查到此前版本条文的，条号后括注所据的版本，现行条文仍是这样是本站推断'],
  ['source_url', '出处网址：规划段落在本站的地址，或本站核对法律条文、辽宁实例所据的网页'],
  ['source_quote', '出处原文：规划的原话，或该网页上的原话'],
  ['checked', '本站核对出处的日期（引了几个网页的，为其中最近的一个）；规划原文为空'],
] as const;

const KIND = { plan: '规划原文', law: '法律条文', example: '辽宁实例' } as const;

function answerCell(q: Question): string {
  if (typeof q.answer === 'boolean') return q.answer ? '正确' : '错误';
  return Array.isArray(q.answer) ? q.answer.join('｜') : q.answer;
}

/** Rows with a header row, in the bank's order; `link` resolves a source, `site` makes the plan's addresses absolute. */
export function quizRows(questions: Question[], link: (ref: Ref) => RefLink, site: string): string[][] {
  const rows = questions.map((q) => {
    const sources = questionRefs(q).map(link);
    const url = (source: RefLink) => (source.kind === 'plan' ? new URL(source.href.replace(/^\//, ''), site).href : source.href);
    return [
      q.id,
      LEVELS[q.level].group,
      QUESTION_TYPES[q.type],
      q.stem,
      (q.choices ?? []).join('｜'),
      answerCell(q),
      q.explanation,
      [...new Set(sources.map((s) => KIND[s.kind]))].join('；'),
      sources.map((s) => (s.wording ? `${s.text}（${s.wording}）` : s.text)).join('；'),
      sources.map(url).join(' '),
      sources.map((s) => s.quote).join('；'),
      sources.flatMap((s) => (s.checked ? [s.checked] : [])).sort().at(-1) ?? '',
    ];
  });
  return [QUIZ_COLUMNS.map(([name]) => name), ...rows];
}
