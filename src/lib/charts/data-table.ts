/**
 * One table of open data, typed: each column's header and, for numbers, how
 * many decimals it shows. The CSV and the .xlsx are both written from it, so
 * a number is one value in both: plain digits in the CSV, a number with its
 * number format in the workbook. Units live in their own column or in the
 * header, never in a cell.
 */
import { decimalsOf, formatComputed } from './growth.ts';
import { formatPublished } from '../plan/numbers.ts';

export interface DataColumn {
  header: string;
  /**
   * For numbers: the decimals shown (a computed value, already rounded to
   * them). Left out, a number is a figure as published and keeps its own
   * digits (2.195, 30.96, 318).
   */
  decimals?: number;
  /** Width in the workbook, in characters. */
  width?: number;
}

/** A computed number whose decimals differ row by row (表2's path: 4.34, 350), already rounded to them. */
export interface Rounded {
  value: number;
  decimals: number;
}

export type DataValue = string | number | Rounded | null;

export interface DataTable {
  columns: DataColumn[];
  rows: DataValue[][];
}

/** A number cell's value and the decimals it shows: its own, its column's, or a published figure's. */
export function numberOf(column: DataColumn, value: number | Rounded): Rounded {
  if (typeof value === 'object') return value;
  return { value, decimals: column.decimals ?? decimalsOf(value) };
}

/** A cell as CSV text: a number as plain digits (4.60 keeps its 0), nothing for null. */
export function cellText(column: DataColumn, value: DataValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && column.decimals === undefined) return formatPublished(value);
  const n = numberOf(column, value);
  return formatComputed(n.value, n.decimals);
}

/** The table as rows of text, header first. */
export function tableRows(table: DataTable): string[][] {
  return [table.columns.map((c) => c.header), ...table.rows.map((row) => table.columns.map((c, i) => cellText(c, row[i] ?? null)))];
}
