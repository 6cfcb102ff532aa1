/**
 * 核算 beside the text: for each check on /checks/, the line that stands
 * after the paragraph, column item or table its claim is in, saying what is
 * checked, what the arithmetic gives and the verdict, with a link to the
 * check. Everything is the check's own data (checks.ts), so a figure is never
 * typed twice; remark-editorial-notes.ts places the lines as it places the
 * editorial notes, outside the plan's elements.
 */
import { withBase } from '../site/urls.ts';
import type { Check } from './checks.ts';
import { CheckError } from './evidence.ts';

export interface CheckMark {
  /** The check's id, its anchor on /checks/. */
  check: string;
  /** The address of the block the check's claim is in: s1-1-p5, t1-r3. */
  block: string;
  verdict: Check['verdict'];
  /** The claim and the result: 专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。 */
  summary: string;
  /** What stands after the 本站核算 link: the summary and the verdict. */
  text: string;
  href: string;
}

/** 专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。 */
export const checkMarkSummary = (check: Pick<Check, 'title' | 'computed'>): string => `${check.title}——${check.computed}。`;

/** 专利转让“增长3.6倍”——为2015年的3.59倍；增长2.59倍。结论：有出入。 */
export function checkMarkText(check: Pick<Check, 'title' | 'computed' | 'verdict'>): string {
  return `${checkMarkSummary(check)}结论：${check.verdict}。`;
}

/**
 * The marks of each block, in the checks' order. A check whose claim is in a
 * block the plan does not have fails, naming the check and the block.
 */
export function checkMarks(checks: readonly Check[], blocks: Iterable<string>, base: string): Map<string, CheckMark[]> {
  const known = new Set(blocks);
  const marks = new Map<string, CheckMark[]>();
  for (const check of checks) {
    const { block } = check.claim;
    if (!known.has(block)) throw new CheckError(`${check.id} is about ${block}, which the plan does not have: no mark can stand beside it`, 'src/lib/journalism/checks.ts');
    const mark: CheckMark = {
      check: check.id,
      block,
      verdict: check.verdict,
      summary: checkMarkSummary(check),
      text: checkMarkText(check),
      href: withBase(base, `/checks/#${check.id}`),
    };
    marks.set(block, [...(marks.get(block) ?? []), mark]);
  }
  return marks;
}
