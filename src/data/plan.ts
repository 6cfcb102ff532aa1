/**
 * The pages' one way into the plan's content: chapters in order, rendered
 * once, with the checks that span files run before any page uses them.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { COLUMN_COUNT, PART_NUMERALS } from '../lib/plan/addresses.ts';
import { fidelityFindings, planSourceLines } from '../lib/plan/fidelity.ts';
import { checkPlanStructure } from '../lib/plan/plan-structure.ts';
// The project's verbatim copy of the published text, bundled as text: the build compares the site's blocks with it.
import planSource from '../content/source/plan-source.txt?raw';
import type { PlanBlock, PlanColumn } from '../lib/plan/remark-plan-addresses.ts';
import { planBlockEntries, type PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { withBase } from '../lib/site/urls.ts';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type Rendered = Awaited<ReturnType<typeof render>>;

export interface Chapter {
  entry: ChapterEntry;
  order: number;
  slug: string;
  /** 一、规划背景; the preamble has none. */
  heading: string | null;
  /** The page the chapter is read on, without the deploy base: "/" or "/protection/". */
  route: string;
  /** The same page with the deploy base, for links. */
  path: string;
  rendered: Rendered;
  blocks: PlanBlock[];
  columns: PlanColumn[];
}

let loaded: Promise<Chapter[]> | undefined;

async function load(): Promise<Chapter[]> {
  const entries = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const chapters = await Promise.all(
    entries.map(async (entry): Promise<Chapter> => {
      const rendered = await render(entry);
      const fm = rendered.remarkPluginFrontmatter as { planBlocks?: PlanBlock[]; planColumns?: PlanColumn[] };
      const { order, numeral, title, slug } = entry.data;
      return {
        entry,
        order,
        slug,
        heading: order === 0 ? null : `${numeral}、${title}`,
        route: order === 0 ? '/' : `/${slug}/`,
        path: withBase(import.meta.env.BASE_URL, order === 0 ? '/' : `/${slug}/`),
        rendered,
        blocks: fm.planBlocks ?? [],
        columns: fm.planColumns ?? [],
      };
    }),
  );
  checkPlanStructure(
    chapters.map((c) => ({ file: c.entry.filePath ?? c.entry.id, order: c.order, slug: c.slug, columns: c.columns.map((col) => col.n) })),
    PART_NUMERALS.length,
    COLUMN_COUNT,
  );
  return chapters;
}

export function getChapters(): Promise<Chapter[]> {
  loaded ??= load();
  return loaded;
}

export async function getParts(): Promise<Chapter[]> {
  return (await getChapters()).filter((c) => c.order > 0);
}

export async function getPreamble(): Promise<Chapter> {
  return (await getChapters())[0]!;
}

/** The chapter a block id stands in, for links from pages other than the chapter's own. */
export async function chapterOf(id: string): Promise<Chapter> {
  const chapter = (await getChapters()).find((c) => c.blocks.some((b) => b.id === id));
  if (!chapter) throw new Error(`No chapter holds the element "${id}"`);
  return chapter;
}

let blockEntries: Promise<PlanBlockEntry[]> | undefined;

/** Every addressable block in reading order, table rows included; made once per build. */
export function getPlanBlockEntries(): Promise<PlanBlockEntry[]> {
  blockEntries ??= (async () => {
    const chapters = await getChapters();
    const tables = new Map((await getCollection('indicators')).map((t) => [t.id, t.data]));
    const entries = planBlockEntries(
      chapters.map((c) => ({ heading: c.heading, path: c.route, blocks: c.blocks })),
      tables,
    );
    const problems = fidelityFindings(entries, planSourceLines(planSource));
    if (problems.length > 0) {
      const fileOf = (id: string) => {
        if (/^t\d/.test(id)) return `src/content/indicators/${id.split('-')[0]}.json`;
        const route = entries.find((e) => e.id === id)?.path;
        return chapters.find((c) => c.route === route)?.entry.filePath ?? 'src/content/chapters/';
      };
      throw new Error(
        `The plan's text must be the published text (src/content/source/plan-source.txt), each block a source line or a part of one, in source order, none twice:\n` +
          problems.map(({ id, message }) => `  ${fileOf(id)}: ${message}`).join('\n'),
      );
    }
    return entries;
  })();
  return blockEntries;
}

export type IndicatorTableEntry = CollectionEntry<'indicators'>;

export async function getIndicatorTable(id: string): Promise<IndicatorTableEntry> {
  const table = await getEntry('indicators', id);
  if (!table) throw new Error(`No indicator table "${id}" in src/content/indicators/`);
  return table;
}
