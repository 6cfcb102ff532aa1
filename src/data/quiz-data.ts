/**
 * /data/quiz.csv and quiz.json: the kit's quiz bank as open data, with its
 * source line and licence. One route file per format uses this.
 */
import type { APIRoute } from 'astro';
import { toCsv } from '../lib/site/csv.ts';
import { TEACH_LICENCE, TEACH_SOURCE_LINE } from '../lib/teach/citations.ts';
import { QUIZ_COLUMNS, quizRows } from '../lib/teach/quiz-data.ts';
import { getTeach } from './teach.ts';

export const QUIZ_SOURCE = `${TEACH_SOURCE_LINE}。题目、答案和解析由本站编写；每题注明出处（规划原文、法律条文或辽宁实例的来源），法律条文和辽宁实例注明本站核对日期。${TEACH_LICENCE}`;

export function quizEndpoint(format: 'csv' | 'json'): APIRoute {
  return async ({ site }) => {
    const teach = await getTeach();
    const base = new URL(import.meta.env.BASE_URL, site).href;
    const rows = quizRows(teach.quiz, teach.ref, base);
    if (format === 'csv') return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
    const [header, ...body] = rows;
    const questions = body.map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i] ?? ''])));
    const fields = Object.fromEntries(QUIZ_COLUMNS);
    return new Response(JSON.stringify({ source: QUIZ_SOURCE, fields, questions }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  };
}
