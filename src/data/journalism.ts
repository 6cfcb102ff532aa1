/**
 * The figure finder's list and the arithmetic checks, made once per build
 * from the plan's blocks and the indicator data, for their pages and their
 * CSV and JSON files alike.
 */
import { checkMarks, type CheckMark } from '../lib/journalism/check-marks.ts';
import { planChecks, type Check } from '../lib/journalism/checks.ts';
import { editorialNotes, type EditorialNote } from '../lib/journalism/editorial-notes.ts';
import { extractFigures, tableFigures, type Figure } from '../lib/journalism/figures.ts';
import { tableText } from '../lib/plan/indicator-cells.ts';
import { withBase } from '../lib/site/urls.ts';
import { getGrowthTable, getOutcomeTable } from './charts.ts';
import { getIndicatorTable, getPlanBlockEntries } from './plan.ts';

export interface PlacedFigure extends Figure {
  /** The place as cited: 一（一）第3段. */
  place: string;
  part: string;
  /** The paragraph's address on the site, deploy base included. */
  href: string;
}

let figures: Promise<PlacedFigure[]> | undefined;

export function getFigures(): Promise<PlacedFigure[]> {
  figures ??= (async () => {
    const blocks = await getPlanBlockEntries();
    const text = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'column-item');
    const tables = await Promise.all(
      ['t1', 't2'].map(async (id) => {
        const { data } = await getIndicatorTable(id);
        return tableFigures({ id, label: data.label, ...tableText(data) });
      }),
    );
    const byId = new Map(blocks.map((b) => [b.id, b]));
    const order = new Map(blocks.map((b, i) => [b.id, i]));
    return [...extractFigures(text), ...tables.flat()]
      .sort((a, b) => order.get(a.block)! - order.get(b.block)!)
      .map((figure) => {
        const block = byId.get(figure.block);
        if (!block) throw new Error(`figure ${figure.id} stands in no known block`);
        return { ...figure, place: block.place, part: block.part, href: withBase(import.meta.env.BASE_URL, `${block.path}#${block.id}`) };
      });
  })();
  return figures;
}

async function texts(): Promise<Map<string, string>> {
  return new Map((await getPlanBlockEntries()).map((b) => [b.id, b.text]));
}

export async function getChecks(): Promise<Check[]> {
  return planChecks(await texts(), await getOutcomeTable('t1'), await getGrowthTable('t2'));
}

/**
 * The checks' marks by block, for the marks drawn in the tables' rows (the
 * paragraphs' marks are placed in the Markdown, remark-editorial-notes.ts).
 */
export async function getCheckMarks(): Promise<Map<string, CheckMark[]>> {
  const blocks = await getPlanBlockEntries();
  const rows = await Promise.all(
    ['t1', 't2'].map(async (id) => (await getIndicatorTable(id)).data.indicators.map((_, i) => `${id}-r${i + 1}`)),
  );
  return checkMarks(await getChecks(), [...blocks.map((b) => b.id), ...rows.flat()], import.meta.env.BASE_URL);
}

export async function getEditorialNotes(): Promise<EditorialNote[]> {
  return editorialNotes(await texts());
}

/** Where a block is read, for links from pages other than its own. */
export async function blockHref(id: string): Promise<{ href: string; place: string }> {
  const block = (await getPlanBlockEntries()).find((b) => b.id === id);
  if (!block) throw new Error(`No block "${id}"`);
  return { href: withBase(import.meta.env.BASE_URL, `${block.path}#${block.id}`), place: block.place };
}
