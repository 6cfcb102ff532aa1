/**
 * 完成了吗？ Every quantified target of the plan in one list: the five rows of
 * 表2, the goals the text sets outside the tables, and the 13th plan's
 * outcomes in 表1. Each row keeps the plan's words, the baseline, the target,
 * the latest sourced value and a status; with no sourced value the status is
 * 本站未查到公开数据, never an estimate.
 */
import { outcomeRows, growthRows, COMPUTED } from '../charts/chart-data.ts';
import { growthStatuses } from '../context/reported.ts';
import type { Band } from '../context/progress.ts';
import type { ReportedValueData } from '../context/schema.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';
import { STATUSES, type StatusKey } from './facets.ts';
import type { Goal, PlanQuote } from './schema.ts';

export type ScorecardGroup = 'growth' | 'goal' | 'outcome';

export const GROUP_TITLES: Record<ScorecardGroup, string> = {
  growth: '表2：“十四五”主要指标（到2025年）',
  goal: '规划正文中的其他量化目标',
  outcome: '表1：“十三五”主要指标（到2020年）',
};

export interface LatestValue {
  /** 10.98件（2020年） */
  text: string;
  year: number;
  /** Where it was read: the plan's own table, or a page with its quoted words. */
  source: { kind: 'plan'; block: string } | { kind: 'page'; url: string; publisher: string; quote: string; label: string; checked: string };
}

export interface ScorecardRow {
  /** The explorer's target value: t2-r1, agencies, t1-r1. */
  id: string;
  group: ScorecardGroup;
  label: string;
  /** The plan's words, each with the block it stands in. */
  quotes: PlanQuote[];
  baseline: string;
  baselineQuote: PlanQuote | null;
  target: string;
  latest: LatestValue | null;
  status: StatusKey;
  /** Our working or caveat, marked as ours where it is computed. */
  note: string | null;
}

/** Open SDG's bands folded into the scorecard's four words: only a value at or past the target year decides 未达到. */
export function statusOfBand(band: Band, observedYear: number, targetYear: number): StatusKey {
  if (band === 'achieved') return 'met';
  if (observedYear >= targetYear || band === 'deterioration') return 'missed';
  return 'progress';
}

function growthRowsOf(table: GrowthTableData, reported: ReportedValueData[]): ScorecardRow[] {
  const statuses = growthStatuses(table, reported);
  return growthRows(table).map((row, i) => {
    const status = statuses[i]!;
    const target = row.path.at(-1)!;
    const last = status.reported.at(-1);
    return {
      id: `${table.id}-r${row.n}`,
      group: 'growth' as const,
      label: row.name,
      quotes: [{ block: `${table.id}-r${row.n}`, quote: row.name }],
      baseline: `${formatPublished(row.base)}${row.unit}（${table.years.base}年）`,
      baselineQuote: null,
      target: `年均增长${formatPublished(row.annualGrowthPercent)}%（到${table.years.target}年）`,
      latest: last
        ? {
            text: `${formatPublished(last.value)}${last.unit}（${last.year}年）`,
            year: last.year,
            source: { kind: 'page' as const, url: last.url, publisher: last.publisher, quote: last.quote, label: last.label, checked: last.checked },
          }
        : null,
      status: status.status ? statusOfBand(status.status.band, status.status.observed.year, table.years.target) : 'unknown',
      note: `按年均增长${formatPublished(row.annualGrowthPercent)}%逐年连乘推算（规划没有写明算法，这样算是本站推断），${table.years.target}年约为${target.shown}${row.unit}（${COMPUTED}）。`,
    };
  });
}

function outcomeRowsOf(table: OutcomeTableData): ScorecardRow[] {
  return outcomeRows(table).map((row) => ({
    id: `${table.id}-r${row.n}`,
    group: 'outcome' as const,
    label: row.name,
    quotes: [{ block: `${table.id}-r${row.n}`, quote: row.name }],
    baseline: `${row.shown.baseline}${row.unit}（${table.years.baseline}年）`,
    baselineQuote: null,
    target: `${row.shown.target}${row.unit}（${table.years.target}年目标）`,
    latest: { text: `${row.shown.actual}${row.unit}（${table.years.actual}年）`, year: table.years.actual, source: { kind: 'plan' as const, block: `${table.id}-r${row.n}` } },
    status: row.met ? ('met' as const) : ('missed' as const),
    note: `${table.label}自身的数值：${row.shown.actual} ${row.met ? '≥' : '<'} ${row.shown.target}（${COMPUTED}）。`,
  }));
}

function goalRow(goal: Goal, quotes: Map<string, PlanQuote>): ScorecardRow {
  const latest = goal.latest;
  return {
    id: goal.id,
    group: 'goal',
    label: goal.label,
    quotes: goal.commitments.map((id) => quotes.get(id)!),
    baseline: goal.baseline ? '见规划原文' : '规划未给出',
    baselineQuote: goal.baseline,
    target: goal.target,
    latest: latest
      ? {
          text: `${formatPublished(latest.value)}${latest.unit}（${latest.year}年）`,
          year: latest.year,
          source: { kind: 'page', url: latest.source.url, publisher: latest.source.publisher, quote: latest.source.quote, label: latest.source.label, checked: latest.source.checked },
        }
      : null,
    status: latest ? latest.status : 'unknown',
    note: null,
  };
}

/** The commitments' quotes by id: the plan's words for a goal are kept once, in commitments.json. */
export type CommitmentQuotes = Map<string, PlanQuote>;

export function scorecardRows(t2: GrowthTableData, goals: Goal[], t1: OutcomeTableData, reported: ReportedValueData[], quotes: CommitmentQuotes): ScorecardRow[] {
  return [...growthRowsOf(t2, reported), ...goals.map((g) => goalRow(g, quotes)), ...outcomeRowsOf(t1)];
}

/** How many rows have each status, in the statuses' order, for the front page and the scorecard's summary. */
export function statusCounts(rows: ScorecardRow[]): Array<{ status: StatusKey; label: string; icon: string; count: number }> {
  return (Object.keys(STATUSES) as StatusKey[]).map((status) => ({ status, ...STATUSES[status], count: rows.filter((r) => r.status === status).length }));
}

/** Fails, naming the goals file, where a commitment is missing or a baseline does not stand in its block. */
export function checkGoals(goals: Goal[], blocks: Array<{ id: string; text: string }>, quotes: CommitmentQuotes, file: string): void {
  const texts = new Map(blocks.map((b) => [b.id, b.text]));
  const problems: string[] = [];
  for (const goal of goals) {
    for (const id of goal.commitments) if (!quotes.has(id)) problems.push(`${goal.id}: no commitment "${id}" of kind 目标 in src/content/context/commitments.json`);
    for (const q of goal.baseline ? [goal.baseline] : []) {
      const text = texts.get(q.block);
      if (text === undefined) problems.push(`${goal.id}: block ${q.block} does not exist`);
      else if (!text.includes(q.quote)) problems.push(`${goal.id}: "${q.quote}" does not stand in ${q.block}`);
    }
  }
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
}
