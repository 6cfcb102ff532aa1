/**
 * The teaching kit's content (src/content/teach/), as zod schemas the content
 * collections use and the unit tests check directly. What pupils are taught
 * is held to the site's strictest rule: every fact points at the plan's words
 * (a block and the words quoted from it) or at a law fact, and a law fact
 * needs a medium-or-better source with its quoted words and the day it was
 * read. Cross-file rules (a quote found in its block, a law fact that exists,
 * a figure typed into prose) are in checks.ts, which needs the plan's blocks.
 */
import { z } from 'zod';
import { publishable, sourceSchema } from '../context/schema.ts';
import { restoreFullWidth } from '../plan/punctuation.ts';

export const TEACH_DIR = 'src/content/teach';
export const TEACH_FILES = {
  legalFacts: `${TEACH_DIR}/legal-facts.json`,
  examples: `${TEACH_DIR}/examples.json`,
  kidsTerms: `${TEACH_DIR}/kids-terms.json`,
  quiz: `${TEACH_DIR}/quiz.json`,
  lessons: `${TEACH_DIR}/lessons.json`,
  campaign: `${TEACH_DIR}/campaign.json`,
} as const;

/** The three levels a lesson and a quiz question are written for, with a class's length in minutes. */
export const LEVELS = {
  primary: { label: '小学高年级', group: '小学组', minutes: 40, short: '小学' },
  junior: { label: '初中', group: '初中组', minutes: 45, short: '初中' },
  senior: { label: '高中', group: '高中组', minutes: 45, short: '高中' },
} as const;
export type Level = keyof typeof LEVELS;
export const LEVEL_IDS = Object.keys(LEVELS) as [Level, ...Level[]];

export const QUESTION_TYPES = { single: '单选', multiple: '多选', judge: '判断', fill: '填空' } as const;
export type QuestionType = keyof typeof QUESTION_TYPES;
const QUESTION_TYPE_IDS = Object.keys(QUESTION_TYPES) as [QuestionType, ...QuestionType[]];

/** Where a 填空 question's blank stands in its stem. */
export const BLANK = '____';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case ASCII words joined by hyphens');
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });
/** The site's own words: full-width marks next to Chinese, as the plan prints them (GB/T 15834). */
const prose = z
  .string()
  .min(1)
  .refine((s) => restoreFullWidth(s) === s, { message: 'write ，；：（） full-width next to Chinese characters (GB/T 15834)' });
const asPrinted = z
  .string()
  .min(2)
  .refine((s) => restoreFullWidth(s) === s, { message: "quote with the plan's full-width punctuation, as the block prints it" });

const BLOCK = /^(s\d+(-\d+)*-p\d+|c\d+-i\d+|t\d+-r\d+)$/;

/**
 * Where a fact taught comes from: words quoted from one of the plan's blocks,
 * a law fact (legal-facts.json) or a local example (examples.json).
 */
export const refSchema = z.union(
  [
    z.strictObject({ plan: z.string().regex(BLOCK, 'plan must be a paragraph, column item or table row address (s3-2-p1, c1-i2, t2-r1)'), quote: asPrinted }),
    // `source` names which of the fact's sources the citation links, where the first medium-or-better one does not carry the point taught.
    z.strictObject({ law: id, source: z.url().optional() }),
    z.strictObject({ example: id }),
  ],
  { error: 'a source is { "plan": "s3-2-p1", "quote": "…" }, { "law": "<legal fact id>" } (optionally with "source": the url of one of its sources) or { "example": "<example id>" }' },
);
export type Ref = z.infer<typeof refSchema>;

/** A fact of law that answers or lessons use, once, with the article and the source it was read from. */
export const legalFactSchema = z
  .strictObject({
    id,
    /** 《中华人民共和国专利法》 */
    law: z.string().regex(/^《[^《》]+》$/, 'law is the law\'s title in 《》'),
    /** 第四十二条, 第四十二条第一款 */
    article: z.string().regex(/^第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?$/, 'article is written 第四十二条 (or 第四十二条第一款)'),
    /** The fact in plain words (本站编写), as answers and lessons state it. */
    plain: prose,
    /** The day the article's current wording took effect. */
    inForceSince: isoDate,
    /**
     * What the article's own words rest on, where no medium-or-better source
     * carries them (the sources then support only the law's adoption): said
     * beside every citation of the fact, so a pupil's handout never presents
     * a mirror's copy of the words as checked.
     */
    wording: prose.optional(),
    /**
     * Which text of the article the fact rests on, where the sources give only
     * an older text than the one in force (and that it still reads so is the
     * site's inference, 本站推断): said beside every citation, like wording.
     */
    basis: prose.optional(),
    sources: z.array(sourceSchema).min(1, 'a law fact needs at least one source: url, quote, label, publisher, checked'),
  })
  .refine((f) => publishable(f.sources), {
    path: ['sources'],
    message: 'a law fact resting only on low (mirror) sources is not taught: add a medium or high source, or leave it out',
  });
