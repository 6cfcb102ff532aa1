/**
 * Text copied from the plan finds its own block: every run of 2 to 4 words
 * (4 to 8 characters) of the text, searched with the search the pages use,
 * against the index the build wrote. No browser, no bench: the search runs
 * in Node on dist/pagefind/plan-index.json.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPlanIndex, searchPlan, type SearchBlock } from '../../src/lib/search/plan-search.ts';
import { planTerms, planWordRuns, rankCopiedPhrases } from '../../src/lib/search/plan-terms.ts';
import { DIST, requireDist } from '../support/dist.ts';

type Block = { id: string; kind: string; text: string };
let blocks: Block[];
let index: SearchBlock[];
const search = (query: string) => searchPlan(index, query).hits.map((h) => h.block.id);

beforeAll(() => {
  requireDist();
  blocks = (JSON.parse(readFileSync(`${DIST}data/plan-blocks.json`, 'utf8')) as { blocks: Block[] }).blocks;
  index = readPlanIndex(JSON.parse(readFileSync(`${DIST}pagefind/plan-index.json`, 'utf8')));
});

// Runs are taken from the text; a table row that holds one counts as its place too.
const text = () => blocks.filter((b) => b.kind !== 'table' && b.kind !== 'table-row');

describe('copied phrases rank their own block', () => {
  let ranks: ReturnType<typeof rankCopiedPhrases> | undefined;

  it('finds a block holding the phrase in the top 3, and first, for all 8,224 runs', () => {
    ranks ??= rankCopiedPhrases(planWordRuns(text(), blocks), search);
    expect(ranks.runs).toBe(8224);
    expect(ranks.missed.map((t) => t.term)).toEqual([]);
    expect(ranks.firstWrong.map((t) => t.term)).toEqual([]);
  });

  it('misses a particular block holding the phrase only when more than three blocks hold it', () => {
    ranks ??= rankCopiedPhrases(planWordRuns(text(), blocks), search);
    expect(ranks.pairs).toBe(10189);
    expect(ranks.pairsMissed.length).toBe(162);
    for (const term of ranks.pairsMissed) expect(term.blocks.length, term.term).toBeGreaterThan(3);
  });

  it('does the same for the 295 phrases between punctuation marks', () => {
    const ranks = rankCopiedPhrases(planTerms(text(), blocks), search);
    expect(ranks.runs).toBe(295);
    expect(ranks.missed).toEqual([]);
  });

  it('lists only blocks that hold the phrase', () => {
    for (const term of planWordRuns(text(), blocks).slice(0, 500)) {
      expect(search(term.term).sort(), term.term).toEqual([...term.blocks].sort());
    }
  });
});
