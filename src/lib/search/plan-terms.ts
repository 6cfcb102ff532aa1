/**
 * The plan's own vocabulary, for measuring search: every run of 4 to 8 Han
 * characters that stands between punctuation marks, which in this text is
 * nearly always a noun phrase (新一代信息产业, 知识产权质押融资, 技术调查官制度),
 * with the blocks that contain it.
 */
const BETWEEN_PUNCTUATION = /[\p{P}\p{S}\s]+/u;

export interface PlanTerm {
  term: string;
  /** Ids of the blocks whose text contains the term. */
  blocks: string[];
}

type Block = { id: string; text: string };

/** Each term with every block of `within` that contains it (by default the blocks it was taken from). */
function placed(terms: Iterable<string>, within: Block[]): PlanTerm[] {
  return [...terms].map((term) => ({ term, blocks: within.filter((b) => b.text.includes(term)).map((b) => b.id) }));
}

export function planTerms(blocks: Block[], within: Block[] = blocks, min = 4, max = 8): PlanTerm[] {
  const terms = new Set<string>();
  for (const block of blocks) {
    for (const chunk of block.text.split(BETWEEN_PUNCTUATION)) {
      const length = [...chunk].length;
      if (length >= min && length <= max) terms.add(chunk);
    }
  }
  return placed(terms, within);
}

/**
 * A wider net: every run of two to four consecutive words (as the browser's
 * segmenter cuts them) that spans 4 to 8 characters, mixed scripts included
 * (二O三五远景, PCT国际专利). It catches the places where the index's
 * segmentation and the query's disagree, which whole phrases alone can hide.
 */
export function planWordRuns(blocks: Block[], within: Block[] = blocks, min = 4, max = 8): PlanTerm[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const runs = new Set<string>();
  for (const block of blocks) {
    for (const chunk of block.text.split(BETWEEN_PUNCTUATION)) {
      const words = [...segmenter.segment(chunk)].filter((s) => s.isWordLike).map((s) => s.segment);
      for (let start = 0; start < words.length; start += 1) {
        for (let n = 2; n <= 4 && start + n <= words.length; n += 1) {
          const run = words.slice(start, start + n).join('');
          const length = [...run].length;
          if (length >= min && length <= max && chunk.includes(run)) runs.add(run);
        }
      }
    }
  }
  return placed(runs, within);
}

export interface CopiedPhraseRanks {
  /** How many phrases were searched. */
  runs: number;
  /** Phrases with none of the blocks that hold them in the top 3 (the measure). */
  missed: PlanTerm[];
  /** Phrases whose first result does not hold them. */
  firstWrong: PlanTerm[];
  /** Every (phrase, block holding it) pair, and those whose block is not in the top 3. */
  pairs: number;
  pairsMissed: PlanTerm[];
}

/**
 * How a search ranks text copied from the plan: for each phrase, its top 3
 * block ids as `search` returns them. A phrase held by more than three
 * blocks cannot have all of them in the top 3; `pairsMissed` lists those.
 */
export function rankCopiedPhrases(terms: PlanTerm[], search: (query: string) => string[]): CopiedPhraseRanks {
  const ranks: CopiedPhraseRanks = { runs: terms.length, missed: [], firstWrong: [], pairs: 0, pairsMissed: [] };
  for (const term of terms) {
    const top = search(term.term).slice(0, 3);
    if (!top.some((id) => term.blocks.includes(id))) ranks.missed.push(term);
    if (!term.blocks.includes(top[0] ?? '')) ranks.firstWrong.push(term);
    ranks.pairs += term.blocks.length;
    if (term.blocks.some((id) => !top.includes(id))) ranks.pairsMissed.push(term);
  }
  return ranks;
}
