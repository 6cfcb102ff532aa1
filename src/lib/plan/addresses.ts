/**
 * The address scheme: one stable id for every heading, paragraph, column item
 * and table of the plan. An id depends only on the position of the element
 * inside its own part and section, so editing one section never moves the
 * addresses of another.
 *
 *   s3          part 三
 *   s3-2        part 三, section (二)
 *   s3-2-p3     part 三, section (二), paragraph 3
 *   s0-p1       the preamble, paragraph 1
 *   c1          专栏1
 *   c1-i2       专栏1, item 2
 *   t1          表1
 *   t1-r2       表1, row 2 (below the header row)
 */

export const PART_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八'] as const;
/** The plan's columns (专栏) are numbered 1 to 6. */
export const COLUMN_COUNT = 6;
const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

export type PlanAddress =
  | { kind: 'part'; part: number }
  | { kind: 'section'; part: number; section: number }
  | { kind: 'paragraph'; part: number; section: number | null; paragraph: number }
  | { kind: 'column'; column: number }
  | { kind: 'column-item'; column: number; item: number }
  | { kind: 'table'; table: number }
  | { kind: 'table-row'; table: number; row: number };

export const partId = (part: number): string => `s${part}`;
export const sectionId = (part: number, section: number): string => `s${part}-${section}`;
export const paragraphId = (part: number, section: number | null, paragraph: number): string =>
  section === null ? `s${part}-p${paragraph}` : `s${part}-${section}-p${paragraph}`;
export const columnId = (column: number): string => `c${column}`;
export const columnItemId = (column: number, item: number): string => `c${column}-i${item}`;
export const tableRowId = (table: number, row: number): string => `t${table}-r${row}`;

const ADDRESS_PATTERNS: Array<[RegExp, (m: number[]) => PlanAddress]> = [
  [/^s(0|[1-9]\d*)$/, ([part]) => ({ kind: 'part', part: part! })],
  [/^s(0|[1-9]\d*)-(0|[1-9]\d*)$/, ([part, section]) => ({ kind: 'section', part: part!, section: section! })],
  [/^s(0|[1-9]\d*)-p(0|[1-9]\d*)$/, ([part, paragraph]) => ({ kind: 'paragraph', part: part!, section: null, paragraph: paragraph! })],
  [
    /^s(0|[1-9]\d*)-(0|[1-9]\d*)-p(0|[1-9]\d*)$/,
    ([part, section, paragraph]) => ({ kind: 'paragraph', part: part!, section: section!, paragraph: paragraph! }),
  ],
  [/^c(0|[1-9]\d*)$/, ([column]) => ({ kind: 'column', column: column! })],
  [/^c(0|[1-9]\d*)-i(0|[1-9]\d*)$/, ([column, item]) => ({ kind: 'column-item', column: column!, item: item! })],
  [/^t(0|[1-9]\d*)$/, ([table]) => ({ kind: 'table', table: table! })],
  [/^t(0|[1-9]\d*)-r(0|[1-9]\d*)$/, ([table, row]) => ({ kind: 'table-row', table: table!, row: row! })],
];

/** Reads an id back into its parts; null when the id does not follow the scheme. */
export function parseAddress(id: string): PlanAddress | null {
  for (const [pattern, build] of ADDRESS_PATTERNS) {
    const match = pattern.exec(id);
    if (match) return build(match.slice(1).map(Number));
  }
  return null;
}

export function partNumeral(part: number): string {
  const numeral = PART_NUMERALS[part - 1];
  if (!numeral) throw new RangeError(`No part ${part}: the plan has parts 1 to ${PART_NUMERALS.length}`);
  return numeral;
}

export function sectionNumeral(section: number): string {
  const numeral = SECTION_NUMERALS[section - 1];
  if (!numeral) throw new RangeError(`No section numeral for ${section}`);
  return numeral;
}

/** "（二）优化知识产权人才的发展环境" → 2; null when the heading carries no （一）…（十） label. */
export function sectionNumberFromHeading(text: string): number | null {
  const match = /^\s*（([一二三四五六七八九十])）/.exec(text);
  if (!match) return null;
  return SECTION_NUMERALS.indexOf(match[1] as (typeof SECTION_NUMERALS)[number]) + 1;
}

/** The place an id names, in the form a Chinese reader cites it, with the plan's full-width brackets: 三（二）第3段. */
export function describeAddress(id: string): string {
  const address = parseAddress(id);
  if (!address) throw new Error(`"${id}" is not a plan address`);
  switch (address.kind) {
    case 'part':
      return address.part === 0 ? '前言' : partNumeral(address.part);
    case 'section':
      return `${partNumeral(address.part)}（${sectionNumeral(address.section)}）`;
    case 'paragraph': {
      const place =
        address.part === 0
          ? '前言'
          : address.section === null
            ? partNumeral(address.part)
            : `${partNumeral(address.part)}（${sectionNumeral(address.section)}）`;
      return `${place}第${address.paragraph}段`;
    }
    case 'column':
      return `专栏${address.column}`;
    case 'column-item':
      return `专栏${address.column}第${address.item}项`;
    case 'table':
      return `表${address.table}`;
    case 'table-row':
      return `表${address.table}第${address.row}行`;
  }
}
