/**
 * What the figure finder on /figures/ decides, on the values its table rows
 * carry (data-part, data-value…): which rows a query keeps and the order of a
 * sorted column. src/client/figure-finder.ts applies it to the page.
 */

/** The columns a reader can sort by, as named in the rows' data attributes. */
export type FinderKey = 'value' | 'qualifier' | 'unit' | 'period' | 'kind' | 'order';

/** A row's data attributes; a row's dataset is one. */
export type FinderRow = Partial<Record<FinderKey | 'part', string>>;

export interface FinderQuery {
  /** A part's heading, or '' for every part. */
  part: string;
  /** A unit, or '' for every unit. */
  unit: string;
  /** Words to find anywhere in the row, as typed. */
  text: string;
}

/** Whether a row stands under the query; `rowText` is all the words of the row. */
export function matchesQuery(row: FinderRow, rowText: string, query: FinderQuery): boolean {
  const text = query.text.trim();
  return (!query.part || row.part === query.part) && (!query.unit || row.unit === query.unit) && (!text || rowText.includes(text));
}

/** The direction a click on a column's header sorts in: ascending unless that is how it is already sorted. */
export function nextSortDirection(current: string | null): 'ascending' | 'descending' {
  return current === 'ascending' ? 'descending' : 'ascending';
}

/**
 * The order of rows sorted by one column. Figures and places compare as
 * numbers, words in 汉语拼音 order, and ties keep the plan's order. A figure
 * with no value (a name or a standard's number) goes last either way; among
 * themselves such figures are not compared, so a stable sort leaves them in
 * the order they stood.
 */
export function compareRows(key: FinderKey, direction: 'ascending' | 'descending'): (a: FinderRow, b: FinderRow) => number {
  const sign = direction === 'ascending' ? 1 : -1;
  const numeric = key === 'value' || key === 'order';
  const inPlan = (a: FinderRow, b: FinderRow) => Number(a.order) - Number(b.order);
  return (a, b) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (numeric) {
      if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
      return sign * (Number(x) - Number(y)) || inPlan(a, b);
    }
    return sign * x.localeCompare(y, 'zh') || inPlan(a, b);
  };
}
