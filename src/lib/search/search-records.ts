/**
 * One search record per block of the plan, so that a result is the
 * paragraph itself: its address is the result's link, its place the title,
 * and part and kind are filters that work per paragraph, not per page.
 */
import type { BlockKind, PlanBlockEntry } from '../plan/plan-blocks.ts';

export const KIND_FILTER = '类型';
export const PART_FILTER = '部分';
export const KIND_VALUES = ['正文', '专栏', '表格'] as const;

const KIND_LABELS: Record<BlockKind, (typeof KIND_VALUES)[number]> = {
  heading: '正文',
  paragraph: '正文',
  column: '专栏',
  'column-item': '专栏',
  table: '表格',
  'table-row': '表格',
};

/**
 * The words the browser will cut a query into (Intl.Segmenter, ICU), given to
 * the index beside the text. Pagefind's indexer segments Chinese with ICU4X,
 * which mostly agrees; where it does not (和二|O三五 against 二|O|三五), a query
 * copied from the text would find nothing. Metadata is indexed but not shown,
 * so excerpts stay the published text.
 */
export function queryWords(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...new Set([...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment))];
}

export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export function searchRecord(block: PlanBlockEntry): SearchRecord {
  // A heading's place (三（二）) and text (（二）加强…) share the section label: keep it once.
  const title =
    block.kind === 'heading'
      ? `${block.place.replace(/（.）$/, '')}${block.text}`
      : block.kind === 'column'
        ? `${block.place} ${block.text}`
        : block.place;
  const meta: Record<string, string> = { title, part: block.part, id: block.id };
  if (block.section) meta.section = block.section;
  meta.keywords = queryWords(block.text).join(' ');
  return {
    url: `${block.path}#${block.id}`,
    content: block.text,
    language: 'zh-cn',
    meta,
    filters: { [PART_FILTER]: [block.part], [KIND_FILTER]: [KIND_LABELS[block.kind]] },
  };
}

/**
 * Characters kept inside words, at index and query time alike, so that
 * figures and formulas are found whole: 10%, 30.96, 1+2+N.
 */
export const SEARCH_INCLUDE_CHARACTERS = '%+.';
