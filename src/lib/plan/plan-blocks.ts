/**
 * Every addressable block of the plan in reading order, with its place in
 * words and its URL: the list that search indexes and that /data/ publishes.
 */
import { describeAddress, tableRowId } from './addresses.ts';
import { tableText } from './indicator-cells.ts';
import type { IndicatorTableData } from './indicator-data.ts';
import type { PlanBlock } from './remark-plan-addresses.ts';

/** The part of the preamble, which has no heading of its own. */
export const PREAMBLE_PART = '前言';

export type BlockKind = PlanBlock['kind'] | 'table-row';

export interface PlanBlockEntry {
  id: string;
  kind: BlockKind;
  /** The place as cited: 三（二）第3段. */
  place: string;
  /** 三、强化知识产权保护，促进经济高质量发展; 前言 for the preamble. */
  part: string;
  /** （二）加强知识产权源头保护, or null before the first section. */
  section: string | null;
  /** The page the block is read on, without the deploy base: /protection/. */
  path: string;
  text: string;
}

export interface ChapterBlocks {
  heading: string | null;
  /** The chapter's page, without the deploy base. */
  path: string;
  blocks: PlanBlock[];
}

export function planBlockEntries(chapters: ChapterBlocks[], tables: Map<string, IndicatorTableData>): PlanBlockEntry[] {
  const entries: PlanBlockEntry[] = [];
  for (const chapter of chapters) {
    const part = chapter.heading ?? PREAMBLE_PART;
    const sections = new Map(chapter.blocks.filter((b) => b.kind === 'heading').map((b) => [b.id, b.text]));
    for (const block of chapter.blocks) {
      const base = { part, section: sections.get(block.within) ?? null, path: chapter.path };
      if (block.kind !== 'table') {
        entries.push({ ...base, id: block.id, kind: block.kind, place: describeAddress(block.id), text: block.text });
        continue;
      }
      const table = tables.get(block.id);
      if (!table) throw new Error(`No indicator data for table ${block.id}`);
      const text = tableText(table);
      entries.push({ ...base, id: block.id, kind: 'table', place: table.label, text: `${table.label} ${table.caption} ${text.header.join(' ')}` });
      text.rows.forEach((cells, i) => {
        const id = tableRowId(Number(block.id.slice(1)), i + 1);
        entries.push({ ...base, id, kind: 'table-row', place: describeAddress(id), text: cells.join(' ') });
      });
    }
  }
  return entries;
}
