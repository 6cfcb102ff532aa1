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
