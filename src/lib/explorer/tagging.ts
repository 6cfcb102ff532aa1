/**
 * Tags each block of the plan from the reviewed dictionary: a block gets a
 * value when it contains one of the value's trigger words, and keeps the
 * words that did it, so a reader sees why. A trigger that occurs in no block
 * is an error: the dictionary names only what the plan says.
 */
import type { TaggedFacet } from './facets.ts';
import { GOALS_FILE, type TagEntry } from './schema.ts';

export interface BlockTag {
  facet: TaggedFacet;
  value: string;
  /** The dictionary's words found in the block, in dictionary order. */
  triggers: string[];
}

export interface TaggedBlock<Block> {
  block: Block;
  tags: BlockTag[];
}

export class DictionaryError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'DictionaryError';
  }
}

/** The line of `needle` in a file's text, 1-based, for messages that point at an entry. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
}

/** Every block with its tags; throws, naming each entry and trigger, where a trigger matches no block or a value is listed twice. */
export function tagBlocks<Block extends { text: string }>(
  blocks: Block[],
  entries: TagEntry[],
  where: { file: string; text: string },
): Array<TaggedBlock<Block>> {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.facet}=${entry.value}`;
    if (seen.has(key)) problems.push(`line ${lineOf(where.text, `"${entry.id}"`)}: ${entry.id}: ${key} is listed twice`);
    seen.add(key);
    const line = lineOf(where.text, `"${entry.id}"`);
    for (const trigger of entry.triggers) {
      if (!blocks.some((b) => foundIn(b.text, trigger, entry.except))) problems.push(`line ${line}: ${entry.id}: trigger "${trigger}" occurs in no block of the plan`);
    }
    for (const phrase of entry.except) {
      if (!blocks.some((b) => b.text.includes(phrase))) problems.push(`line ${line}: ${entry.id}: except "${phrase}" occurs in no block of the plan`);
    }
  }
  if (problems.length > 0) throw new DictionaryError(where.file, problems);
  return blocks.map((block) => ({
    block,
    tags: entries.flatMap((entry) => {
      const triggers = entry.triggers.filter((t) => foundIn(block.text, t, entry.except));
      return triggers.length > 0 ? [{ facet: entry.facet, value: entry.value, triggers }] : [];
    }),
  }));
}

/** Whether the trigger occurs in the text outside every excepted phrase. */
export function foundIn(text: string, trigger: string, except: readonly string[] = []): boolean {
  let masked = text;
  // A mask of the phrase's own length keeps the text's other words apart, so no trigger is made by joining its ends.
  for (const phrase of except) masked = masked.split(phrase).join('\u0000'.repeat(phrase.length));
  return masked.includes(trigger);
}

/**
 * A target value names a scorecard row (表1/表2's rows, or a goal of goals.json): one that names
 * none fails with the file, the entry's line, its id and the value, as a trigger in no block does.
 */
export function checkTargets(entries: TagEntry[], rowIds: ReadonlySet<string>, where: { file: string; text: string }): void {
  const strays = entries.filter((e) => e.facet === 'target' && !rowIds.has(e.value));
  if (strays.length > 0) {
    throw new DictionaryError(
      where.file,
      strays.map((e) => `line ${lineOf(where.text, `"${e.id}"`)}: ${e.id}: target "${e.value}" is no scorecard row (表1/表2 rows t1-r1…, or an id in ${GOALS_FILE})`),
    );
  }
}
