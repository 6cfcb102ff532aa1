/**
 * What a fact the site adds about the plan's context must carry, as zod
 * schemas the content collections use and the unit tests check directly
 * (a scratch build per bad case would take minutes). The rule they enforce:
 * no fact without a source, and no fact resting only on a mirror copy.
 */
import { z } from 'zod';

/** How far a source can be trusted; only medium or better is published on its own. */
export const CONFIDENCE = {
  high: '高：发布机关本身的页面或表格',
  medium: '中：主要新闻媒体或全文的忠实转载（官方网站转载或转述另一机关的文件也是中）',
  low: '低：镜像、聚合站副本、节选或博客',
} as const;
export type Confidence = keyof typeof CONFIDENCE;
export const CONFIDENCE_SHORT: Record<Confidence, string> = { high: '高', medium: '中', low: '低' };

/** A document's relation to the plan, each grounded in how the plan itself names it. */
export const RELATIONS = {
  上位: '上位规划：规划要求与之“相衔接”的国家和全省规划',
  依据: '依据：规划要求“贯彻实施”“衔接”的法律和政策文件',
  前身: '前身：上一个五年的规划，规划要求“保持……执行的连续性”',
  回顾: '回顾：规划在“发展成就”中列举的“十三五”期间已发布的文件',
  衔接: '衔接：规划要求与之“相衔接”的全省另一份“十四五”规划（与本规划是否同级，本站未查到）',
  规划要求制定: '规划要求制定或修正：规划说要“研究制定”“及时修正”“制定”的文件',
  规划要求推行: '规划要求推行：规划说要“推行”的标准',
  后续: '后续：规划没有提到、本站推断在规划发布之后出台、与规划内容相关的文件',
} as const;
export type Relation = keyof typeof RELATIONS;

