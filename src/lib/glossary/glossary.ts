/**
 * The glossary (术语) as data: what an entry holds, how its terms are found in
 * the plan, and the check that every term really occurs there, so a term can
 * never be defined for text the plan does not contain.
 */

export const GLOSSARY_FILE = 'src/content/glossary/terms.json';

export const GLOSSARY_CATEGORIES = {
  kinds: '知识产权的种类',
  international: '国际制度与合作',
  use: '管理、运用与金融',
  enforcement: '保护与执法',
  policy: '政策用语与机构',
} as const;

export type GlossaryCategory = keyof typeof GLOSSARY_CATEGORIES;

export interface GlossaryTerm {
  /** A stable ASCII slug: the entry's address is #term-<id>. */
  id: string;
  term: string;
  /** Other spellings exactly as the plan prints them (马德里国际商标, 保护中心). */
  aliases: string[];
  category: GlossaryCategory;
  /** One sentence, for the tooltip. */
  short: string;
  explanation: string;
  source: string;
}

export const termAnchor = (id: string): string => `term-${id}`;

/** Every way the term is written in the plan: the term first, then its aliases. */
export function termSpellings(term: Pick<GlossaryTerm, 'term' | 'aliases'>): string[] {
  return [term.term, ...term.aliases];
}

export interface Occurrence<Block> {
  block: Block;
  /** The spelling found in the block's text. */
  spelling: string;
}

/** The blocks whose text contains the term under any of its spellings, in reading order. */
export function occurrencesOf<Block extends { text: string }>(term: Pick<GlossaryTerm, 'term' | 'aliases'>, blocks: Block[]): Array<Occurrence<Block>> {
  const spellings = termSpellings(term);
  const found: Array<Occurrence<Block>> = [];
  for (const block of blocks) {
    const spelling = spellings.find((s) => block.text.includes(s));
    if (spelling) found.push({ block, spelling });
  }
  return found;
}

export class GlossaryError extends Error {
  constructor(problem: string) {
    super(`${GLOSSARY_FILE}: ${problem}`);
    this.name = 'GlossaryError';
  }
}

/**
 * Each term with the blocks it occurs in; fails, naming the terms, when any
 * term occurs nowhere in the plan or two entries share a spelling.
 */
export function glossaryOccurrences<Block extends { text: string }, Term extends GlossaryTerm = GlossaryTerm>(
  terms: Term[],
  blocks: Block[],
): Array<{ term: Term; occurrences: Array<Occurrence<Block>> }> {
  const owner = new Map<string, string>();
  for (const term of terms) {
    for (const spelling of termSpellings(term)) {
      const other = owner.get(spelling);
      if (other) throw new GlossaryError(`"${spelling}" is a spelling of both ${other} and ${term.id}`);
      owner.set(spelling, term.id);
    }
  }
  const result = terms.map((term) => ({ term, occurrences: occurrencesOf(term, blocks) }));
  const missing = result.filter((r) => r.occurrences.length === 0).map((r) => `${r.term.id} (${termSpellings(r.term).join('、')})`);
  if (missing.length > 0) {
    throw new GlossaryError(`term${missing.length > 1 ? 's' : ''} not found anywhere in the plan's text: ${missing.join('; ')}`);
  }
  return result;
}
