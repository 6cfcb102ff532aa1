/**
 * The two filters of a search, by part and by kind, and the kind each block
 * of the plan files under: a result is one block, so the filters work per
 * paragraph, not per page.
 */
import type { BlockKind } from '../plan/plan-blocks.ts';

export const KIND_FILTER = '类型';
export const PART_FILTER = '部分';
export const KIND_VALUES = ['正文', '专栏', '表格'] as const;
export type KindLabel = (typeof KIND_VALUES)[number];

export const KIND_LABELS: Record<BlockKind, KindLabel> = {
  heading: '正文',
  paragraph: '正文',
  column: '专栏',
  'column-item': '专栏',
  table: '表格',
  'table-row': '表格',
};
