import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { PART_NUMERALS } from './lib/plan/addresses.ts';
import { restoreFullWidth } from './lib/plan/punctuation.ts';
import { GLOSSARY_CATEGORIES, GLOSSARY_FILE } from './lib/glossary/glossary.ts';
import { COMMITMENTS_FILE, DOCUMENTS_DIR } from './lib/context/documents.ts';
import { commitmentSchema, documentSchema, glossarySourcesShape, planRecordSchema, refineGlossarySources, reportedValueSchema } from './lib/context/schema.ts';
import { GOALS_FILE, TAGS_FILE, goalSchema, tagEntrySchema } from './lib/explorer/schema.ts';
import { TEACH_FILES, campaignSchema, exampleSchema, kidsTermSchema, legalFactSchema, lessonSchema, questionSchema } from './lib/teach/schema.ts';

/** The preamble (order 0) and the eight parts, 一 to 八, as published. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './src/content/chapters' }),
  schema: z
    .object({
      order: z.number().int().min(0).max(PART_NUMERALS.length),
      numeral: z.enum(PART_NUMERALS).optional(),
      title: z.string().min(1).optional(),
      slug: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'slug must be lower-case English words joined by hyphens'),
    })
    .superRefine((chapter, ctx) => {
      if (chapter.order === 0) return;
      const expected = PART_NUMERALS[chapter.order - 1];
      if (chapter.numeral !== expected) {
        ctx.addIssue({ code: 'custom', path: ['numeral'], message: `part ${chapter.order} must have numeral ${expected}` });
      }
      if (!chapter.title) {
        ctx.addIssue({ code: 'custom', path: ['title'], message: 'a part needs its title as published' });
      } else if (restoreFullWidth(chapter.title) !== chapter.title) {
        ctx.addIssue({ code: 'custom', path: ['title'], message: `write the title with the plan's full-width punctuation: ${restoreFullWidth(chapter.title)}` });
      }
    }),
});

const published = z.number({ error: 'must be a number, as published' });
const tableCommon = {
  id: z.string().regex(/^t\d+$/),
  label: z.string().regex(/^表\d+$/),
  caption: z.string().min(1),
  /** The address of the section the table stands in (s1-1); the chapter text must agree. */
  standsIn: z.string().regex(/^s\d+(-\d+)?$/),
};

/** 表1: the 13th plan's indicators, 2015 baseline, 2020 target and 2020 actual. */
const outcomeTable = z.object({
  ...tableCommon,
  kind: z.literal('outcome'),
  headers: z.object({ indicator: z.string(), baseline: z.string(), target: z.string(), actual: z.string() }),
  years: z.object({ baseline: z.number().int(), target: z.number().int(), actual: z.number().int() }),
  indicators: z
    .array(z.object({ name: z.string().min(1), unit: z.string().min(1), baseline: published, target: published, actual: published }))
    .min(1),
});

/** 表2: the 14th plan's indicators, a 2020 value and an expected annual growth rate to 2025. */
const growthTable = z.object({
  ...tableCommon,
  kind: z.literal('growth'),
  headers: z.object({ indicator: z.string(), base: z.string(), target: z.string(), attribute: z.string() }),
  years: z.object({ base: z.number().int(), target: z.number().int() }),
  indicators: z
    .array(
      z.object({
        name: z.string().min(1),
        unit: z.string().min(1),
        base: published,
        annualGrowthPercent: published,
        attribute: z.enum(['预期性', '约束性']),
      }),
    )
    .min(1),
});

const indicators = defineCollection({
  loader: glob({ pattern: '*.json', base: './src/content/indicators' }),
  schema: z.discriminatedUnion('kind', [outcomeTable, growthTable]),
});

/** The site's own prose sets ，；：（） full-width beside Chinese, as the plan does (GB/T 15834). */
const fullWidth = (s: string) => restoreFullWidth(s) === s;
const FULL_WIDTH = 'write ，；：（） full-width next to Chinese characters (GB/T 15834): 世界知识产权组织（WIPO）';

/** 术语: the plan's IP terms, explained for a 13-year-old, each with its source. */
const glossary = defineCollection({
  loader: file(GLOSSARY_FILE),
  schema: z.object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case ASCII words joined by hyphens (the entry is #term-<id>)'),
    term: z.string().min(1),
    /** Other spellings exactly as the plan prints them. */
    aliases: z.array(z.string().min(1)).default([]),
    category: z.enum(Object.keys(GLOSSARY_CATEGORIES) as [keyof typeof GLOSSARY_CATEGORIES]),
    short: z
      .string()
      .min(1)
      .regex(/^[^。]+。$/, 'short must be one sentence ending in 。, for the tooltip')
      .refine(fullWidth, FULL_WIDTH),
    explanation: z.string().min(1).refine(fullWidth, FULL_WIDTH),
    source: z.string().min(1, 'name the law, treaty or body that defines the term').refine(fullWidth, FULL_WIDTH),
    /** The quoted words that support the explanation, with the article (tenth fact review). */
    ...glossarySourcesShape,
  }).superRefine(refineGlossarySources),
});

/** 关联文件: every document the plan names, and later ones, one JSON file each, every fact with its sources. */
const documents = defineCollection({
  loader: glob({ pattern: '*.json', base: `./${DOCUMENTS_DIR}` }),
  schema: documentSchema,
});

/** What the plan said it would make or reach, each quoted from its block, with a status and its source or 未核实. */
const commitments = defineCollection({ loader: file(COMMITMENTS_FILE), schema: commitmentSchema });

/** Values published after the plan's baselines, each with its publisher, URL and quoted words. */
const reportedValues = defineCollection({ loader: file('src/content/context/reported-values.json'), schema: reportedValueSchema });

/** The plan's own record: issuer, date, 文号, as far as sources show them. */
const planRecord = defineCollection({ loader: file('src/content/context/plan-record.json'), schema: planRecordSchema });

/** The explorer's reviewed dictionary: each facet value with the words that put a block under it. */
const explorerTags = defineCollection({ loader: file(TAGS_FILE), schema: tagEntrySchema });

/** The plan's quantified goals outside its tables, each quoted from its block, for the scorecard. */
const explorerGoals = defineCollection({ loader: file(GOALS_FILE), schema: goalSchema });

/** The teaching kit (教师): law facts, Liaoning examples, 学生版术语, the quiz bank, the lessons with their slides, the campaign page. */
const teachLegalFacts = defineCollection({ loader: file(TEACH_FILES.legalFacts), schema: legalFactSchema });
const teachExamples = defineCollection({ loader: file(TEACH_FILES.examples), schema: exampleSchema });
const teachKidsTerms = defineCollection({ loader: file(TEACH_FILES.kidsTerms), schema: kidsTermSchema });
const teachQuiz = defineCollection({ loader: file(TEACH_FILES.quiz), schema: questionSchema });
const teachLessons = defineCollection({ loader: file(TEACH_FILES.lessons), schema: lessonSchema });
// One object, not a list: the parser makes it the collection's one entry.
const teachCampaign = defineCollection({ loader: file(TEACH_FILES.campaign, { parser: (text) => [JSON.parse(text)] }), schema: campaignSchema });

export const collections = {
  chapters,
  indicators,
  glossary,
  documents,
  commitments,
  reportedValues,
  planRecord,
  explorerTags,
  explorerGoals,
  teachLegalFacts,
  teachExamples,
  teachKidsTerms,
  teachQuiz,
  teachLessons,
  teachCampaign,
};