export type LegalFact = z.infer<typeof legalFactSchema>;

export const EXAMPLE_KINDS = ['专利', '商标', '地理标志', '著作权', '商业秘密'] as const;

/** A Liaoning example of a kind of IP, with its source; without one it is left out, never guessed. */
export const exampleSchema = z
  .strictObject({
    id,
    name: z.string().min(1),
    kind: z.enum(EXAMPLE_KINDS, { error: `kind must be one of ${EXAMPLE_KINDS.join('、')}` }),
    city: z.string().min(1).optional(),
    /** What it is, in plain words (本站编写). */
    plain: prose,
    sources: z.array(sourceSchema).min(1, 'an example needs a source'),
  })
  .refine((e) => publishable(e.sources), { path: ['sources'], message: 'an example resting only on low (mirror) sources is left out' });
export type Example = z.infer<typeof exampleSchema>;

/** 学生版术语: a term explained for ages 10–15 with an everyday example. */
export const kidsTermSchema = z.strictObject({
  id,
  term: z.string().min(1),
  /** The plain explanation, for ages 10–15 (本站编写). */
  plain: prose,
  /** An everyday example a pupil knows (本站编写). */
  example: prose,
  /** The id of the full glossary entry (src/content/glossary/terms.json), where there is one. */
  glossary: id.optional(),
  refs: z.array(refSchema).min(1, 'a term needs a source: a plan quote or a law fact'),
});
export type KidsTerm = z.infer<typeof kidsTermSchema>;

export const questionSchema = z
  .strictObject({
    /** p01…, j01…, s01…: the level's letter and a number. */
    id: z.string().regex(/^[pjs]\d{2}$/, 'id is the level\'s letter (p, j, s) and two digits: p01'),
    level: z.enum(LEVEL_IDS, { error: `level must be one of ${LEVEL_IDS.join(', ')}` }),
    type: z.enum(QUESTION_TYPE_IDS, { error: `type must be one of ${QUESTION_TYPE_IDS.join(', ')}` }),
    stem: prose,
    choices: z.array(prose).min(2).max(6).optional(),
    /** single: one choice as written; multiple: two or more; judge: true or false; fill: the words for the blank, each accepted form. */
    answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1), z.boolean()]),
    /** One line saying why (本站编写). */
    explanation: prose.refine((s) => !s.includes('\n') && [...s].length <= 90, { message: 'explanation is one line of at most 90 characters' }),
    source: refSchema,
    /** Further pages, where the one source does not carry the whole answer (e.g. the definition of works on one page, its kinds on another). */
    also: z.array(refSchema).min(1).optional(),
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (q.id[0] !== q.level[0]) issue('id', `a ${q.level} question's id starts with ${q.level[0]}`);
    const choices = q.choices ?? [];
    if (new Set(choices).size !== choices.length) issue('choices', 'a choice is given twice');
    switch (q.type) {
      case 'single':
        if (choices.length < 3) issue('choices', '单选 needs three or four choices');
        if (typeof q.answer !== 'string') issue('answer', '单选\'s answer is one choice, written as in choices');
        else if (!choices.includes(q.answer)) issue('answer', `the answer "${q.answer}" is not among the choices`);
        break;
      case 'multiple':
        if (choices.length < 3) issue('choices', '多选 needs at least three choices');
        if (!Array.isArray(q.answer) || q.answer.length < 2) issue('answer', '多选\'s answer lists two or more choices');
        else {
          const missing = q.answer.filter((a) => !choices.includes(a));
          if (missing.length > 0) issue('answer', `the answer "${missing.join('", "')}" is not among the choices`);
          if (new Set(q.answer).size !== q.answer.length) issue('answer', 'a choice is listed twice in the answer');
        }
        break;
      case 'judge':
        if (q.choices) issue('choices', '判断 has no choices: its answer is true or false');
        if (typeof q.answer !== 'boolean') issue('answer', '判断\'s answer is true or false');
        break;
      case 'fill':
        if (q.choices) issue('choices', '填空 has no choices');
        if (q.stem.split(BLANK).length !== 2) issue('stem', `填空's stem has one blank, written ${BLANK}`);
        if (!(typeof q.answer === 'string' || (Array.isArray(q.answer) && q.answer.length >= 1))) issue('answer', '填空\'s answer is the words for the blank (or a list of accepted forms)');
        break;
    }
  });
