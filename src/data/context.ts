/**
 * The plan in its context, checked against the plan once per build: the
 * documents it names with the places it names them, its commitments, the
 * values reported since, 表2's statuses and the plan's own record.
 */
import { getCollection } from 'astro:content';
import type { ReportedPoint } from '../lib/charts/chart-style.ts';
import { formatPublished } from '../lib/plan/numbers.ts';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { checkCommitments, documentMentions, DOCUMENTS_DIR, type DocumentEntry, type Mention } from '../lib/context/documents.ts';
import { checkReportedValues, growthStatuses, nationalComparisons, reportedBeside, type GrowthRowStatus, type NationalComparison } from '../lib/context/reported.ts';
import type { CommitmentData, PlanRecordData, ReportedValueData } from '../lib/context/schema.ts';
import type { GrowthTableData, OutcomeTableData } from '../lib/plan/indicator-data.ts';
import { getChapters, getIndicatorTable, getPlanBlockEntries } from './plan.ts';

export interface DocumentWithMentions {
  entry: DocumentEntry;
  mentions: Array<Mention<PlanBlockEntry & { file: string }>>;
}

export interface Context {
  documents: DocumentWithMentions[];
  commitments: CommitmentData[];
  reported: ReportedValueData[];
  growth: GrowthRowStatus[];
  national: NationalComparison[];
  record: PlanRecordData;
}

let loaded: Promise<Context> | undefined;

async function load(): Promise<Context> {
  const chapters = await getChapters();
  const fileOf = new Map(chapters.map((c) => [c.route, c.entry.filePath ?? c.entry.id]));
  const blocks = (await getPlanBlockEntries()).filter((b) => b.kind !== 'table').map((b) => ({ ...b, file: fileOf.get(b.path) ?? b.path }));
  const documentEntries: DocumentEntry[] = (await getCollection('documents')).map((e) => ({ id: e.id, file: e.filePath ?? `${DOCUMENTS_DIR}/${e.id}.json`, data: e.data }));
  const documents = documentMentions(documentEntries, blocks);
  const commitments = (await getCollection('commitments')).map((e) => e.data);
  checkCommitments(commitments, blocks, new Set(documentEntries.map((d) => d.id)));
  // In the plan's reading order, whatever order the collection returns them in.
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  const at = (c: CommitmentData) => blocks[order.get(c.block)!]!.text.indexOf(c.quote);
  commitments.sort((a, b) => order.get(a.block)! - order.get(b.block)! || at(a) - at(b));
  const reported = (await getCollection('reportedValues')).map((e) => e.data);
  const t1 = (await getIndicatorTable('t1')).data as OutcomeTableData;
  const t2 = (await getIndicatorTable('t2')).data as GrowthTableData;
  checkReportedValues(reported, [t1, t2]);
  const record = (await getCollection('planRecord'))[0]?.data ?? { other: [] };
  return { documents, commitments, reported, growth: growthStatuses(t2, reported), national: nationalComparisons(t2, reported), record };
}

export function getContext(): Promise<Context> {
  loaded ??= load();
  return loaded;
}

/** 表1's chart and table: the province's reported values beside each row, in the chart's own terms. */
export async function reportedPoints(table: string): Promise<ReportedPoint[]> {
  const { reported } = await getContext();
  return reported
    .filter((v) => v.scope === '辽宁省' && v.kind === '实际' && v.table === table)
    .sort((a, b) => a.row - b.row || a.year - b.year)
    .map((v) => ({ row: v.row, year: v.year, value: v.value, shown: `${formatPublished(v.value)}${v.unit}`, source: `${v.publisher}：${v.title}`, comparability: v.comparability }));
}

export { reportedBeside };
