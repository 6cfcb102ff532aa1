/** The glossary with the places each term occurs, checked against the plan once per build. */
import { getCollection } from 'astro:content';
import { GLOSSARY_CATEGORIES, glossaryOccurrences, type GlossaryCategory, type GlossaryTerm, type Occurrence } from '../lib/glossary/glossary.ts';
import type { GlossarySources } from '../lib/context/schema.ts';
import type { PlanBlockEntry } from '../lib/plan/plan-blocks.ts';
import { getPlanBlockEntries } from './plan.ts';

/** A term as the page shows it: the words, and the sources that support them. */
export type SourcedTerm = GlossaryTerm & GlossarySources;

export interface GlossaryEntry {
  term: SourcedTerm;
  occurrences: Array<Occurrence<PlanBlockEntry>>;
}

let loaded: Promise<GlossaryEntry[]> | undefined;

async function load(): Promise<GlossaryEntry[]> {
  const terms = (await getCollection('glossary')).map((e) => ({ ...e.data, id: e.id }) as SourcedTerm);
  // Headings and table rows count as places too; a table's own entry only repeats its header row.
  const blocks = (await getPlanBlockEntries()).filter((b) => b.kind !== 'table');
  return glossaryOccurrences(terms, blocks);
}

export function getGlossary(): Promise<GlossaryEntry[]> {
  loaded ??= load();
  return loaded;
}

/** The entries by category, in the order categories are listed; within one, as the data file lists them. */
export async function getGlossaryByCategory(): Promise<Array<{ category: GlossaryCategory; label: string; entries: GlossaryEntry[] }>> {
  const entries = await getGlossary();
  return (Object.entries(GLOSSARY_CATEGORIES) as Array<[GlossaryCategory, string]>).map(([category, label]) => ({
    category,
    label,
    entries: entries.filter((e) => e.term.category === category),
  }));
}
