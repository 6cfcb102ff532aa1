/**
 * The explorer's content: the tag dictionary (src/content/explorer/tags.json)
 * and the plan's quantified goals outside its tables
 * (src/content/explorer/goals.json), as zod schemas the content collections
 * use. A trigger is written as the plan prints it, full-width marks included,
 * so that it is found in the block character for character.
 */
import { z } from 'zod';
import { sourceSchema } from '../context/schema.ts';
import { restoreFullWidth } from '../plan/punctuation.ts';
import { CITY_NAMES, TAGGED_FACETS } from './facets.ts';

export const TAGS_FILE = 'src/content/explorer/tags.json';
export const GOALS_FILE = 'src/content/explorer/goals.json';

const asPrinted = z
  .string()
  .min(1)
  .refine((s) => restoreFullWidth(s) === s, { message: "write it with the plan's full-width punctuation, as the block prints it" });

export const tagEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case ASCII words joined by hyphens'),
    facet: z.enum(TAGGED_FACETS, { error: `facet must be one of ${TAGGED_FACETS.join(', ')}` }),
    /** The value as the URL and the page show it (大连, 商标), or a target's id (t2-r1, agencies). */
    value: z.string().min(1),
    /** Words that put a block under this value when the block contains one of them. */
    triggers: z.array(asPrinted).min(1, 'give at least one trigger word'),
    /** Phrases in which a trigger does not count: 老工业基地 is no 基地 the plan builds. */
    except: z.array(asPrinted).default([]),
    /** Why a trigger maps to this value where that is not plain (a zone to its cities). */
    note: z.string().min(1).optional(),
    /** Where the note rests on a page (review 23: 沈抚's two cities, from the provincial commerce department's English page). */
    sources: z.array(sourceSchema).min(1).optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.facet === 'place' && !CITY_NAMES.includes(entry.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `a place is one of the 14 cities: ${CITY_NAMES.join('、')}` });
    }
    if (entry.facet === 'place' && !entry.triggers.includes(entry.value)) {
      ctx.addIssue({ code: 'custom', path: ['triggers'], message: `a city's own name (${entry.value}) must be one of its triggers` });
    }
  });
export type TagEntry = z.infer<typeof tagEntrySchema>;

/** A passage of the plan, quoted exactly from one block. */
const planQuote = z.object({
  block: z.string().regex(/^(s\d+(-\d+)*-p\d+|c\d+-i\d+|t\d+-r\d+)$/, 'block must be a paragraph, column item or table row address'),
  quote: asPrinted,
});
export type PlanQuote = z.infer<typeof planQuote>;

/** A value published after the plan, with where it was read. */
const latestSchema = z.object({
  year: z.number().int(),
  value: z.number(),
  unit: z.string().min(1),
  /** met, missed or progress, read against the target as the note says. */
  status: z.enum(['met', 'missed', 'progress']),
  source: sourceSchema,
});

export const goalSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** What is counted, in a few words of our own. */
  label: z.string().min(1),
  /** The commitments (src/content/context/commitments.json, kind 目标) that quote the plan's words setting the goal. */
  commitments: z.array(z.string().min(1)).min(1, 'name the commitment that quotes the goal'),
  /** The goal in short, as the plan states it: 超过650家（2025年）. */
  target: z.string().min(1),
  /** The plan's own starting figure, where it gives one. */
  baseline: planQuote.nullable(),
  latest: latestSchema.nullable(),
});
export type Goal = z.infer<typeof goalSchema>;
