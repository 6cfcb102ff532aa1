/**
 * What a check (checks.ts) or an editorial note (editorial-notes.ts) cites:
 * the words of a paragraph, taken from the paragraph itself so that a
 * quotation is always verbatim, or a row of 表1 or 表2 as its cells, never
 * dressed as a quotation.
 */
import { tableText } from '../plan/indicator-cells.ts';
import type { IndicatorTableData } from '../plan/indicator-data.ts';
import { foldFullWidth } from '../plan/punctuation.ts';

/** Words of a paragraph, exactly as the block holds them. */
export interface Quote {
  kind: 'quote';
  block: string;
  text: string;
}

/** A row of 表1 or 表2 as its cells: the site arranges it, so it is never shown as a quotation. */
export interface TableCells {
  kind: 'cells';
  block: string;
  header: string[];
  cells: string[];
}

export type Evidence = Quote | TableCells;

export class CheckError extends Error {
  /** `where`: the file the faulty check or note is typed in; a quote may be in either. */
  constructor(problem: string, where = 'src/lib/journalism/checks.ts or editorial-notes.ts') {
    super(`${where}: ${problem}`);
    this.name = 'CheckError';
  }
}

export type Texts = ReadonlyMap<string, string>;

/**
 * The words of a block, found whichever width its punctuation is typed in
 * here and returned as the block has them: a quotation is always verbatim.
 */
export function quote(texts: Texts, block: string, text: string): Quote {
  const paragraph = texts.get(block);
  if (paragraph === undefined) throw new CheckError(`no block ${block} for the quote “${text}”`);
  const at = foldFullWidth(paragraph).indexOf(foldFullWidth(text));
  if (at === -1) throw new CheckError(`${block} does not contain the quote “${text}”`);
  return { kind: 'quote', block, text: paragraph.slice(at, at + text.length) };
}

/** Row n of a table, as its cells stand. */
export function tableRow(table: IndicatorTableData, n: number): TableCells {
  const { header, rows } = tableText(table);
  const cells = rows[n - 1];
  if (!cells) throw new CheckError(`${table.label} has no row ${n}`, 'src/lib/journalism/checks.ts');
  return { kind: 'cells', block: `${table.id}-r${n}`, header, cells };
}
