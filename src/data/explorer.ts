/**
 * The explorer's model, made once per build: every block that can commit to
 * something (paragraphs, column items, table rows) with its tags and the
 * words that triggered them, each facet's values with their counts, the
 * scorecard and the overview. The dictionary is checked against the plan
 * here, so a trigger that matches nothing fails the build, naming it.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Source } from '../lib/context/schema.ts';
import { CITIES, FACET_IDS, STATUSES, TAGGED_FACETS, type FacetId, type StatusKey } from '../lib/explorer/facets.ts';
import { checkGoals, scorecardRows, type ScorecardRow } from '../lib/explorer/scorecard.ts';
import { GOALS_FILE, TAGS_FILE, type TagEntry } from '../lib/explorer/schema.ts';
import { checkTargets, lineOf, tagBlocks, type BlockTag } from '../lib/explorer/tagging.ts';
import { mainTheme, type OverviewPart } from '../lib/explorer/overview.ts';
import type { GrowthTableData, OutcomeTableData } from '../lib/plan/indicator-data.ts';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { withBase } from '../lib/site/urls.ts';
import { getContext } from './context.ts';
import { getIndicatorTable, getPlanBlockEntries } from './plan.ts';

export interface ExplorerBlock extends PlanBlockEntry {
  /** The paragraph's own address, with the deploy base. */
  href: string;
  tags: BlockTag[];
  /** Each facet's values for this block, status included. */
  facets: Record<FacetId, string[]>;
}

export interface FacetValue {
  value: string;
  /** What the page shows: 大连, or a target's indicator name. */
  label: string;
  count: number;
  note?: string;
  /** The pages the note rests on, where it quotes one. */
  sources?: Source[];
}

export interface Explorer {
  blocks: ExplorerBlock[];
  values: Record<FacetId, FacetValue[]>;
  scorecard: ScorecardRow[];
  overview: OverviewPart[];
}

/** The kinds of block that can commit to something; headings, column titles and a table's header only name what follows. */
const TAGGED_KINDS = new Set(['paragraph', 'column-item', 'table-row']);

let loaded: Promise<Explorer> | undefined;

async function load(): Promise<Explorer> {
  const base = import.meta.env.BASE_URL;
  const entries = await getPlanBlockEntries();
  const blocks = entries.filter((b) => TAGGED_KINDS.has(b.kind));
  const dictionaryText = readFileSync(TAGS_FILE, 'utf8');
  // In the file's order, which is the order the page lists values in; the collection keeps its own.
  const dictionary: TagEntry[] = (await getCollection('explorerTags'))
    .map((e) => e.data)
    .sort((a, b) => lineOf(dictionaryText, `"${a.id}"`) - lineOf(dictionaryText, `"${b.id}"`));
  const tagged = tagBlocks(blocks, dictionary, { file: TAGS_FILE, text: dictionaryText });

  const goalsText = readFileSync(GOALS_FILE, 'utf8');
  const goals = (await getCollection('explorerGoals')).map((e) => e.data).sort((a, b) => lineOf(goalsText, `"${a.id}"`) - lineOf(goalsText, `"${b.id}"`));
  const context = await getContext();
  const quotes = new Map(context.commitments.filter((c) => c.kind === '目标').map((c) => [c.id, { block: c.block, quote: c.quote }]));
  checkGoals(goals, blocks, quotes, GOALS_FILE);
  const t1 = (await getIndicatorTable('t1')).data as OutcomeTableData;
  const t2 = (await getIndicatorTable('t2')).data as GrowthTableData;
  const scorecard = scorecardRows(t2, goals, t1, context.reported, quotes);
  const rowById = new Map(scorecard.map((r) => [r.id, r]));
  checkTargets(dictionary, new Set(rowById.keys()), { file: TAGS_FILE, text: dictionaryText });

  const explorerBlocks: ExplorerBlock[] = tagged.map(({ block, tags }) => {
    const facets = Object.fromEntries(FACET_IDS.map((f) => [f, [] as string[]])) as Record<FacetId, string[]>;
    for (const tag of tags) facets[tag.facet].push(tag.value);
    const statuses = new Set(facets.target.map((t) => STATUSES[rowById.get(t)!.status].label));
    facets.status = Object.values(STATUSES).map((s) => s.label).filter((label) => statuses.has(label));
    return { ...block, href: withBase(base, `${block.path}#${block.id}`), tags, facets };
  });

  const count = (facet: FacetId, value: string) => explorerBlocks.filter((b) => b.facets[facet].includes(value)).length;
  const fromDictionary = (facet: (typeof TAGGED_FACETS)[number]): FacetValue[] =>
    dictionary
      .filter((e) => e.facet === facet)
      .map((e) => ({ value: e.value, label: facet === 'target' ? targetLabel(rowById.get(e.value)!) : e.value, count: count(facet, e.value), ...(e.note ? { note: e.note } : {}) }));
  const values: Record<FacetId, FacetValue[]> = {
    // All 14 cities, named in the plan or not: the tile grid shows each, with 0 where the plan names none.
    place: CITIES.map((c) => ({ value: c.name, label: c.name, count: count('place', c.name), ...noteOf(dictionary, c.name) })),
    ip: fromDictionary('ip'),
    theme: fromDictionary('theme'),
    means: fromDictionary('means'),
    target: fromDictionary('target'),
    status: (Object.keys(STATUSES) as StatusKey[]).map((k) => ({ value: STATUSES[k].label, label: STATUSES[k].label, count: count('status', STATUSES[k].label) })),
  };

  const themeOrder = values.theme.map((v) => v.value);
  const overview = overviewParts(entries, explorerBlocks, themeOrder, base);
  return { blocks: explorerBlocks, values, scorecard, overview };
}

function noteOf(dictionary: TagEntry[], city: string): { note?: string; sources?: Source[] } {
  const entry = dictionary.find((e) => e.facet === 'place' && e.value === city);
  return { ...(entry?.note ? { note: entry.note } : {}), ...(entry?.sources ? { sources: entry.sources } : {}) };
}

function targetLabel(row: ScorecardRow): string {
  return row.group === 'goal' ? row.label : `${row.id.startsWith('t1') ? '表1' : '表2'}：${row.label}`;
}

function overviewParts(entries: PlanBlockEntry[], blocks: ExplorerBlock[], themeOrder: string[], base: string): OverviewPart[] {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const parts: OverviewPart[] = [];
  for (const entry of entries) {
    const block = byId.get(entry.id);
    if (!block) continue;
    let part = parts.at(-1);
    if (part?.title !== entry.part) {
      part = { title: entry.part, href: withBase(base, entry.path), sections: [] };
      parts.push(part);
    }
    const sectionTitle = entry.section ?? entry.part;
    let section = part.sections.at(-1);
    if (section?.title !== sectionTitle) {
      section = { title: sectionTitle, blocks: [] };
      part.sections.push(section);
    }
    section.blocks.push({ id: block.id, place: block.place, href: block.href, chars: [...block.text].length, theme: mainTheme(block.tags, themeOrder, block.text) });
  }
  return parts;
}

export function getExplorer(): Promise<Explorer> {
  loaded ??= load();
  return loaded;
}
