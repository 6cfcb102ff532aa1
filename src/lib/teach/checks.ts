/**
 * The teaching kit's cross-file rules, which a schema cannot see: a plan
 * quote is found in its block, a law fact, example or glossary entry named
 * exists, a lesson's quiz questions are its own level's, and no indicator
 * figure is typed into a lesson or slide, where it would drift from the one
 * source in src/content/indicators/. Each problem names the file and line.
 */
import { lineOf } from '../explorer/tagging.ts';
import { TEACH_FILES, questionRefs, type Campaign, type Example, type KidsTerm, type LegalFact, type Lesson, type Question, type Ref } from './schema.ts';

export class TeachContentError extends Error {
  constructor(problems: string[]) {
    super(`the teaching kit's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'TeachContentError';
  }
}

export interface TeachContent {
  legalFacts: LegalFact[];
  examples: Example[];
  kidsTerms: KidsTerm[];
  quiz: Question[];
  lessons: Lesson[];
  campaign: Campaign;
}

/** Each file's text, to point at lines. */
export type TeachTexts = Record<keyof typeof TEACH_FILES, string>;

/** The smallest bank the kit ships, across the three levels. */
export const MIN_QUESTIONS = 60;

/** Figures as the indicator tables print them, which lesson prose must not type. */
export function typedFigures(text: string, figures: readonly string[]): string[] {
  const numbers = text.match(/\d+(?:\.\d+)?/g) ?? [];
  return [...new Set(numbers.filter((n) => figures.includes(n)))];
}

/** Every problem in the kit's content, or none. */
export function teachProblems(
  content: TeachContent,
  texts: TeachTexts,
  plan: { blocks: ReadonlyArray<{ id: string; text: string }>; glossaryIds: ReadonlySet<string>; figures: readonly string[] },
): string[] {
  const problems: string[] = [];
  const at = (file: keyof typeof TEACH_FILES, needle: string) => `${TEACH_FILES[file]}:${lineOf(texts[file], needle)}`;
  const blockText = new Map(plan.blocks.map((b) => [b.id, b.text]));
  const laws = new Map(content.legalFacts.map((f) => [f.id, f]));
  const examples = new Set(content.examples.map((e) => e.id));

  const checkRef = (ref: Ref, file: keyof typeof TEACH_FILES, owner: string) => {
    if ('plan' in ref) {
      const text = blockText.get(ref.plan);
      if (text === undefined) problems.push(`${at(file, owner)}: ${ref.plan} is no paragraph, column item or table row of the plan`);
      else if (!text.includes(ref.quote)) problems.push(`${at(file, owner)}: "${ref.quote}" is not in ${ref.plan}; quote the block's words exactly`);
    } else if ('law' in ref) {
      const fact = laws.get(ref.law);
      if (!fact) problems.push(`${at(file, owner)}: no law fact "${ref.law}" in ${TEACH_FILES.legalFacts}`);
      else if (ref.source !== undefined) {
        const chosen = fact.sources.find((s) => s.url === ref.source);
        if (!chosen) problems.push(`${at(file, owner)}: ${ref.source} is none of the sources of law fact "${ref.law}"`);
        else if (chosen.label === 'low') problems.push(`${at(file, owner)}: ${ref.source} is a low (mirror) source; cite a medium or high one`);
      }
    } else if (!examples.has(ref.example)) problems.push(`${at(file, owner)}: no example "${ref.example}" in ${TEACH_FILES.examples}`);
  };

  const duplicates = (ids: string[], file: keyof typeof TEACH_FILES) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${at(file, `"id": "${id}"`)}: id "${id}" is given twice`);
      seen.add(id);
    }
  };
  duplicates(content.legalFacts.map((f) => f.id), 'legalFacts');
  duplicates(content.examples.map((e) => e.id), 'examples');
  duplicates(content.kidsTerms.map((t) => t.id), 'kidsTerms');
  duplicates(content.quiz.map((q) => q.id), 'quiz');
  duplicates(content.lessons.map((l) => l.id), 'lessons');

  for (const term of content.kidsTerms) {
    const owner = `"id": "${term.id}"`;
    if (term.glossary && !plan.glossaryIds.has(term.glossary)) problems.push(`${at('kidsTerms', owner)}: no glossary entry "${term.glossary}" in src/content/glossary/terms.json`);
    for (const ref of term.refs) checkRef(ref, 'kidsTerms', owner);
  }

  for (const q of content.quiz) for (const ref of questionRefs(q)) checkRef(ref, 'quiz', `"id": "${q.id}"`);
  if (content.quiz.length < MIN_QUESTIONS) problems.push(`${TEACH_FILES.quiz}: ${content.quiz.length} questions; the bank needs at least ${MIN_QUESTIONS}`);

  const questions = new Map(content.quiz.map((q) => [q.id, q]));
  for (const lesson of content.lessons) {
    const owner = `"id": "${lesson.id}"`;
    for (const qid of lesson.quiz) {
      const q = questions.get(qid);
      if (!q) problems.push(`${at('lessons', owner)}: quiz question "${qid}" is not in ${TEACH_FILES.quiz}`);
      else if (q.level !== lesson.id) problems.push(`${at('lessons', owner)}: quiz question "${qid}" is a ${q.level} question, not ${lesson.id}`);
    }
    for (const step of lesson.steps) for (const ref of step.refs) checkRef(ref, 'lessons', owner);
    for (const slide of lesson.slides) for (const ref of slide.refs) checkRef(ref, 'lessons', owner);
    const prose = [
      lesson.title,
      ...lesson.aims,
      ...lesson.exitTicket,
      ...lesson.steps.flatMap((s) => [s.title, s.teacher, s.activity]),
      ...lesson.slides.flatMap((s) => [s.title, ...s.points, s.notes ?? '']),
    ];
    for (const text of prose) {
      const typed = typedFigures(text, plan.figures);
      if (typed.length > 0) problems.push(`${at('lessons', text.slice(0, 12))}: "${typed.join('", "')}" is typed in "${text.slice(0, 30)}…"; show an indicator's figure with a slide's "figure": { "table": "t2", "row": 1 }, which reads it from src/content/indicators/`);
    }
    for (const slide of lesson.slides) {
      if (!slide.figure) continue;
      const rowId = `${slide.figure.table}-r${slide.figure.row}`;
      if (!blockText.has(rowId)) problems.push(`${at('lessons', owner)}: the slide "${slide.title}" shows ${rowId}, which the table has not`);
    }
  }
  return problems;
}

/** Throws a TeachContentError listing every problem, or returns the content. */
export function checkTeachContent(content: TeachContent, texts: TeachTexts, plan: Parameters<typeof teachProblems>[2]): TeachContent {
  const problems = teachProblems(content, texts, plan);
  if (problems.length > 0) throw new TeachContentError(problems);
  return content;
}