/** A document's status as of a stated date. */
export const DOCUMENT_STATUSES = ['现行有效', '已修订', '征求意见中', '已出台', '本站未查到'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** What became of a commitment; 未核实 until a source says otherwise. */
export const COMMITMENT_STATUSES = ['已出台', '已建成', '已达成', '未达成', '未核实'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export const UNVERIFIED = '未核实';
export const UNKNOWN = '本站未查到';

const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' });

export const sourceSchema = z.object({
  url: z.url({ error: 'must be the full URL the words were read from' }),
  /** The words that support the fact, as they stand on the page (traditional characters included). */
  quote: z.string().min(2, 'quote the words on the page that support the fact'),
  label: z.enum(Object.keys(CONFIDENCE) as [Confidence, ...Confidence[]], { error: 'label must be high, medium or low' }),
  /** The page's owner as it names itself: 国家知识产权局, 辽宁日报. */
  publisher: z.string().min(1, 'name who published the page'),
  /** The day the site read the page. */
  checked: isoDate,
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const SOURCES_REQUIRED = 'a fact needs at least one source: url, quote, label, publisher, checked';
const NOT_ONLY_LOW = 'a fact resting only on low (mirror) sources is not published: add a medium or high source, or leave the fact out (本站未查到)';

export const publishable = (sources: Source[]): boolean => sources.some((s) => s.label !== 'low');

/** A value with the sources that support it; the schema refuses it without one medium-or-better source. */
export function factSchema<T extends z.ZodType>(value: T) {
  return z
    .object({ value, sources: z.array(sourceSchema).min(1, SOURCES_REQUIRED), note: z.string().min(1).optional() })
    .refine((f) => publishable(f.sources), { message: NOT_ONLY_LOW, path: ['sources'] });
}

const textFact = factSchema(z.string().min(1));
const dateFact = factSchema(isoDate);
export type Fact<T> = { value: T; sources: Source[]; note?: string };

/** A status: 本站未查到 may stand alone; any other needs its sources like every fact. */
function statusSchema<S extends readonly [string, ...string[]]>(values: S, unknown: string) {
  return z
    .object({
      value: z.enum(values, { error: `status must be one of ${values.join('、')}` }),
      asOf: isoDate,
      sources: z.array(sourceSchema).default([]),
      note: z.string().min(1).optional(),
    })
    .superRefine((s, ctx) => {
      if (s.value === unknown) return;
      if (s.sources.length === 0) ctx.addIssue({ code: 'custom', path: ['sources'], message: `status ${s.value}: ${SOURCES_REQUIRED}` });
      else if (!publishable(s.sources)) ctx.addIssue({ code: 'custom', path: ['sources'], message: NOT_ONLY_LOW });
    });
}

/**
 * What kind of text a document is, which names its dates: a law or a regulation
 * is 公布 (by 主席令 or 公告), a standard 发布 and 实施 (and not 通过), a
 * plan, opinion or notice 印发. Only what the name or a source shows is set; the
 * rest are 文件. 标准 is a standard whose level (national or other) no source
 * shows: the plan asks to 推行 it beside GB/T34833-2017 (review 15).
 */
export const DOCUMENT_FORMS = ['法律', '法规', '国家标准', '标准', '文件'] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

export const documentSchema = z.object({
  /** Every spelling the plan prints, without 《》, exactly as printed (punctuation may be ASCII or full-width). */
  planNames: z.array(z.string().min(1)).default([]),
  /** The name the site lists it under when the plan never names it (a later document). */
  name: z.string().min(1).optional(),
  officialTitle: textFact.optional(),
  relation: z.enum(Object.keys(RELATIONS) as [Relation, ...Relation[]], {
    error: `relation must be one of ${Object.keys(RELATIONS).join('、')}`,
  }),
  form: z.enum(DOCUMENT_FORMS, { error: `form must be one of ${DOCUMENT_FORMS.join('、')}` }).default('文件'),
  issuer: textFact.optional(),
  docNumber: textFact.optional(),
  adopted: dateFact.optional(),
  issued: dateFact.optional(),
  inForce: dateFact.optional(),
  status: statusSchema(DOCUMENT_STATUSES, UNKNOWN),
  /** Other facts: its length, how it was reported. */
  other: z.array(factSchema(z.string().min(1)).and(z.object({ label: z.string().min(1) }))).default([]),
}).refine((d) => d.planNames.length > 0 || d.name, { message: 'a document the plan does not name needs a name', path: ['name'] })
  .refine((d) => !((d.form === '国家标准' || d.form === '标准') && d.adopted), { message: 'a standard is not 通过: give its 发布日期 (issued)', path: ['adopted'] });
export type DocumentData = z.infer<typeof documentSchema>;

/**
 * What a glossary entry (src/content/glossary/terms.json) adds to the words
 * of its explanation: the sources whose quoted words support it, each with the
 * article it quotes, and what the site looked for and did not find. The tenth
 * fact review (issue 23) added them; an entry without sources still names its
 * law in `source`, and the page says the quoted words are 本站未查到.
 */
export const glossarySourceSchema = sourceSchema.extend({
  /** The article the quote is, or reports, as the law numbers it: 第四十二条第一款. */
  article: z.string().regex(/^第[一二三四五六七八九十百零]+条(第[一二三四五六七八九十]+款)?$/, 'article must be written as the law numbers it: 第四十二条 or 第四十二条第一款').optional(),
});
export type GlossarySource = z.infer<typeof glossarySourceSchema>;

export const glossarySourcesShape = {
  sources: z.array(glossarySourceSchema).default([]),
  /** What the site could not find for this entry, said on the page after 本站未查到：. */
  unfound: z.string().min(1).optional(),
};
export function refineGlossarySources(g: { sources: GlossarySource[] }, ctx: z.RefinementCtx): void {
  if (g.sources.length > 0 && !publishable(g.sources)) ctx.addIssue({ code: 'custom', path: ['sources'], message: NOT_ONLY_LOW });
}
export const glossarySourcesSchema = z.object(glossarySourcesShape).superRefine(refineGlossarySources);
export type GlossarySources = z.infer<typeof glossarySourcesSchema>;

export const commitmentSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case ASCII words joined by hyphens'),
  kind: z.enum(['文件', '机构', '目标'], { error: 'kind must be 文件, 机构 or 目标' }),
  /** The block the plan makes it in (c1-i1) and the words, which must stand in that block. */
  block: z.string().regex(/^(s\d+(-\d+)?-p\d+|c\d+-i\d+)$/, 'block must be a paragraph or column item address such as s3-3-p3 or c1-i1'),
  quote: z.string().min(2),
  /** The document entry it concerns, for 文件 commitments. */
  document: z.string().min(1).optional(),
  status: statusSchema(COMMITMENT_STATUSES, UNVERIFIED),
});
export type CommitmentData = z.infer<typeof commitmentSchema>;

export const reportedValueSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lower-case ASCII words joined by hyphens'),
  /** 辽宁省 values go beside the plan's own; 全国 values only beside the national plan. */
  scope: z.enum(['辽宁省', '全国'], { error: 'scope must be 辽宁省 or 全国' }),
  /** 实际 is a reported outcome; 目标 a target another plan set. */
  kind: z.enum(['实际', '目标'], { error: 'kind must be 实际 or 目标' }),
  /** The plan's table row it stands beside. */
  table: z.enum(['t1', 't2'], { error: 'table must be t1 or t2' }),
  row: z.number().int().min(1),
  /** The indicator as the publisher names it. */
  indicator: z.string().min(1),
  year: z.number({ error: 'year must be a number' }).int().min(2000).max(2100),
  value: z.number({ error: 'value must be a number, as published' }),
  unit: z.string().min(1),
  /** When the source gives the value only through others (7.5, up 1.2): the site's arithmetic, shown as 本站计算. */
  computed: z.string().min(1).optional(),
  publisher: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
  quote: z.string().min(2),
  label: z.enum(Object.keys(CONFIDENCE) as [Confidence, ...Confidence[]]),
  checked: isoDate,
  /** Where the publisher's definition or count may differ from the plan's. */
  comparability: z.string().min(1).optional(),
}).refine((v) => v.label !== 'low', { message: NOT_ONLY_LOW, path: ['label'] });
export type ReportedValueData = z.infer<typeof reportedValueSchema>;

/** The plan's own record: what is known of its issuer, date and 文号. */
export const planRecordSchema = z.object({
  issuer: textFact.optional(),
  docNumber: textFact.optional(),
  issued: dateFact.optional(),
  other: z.array(factSchema(z.string().min(1)).and(z.object({ label: z.string().min(1) }))).default([]),
});
export type PlanRecordData = z.infer<typeof planRecordSchema>;