export type Question = z.infer<typeof questionSchema>;

/** Every page a question cites: its source first, then any further ones. */
export function questionRefs(q: Question): Ref[] {
  return [q.source, ...(q.also ?? [])];
}

/** A figure from the indicator tables, drawn from src/content/indicators/ when the page is built, never typed. */
export const figureSlotSchema = z.strictObject({
  table: z.enum(['t1', 't2']),
  /** The indicator's row, from 1. */
  row: z.number().int().min(1),
});
export type FigureSlot = z.infer<typeof figureSlotSchema>;

const stepSchema = z.strictObject({
  minutes: z.number().int().min(1).max(30),
  title: prose,
  /** What the teacher says, in brief (本站编写). */
  teacher: prose,
  /** What the class does. */
  activity: prose,
  refs: z.array(refSchema).default([]),
});

const slideSchema = z.strictObject({
  title: prose,
  points: z.array(prose).max(6).default([]),
  /** A figure the slide shows, from the one source of each figure. */
  figure: figureSlotSchema.optional(),
  /** Notes for the speaker, not projected. */
  notes: prose.optional(),
  refs: z.array(refSchema).default([]),
});
export type Slide = z.infer<typeof slideSchema>;

export const lessonSchema = z
  .strictObject({
    /** The level is the lesson's id: one lesson per level. */
    id: z.enum(LEVEL_IDS),
    title: prose,
    aims: z.array(prose).min(2).max(5),
    steps: z.array(stepSchema).min(3),
    exitTicket: z.array(prose).min(1).max(4),
    /** Quiz questions used in class, by id: the same level's. */
    quiz: z.array(z.string()).min(3),
    slides: z.array(slideSchema).min(6).max(20),
  })
  .superRefine((lesson, ctx) => {
    const total = lesson.steps.reduce((sum, s) => sum + s.minutes, 0);
    const minutes = LEVELS[lesson.id].minutes;
    if (total !== minutes) ctx.addIssue({ code: 'custom', path: ['steps'], message: `the steps take ${total} minutes; a ${LEVELS[lesson.id].label} class is ${minutes}` });
  });
export type Lesson = z.infer<typeof lessonSchema>;

const LOW_ONLY = 'a fact resting only on low (mirror) sources is not published: add a medium or high source, or leave it out (本站未查到)';
const themeSchema = z
  .strictObject({ year: z.number().int().min(2000), theme: z.string().min(2), sources: z.array(sourceSchema).min(1) })
  .refine((t) => publishable(t.sources), { path: ['sources'], message: LOW_ONLY });

/** The campaign page: the week, 4·26, each year's theme only with a source, a school day, the parents' message, reuse rules. */
export const campaignSchema = z.strictObject({
  id: z.literal('campaign'),
  week: z
    .strictObject({ from: z.string().regex(/^\d{2}-\d{2}$/), to: z.string().regex(/^\d{2}-\d{2}$/), sources: z.array(sourceSchema).min(1) })
    .refine((w) => publishable(w.sources), { path: ['sources'], message: LOW_ONLY }),
  weekThemes: z.array(themeSchema),
  worldDayThemes: z.array(themeSchema),
  /** A school's awareness day: prepare → activities → follow-up (本站编写). */
  dayPlan: z.array(z.strictObject({ phase: prose, when: prose, what: z.array(prose).min(1) })).min(3),
  parentsMessage: prose,
  attribution: z
    .strictObject({ rules: z.array(prose).min(1), sources: z.array(sourceSchema).min(1) })
    .refine((a) => publishable(a.sources), { path: ['sources'], message: LOW_ONLY }),
});
export type Campaign = z.infer<typeof campaignSchema>;
