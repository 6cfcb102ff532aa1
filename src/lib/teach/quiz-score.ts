/**
 * The quiz's marking, shared by the self-check in the browser and the tests:
 * what a pupil gave against the answer, with 填空 forgiving only what a
 * pupil cannot see (spaces, full-width digits and letters), never a wrong word.
 */
import type { QuestionType } from './schema.ts';

/** A question's answer as the page carries it (data-answer). */
export interface Marking {
  type: QuestionType;
  answer: string | string[] | boolean;
}

/** Spaces dropped, full-width ASCII folded, Latin letters lower-cased: 十五 = 十五 , １５ = 15. */
export function normaliseFill(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/** Whether the choices ticked, the 判断 given or the words written are the answer; nothing given is wrong. */
export function isCorrect(marking: Marking, given: string[]): boolean {
  const { type, answer } = marking;
  if (given.length === 0) return false;
  switch (type) {
    case 'single':
      return given.length === 1 && given[0] === answer;
    case 'multiple': {
      const wanted = answer as string[];
      return given.length === wanted.length && wanted.every((a) => given.includes(a));
    }
    case 'judge':
      return given.length === 1 && given[0] === String(answer);
    case 'fill': {
      const accepted = (Array.isArray(answer) ? answer : [String(answer)]).map(normaliseFill);
      return given.length === 1 && accepted.includes(normaliseFill(given[0]!));
    }
  }
}

/** 得分：7 / 10 as the page says it. */
export function scoreLine(right: number, total: number): string {
  return `得分：${right} / ${total}（答对${right}题，共${total}题）`;
}
