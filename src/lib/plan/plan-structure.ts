/**
 * Checks that hold across chapter files, which no single file's schema or
 * parse can see: each part once and in order, one URL per part, and the six
 * columns each standing exactly once, in reading order.
 */
export interface ChapterFacts {
  file: string;
  order: number;
  slug: string;
  columns: number[];
}

export class PlanStructureError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'PlanStructureError';
  }
}

export function checkPlanStructure(chapters: ChapterFacts[], partCount: number, columnCount: number): void {
  const byOrder = new Map<number, string>();
  const bySlug = new Map<string, string>();
  for (const chapter of chapters) {
    const sameOrder = byOrder.get(chapter.order);
    if (sameOrder) throw new PlanStructureError(`${chapter.file}: order ${chapter.order} is already used by ${sameOrder}`);
    byOrder.set(chapter.order, chapter.file);
    const sameSlug = bySlug.get(chapter.slug);
    if (sameSlug) throw new PlanStructureError(`${chapter.file}: slug "${chapter.slug}" is already used by ${sameSlug}`);
    bySlug.set(chapter.slug, chapter.file);
  }
  for (let order = 0; order <= partCount; order += 1) {
    if (!byOrder.has(order)) {
      throw new PlanStructureError(`no chapter file has order ${order}: the plan has a preamble (0) and parts 1 to ${partCount}`);
    }
  }
  const columnFile = new Map<number, string>();
  let previous = 0;
  for (const chapter of [...chapters].sort((a, b) => a.order - b.order)) {
    for (const n of chapter.columns) {
      const other = columnFile.get(n);
      if (other) throw new PlanStructureError(`${chapter.file}: two elements are given the same id "c${n}" (专栏${n} also stands in ${other})`);
      if (n < previous) throw new PlanStructureError(`${chapter.file}: 专栏${n} comes after 专栏${previous}; columns stand in order`);
      columnFile.set(n, chapter.file);
      previous = n;
    }
  }
  for (let n = 1; n <= columnCount; n += 1) {
    if (!columnFile.has(n)) throw new PlanStructureError(`专栏${n} stands in no chapter: the plan has 专栏1 to 专栏${columnCount}`);
  }
}
