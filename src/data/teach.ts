/**
 * The teaching kit, loaded and checked once per build: the schemas ran in
 * the content collections; here the cross-file rules run against the plan's
 * blocks, the glossary and the indicator tables, so a quote that is not in
 * its block, a law fact that does not exist or a figure typed into a slide
 * fails the build, naming the file and line.
 */
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { refLine, refLink, type RefLink, type RefLookup } from '../lib/teach/citations.ts';
import { checkTeachContent, type TeachContent, type TeachTexts } from '../lib/teach/checks.ts';
import { figureText, tableFigures, type FigureText, type IndicatorTables } from '../lib/teach/figures.ts';
import { LEVEL_IDS, TEACH_FILES, type FigureSlot, type Level, type Lesson, type Question, type Ref } from '../lib/teach/schema.ts';
import { getGrowthTable, getOutcomeTable } from './charts.ts';
import { getGlossary } from './glossary.ts';
import { getPlanBlockEntries } from './plan.ts';

export interface Teach extends TeachContent {
  lesson: (level: Level) => Lesson;
  questions: (level: Level) => Question[];
  figure: (slot: FigureSlot) => FigureText;
  ref: (ref: Ref) => RefLink;
  refLine: (ref: Ref) => string;
}

let loaded: Promise<Teach> | undefined;

/** The file's order, which is the order the pages list things in; a collection keeps its own. */
function inFileOrder<T extends { id: string }>(items: T[], text: string): T[] {
  const at = (id: string) => text.indexOf(`"id": "${id}"`);
  return [...items].sort((a, b) => at(a.id) - at(b.id));
}

async function load(): Promise<Teach> {
  const texts = Object.fromEntries(Object.entries(TEACH_FILES).map(([key, file]) => [key, readFileSync(file, 'utf8')])) as TeachTexts;
  const content: TeachContent = {
    legalFacts: inFileOrder((await getCollection('teachLegalFacts')).map((e) => e.data), texts.legalFacts),
    examples: inFileOrder((await getCollection('teachExamples')).map((e) => e.data), texts.examples),
    kidsTerms: inFileOrder((await getCollection('teachKidsTerms')).map((e) => e.data), texts.kidsTerms),
    quiz: inFileOrder((await getCollection('teachQuiz')).map((e) => e.data), texts.quiz),
    lessons: inFileOrder((await getCollection('teachLessons')).map((e) => e.data), texts.lessons),
    campaign: (await getCollection('teachCampaign'))[0]!.data,
  };
  const blocks = await getPlanBlockEntries();
  const tables: IndicatorTables = { t1: await getOutcomeTable('t1'), t2: await getGrowthTable('t2') };
  const glossaryIds = new Set((await getGlossary()).map((e) => e.term.id));
  checkTeachContent(content, texts, { blocks, glossaryIds, figures: tableFigures(tables) });

  const lookup: RefLookup = {
    blocks: new Map(blocks.map((b) => [b.id, b])),
    laws: new Map(content.legalFacts.map((f) => [f.id, f])),
    examples: new Map(content.examples.map((e) => [e.id, e])),
  };
  const lessons = new Map(content.lessons.map((l) => [l.id, l]));
  for (const level of LEVEL_IDS) if (!lessons.has(level)) throw new Error(`${TEACH_FILES.lessons}: no lesson for ${level}`);
  return {
    ...content,
    lesson: (level) => lessons.get(level)!,
    questions: (level) => content.quiz.filter((q) => q.level === level),
    figure: (slot) => figureText(slot, tables),
    ref: (ref) => refLink(ref, lookup),
    refLine: (ref) => refLine(ref, lookup),
  };
}

export function getTeach(): Promise<Teach> {
  loaded ??= load();
  return loaded;
}
