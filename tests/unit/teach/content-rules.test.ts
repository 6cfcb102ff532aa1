/**
 * The teaching kit's content rules, each shown failing on the case it exists
 * for: a question whose answer is not among its choices or that has no
 * source, a law fact resting on a mirror, a lesson that overruns its class,
 * a quote that is not in its block, a figure typed into a slide.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIN_QUESTIONS, teachProblems, typedFigures, type TeachContent, type TeachTexts } from '../../../src/lib/teach/checks.ts';
import { figureText, tableFigures } from '../../../src/lib/teach/figures.ts';
import { legalFactSchema, lessonSchema, questionSchema } from '../../../src/lib/teach/schema.ts';

const t1 = JSON.parse(readFileSync('src/content/indicators/t1.json', 'utf8'));
const t2 = JSON.parse(readFileSync('src/content/indicators/t2.json', 'utf8'));
const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const single = {
  id: 'p01',
  level: 'primary',
  type: 'single',
  stem: '外观设计专利权的期限是多少年？',
  choices: ['十年', '十五年', '二十年'],
  answer: '十五年',
  explanation: '现行专利法规定外观设计专利权的期限为十五年。',
  source: { law: 'patent-terms' },
};

describe('a quiz question', () => {
  it('is accepted with an answer among its choices and a source', () => {
    expect(messages(questionSchema.safeParse(single))).toEqual([]);
  });

  it('is refused when its answer is not among its choices', () => {
    expect(messages(questionSchema.safeParse({ ...single, answer: '十二年' }))).toEqual(['answer: the answer "十二年" is not among the choices']);
  });

  it('is refused without a source', () => {
    const { source: _, ...bare } = single;
    expect(messages(questionSchema.safeParse(bare))[0]).toMatch(/^source: /);
  });

  it('is refused when a 多选 answer names a choice it does not have, or a 判断 has choices', () => {
    const multiple = { ...single, type: 'multiple', choices: ['专利', '商标', '著作权', '天气'], answer: ['专利', '版权'] };
    expect(messages(questionSchema.safeParse(multiple))).toEqual(['answer: the answer "版权" is not among the choices']);
    const judge = { ...single, type: 'judge', answer: true };
    expect(messages(questionSchema.safeParse(judge))).toEqual(['choices: 判断 has no choices: its answer is true or false']);
  });

  it('is refused when a 填空 stem has no blank, or the id does not match the level', () => {
    const fill = { ...single, type: 'fill', choices: undefined, stem: '外观设计专利权的期限是十五年。', answer: '十五' };
    expect(messages(questionSchema.safeParse(fill))).toEqual(["stem: 填空's stem has one blank, written ____"]);
    expect(messages(questionSchema.safeParse({ ...single, id: 'j01' }))).toEqual(["id: a primary question's id starts with p"]);
  });

  it('is refused with ASCII punctuation beside Chinese (GB/T 15834)', () => {
    expect(messages(questionSchema.safeParse({ ...single, explanation: '专利法(2020年修正)规定十五年。' }))).toEqual([
      'explanation: write ，；：（） full-width next to Chinese characters (GB/T 15834)',
    ]);
  });
});

describe('a law fact', () => {
  const fact = {
    id: 'patent-terms',
    law: '《中华人民共和国专利法》',
    article: '第四十二条',
    plain: '发明专利权二十年，实用新型十年，外观设计十五年。',
    inForceSince: '2021-06-01',
    sources: [{ url: 'https://example.org/law', quote: '外观设计专利权的期限为十五年', label: 'high', publisher: '全国人民代表大会', checked: '2026-12-05' }],
  };
  it('needs a medium or high source: a mirror alone is refused', () => {
    expect(messages(legalFactSchema.safeParse(fact))).toEqual([]);
    expect(messages(legalFactSchema.safeParse({ ...fact, sources: [{ ...fact.sources[0], label: 'low' }] }))).toEqual([
      'sources: a law fact resting only on low (mirror) sources is not taught: add a medium or high source, or leave it out',
    ]);
  });
  it('names its article in Chinese numerals', () => {
    expect(messages(legalFactSchema.safeParse({ ...fact, article: 'Art. 42' }))).toEqual(['article: article is written 第四十二条 (or 第四十二条第一款)']);
  });
});

describe('a lesson', () => {
  const slide = { title: '什么是知识产权', points: ['人们创造的成果'] };
  const lesson = {
    id: 'primary',
    title: '身边的知识产权',
    aims: ['知道什么是知识产权', '认识四种知识产权'],
    steps: [
      { minutes: 5, title: '导入', teacher: '同学们好。', activity: '看一看。' },
      { minutes: 30, title: '活动', teacher: '找一找。', activity: '找一找。' },
      { minutes: 5, title: '小结', teacher: '今天学了。', activity: '写出门条。' },
    ],
    exitTicket: ['说出一种知识产权。'],
    quiz: ['p01', 'p02', 'p03'],
    slides: Array.from({ length: 6 }, () => slide),
  };
  it('fills its class exactly: 40 minutes in primary school', () => {
    expect(messages(lessonSchema.safeParse(lesson))).toEqual([]);
    const long = { ...lesson, steps: [...lesson.steps, { minutes: 5, title: '加时', teacher: '再来。', activity: '再来。' }] };
    expect(messages(lessonSchema.safeParse(long))).toEqual(['steps: the steps take 45 minutes; a 小学高年级 class is 40']);
  });
});

describe('the cross-file rules', () => {
  const blocks = [{ id: 's3-4-p1', text: '组织开展全国知识产权宣传周、中国专利周等重大宣传活动。' }];
  const question = questionSchema.parse(single);
  const content = (over: Partial<TeachContent>): TeachContent => ({
    legalFacts: [],
    examples: [],
    kidsTerms: [],
    quiz: [],
    lessons: [],
    campaign: undefined as never,
    ...over,
  });
  const texts: TeachTexts = { legalFacts: '', examples: '', kidsTerms: '', quiz: '[\n  {\n    "id": "p01"', lessons: '', campaign: '' };
  const plan = { blocks, glossaryIds: new Set<string>(), figures: tableFigures({ t1, t2 }) };

  it('find a law fact that does not exist and a bank below its size, naming file and line', () => {
    expect(teachProblems(content({ quiz: [question] }), texts, plan)).toEqual([
      'src/content/teach/quiz.json:3: no law fact "patent-terms" in src/content/teach/legal-facts.json',
      `src/content/teach/quiz.json: 1 questions; the bank needs at least ${MIN_QUESTIONS}`,
    ]);
  });

  it('find a law citation that names a source the fact does not have, or only a mirror of it', () => {
    const fact = legalFactSchema.parse({
      id: 'patent-terms',
      law: '《中华人民共和国专利法》',
      article: '第四十二条',
      plain: '外观设计专利权的期限为十五年。',
      inForceSince: '2021-06-01',
      sources: [
        { url: 'https://example.org/official', quote: '十五年', label: 'high', publisher: '某机关', checked: '2026-12-06' },
        { url: 'https://example.org/mirror', quote: '十五年', label: 'low', publisher: '转载站', checked: '2026-12-06' },
      ],
    });
    const citing = (source: string) => questionSchema.parse({ ...single, source: { law: 'patent-terms', source } });
    const problems = (source: string) => teachProblems(content({ legalFacts: [fact], quiz: [citing(source)] }), texts, plan)[0];
    expect(problems('https://example.org/elsewhere')).toBe('src/content/teach/quiz.json:3: https://example.org/elsewhere is none of the sources of law fact "patent-terms"');
    expect(problems('https://example.org/mirror')).toBe('src/content/teach/quiz.json:3: https://example.org/mirror is a low (mirror) source; cite a medium or high one');
    expect(problems('https://example.org/official')).toBe(`src/content/teach/quiz.json: 1 questions; the bank needs at least ${MIN_QUESTIONS}`);
  });

  it('find a quote that is not in its block', () => {
    const misquoted = questionSchema.parse({ ...single, source: { plan: 's3-4-p1', quote: '组织开展知识产权宣传周' } });
    expect(teachProblems(content({ quiz: [misquoted] }), texts, plan)[0]).toBe(
      'src/content/teach/quiz.json:3: "组织开展知识产权宣传周" is not in s3-4-p1; quote the block\'s words exactly',
    );
  });

  it('find a figure of the tables typed into prose, but not a law\'s years', () => {
    const figures = tableFigures({ t1, t2 });
    expect(typedFigures('2020年每万人口拥有4.09件，到2025年约5.47件', figures)).toEqual(['4.09', '5.47']);
    expect(typedFigures('发明专利20年，外观设计15年', figures)).toEqual([]);
  });
});

describe('a figure slot', () => {
  it('reads 表2 row 1 from the data, with the path value the chart shows', () => {
    expect(figureText({ table: 't2', row: 1 }, { t1, t2 })).toEqual({
      block: 't2-r1',
      title: '表2 每万人口高价值发明专利拥有量',
      lines: ['2020年：4.09件', '规划预期年均增长6%（预期性指标）', '照此增长（逐年连乘，本站推断），2025年约5.47件（本站计算）'],
      headline: { value: '4.09', unit: '件', year: 2020 },
    });
  });
  it('reads 表1 row 5 with its outcome', () => {
    expect(figureText({ table: 't1', row: 5 }, { t1, t2 }).lines[2]).toBe('2020年实际：1429户（未完成目标，达成率89.3%，本站计算）');
  });
});

describe('the campaign page', () => {
  it('publishes no year\'s theme that rests on mirror copies only', async () => {
    const { campaignSchema } = await import('../../../src/lib/teach/schema.ts');
    const campaign = JSON.parse(readFileSync('src/content/teach/campaign.json', 'utf8'));
    expect(messages(campaignSchema.safeParse(campaign))).toEqual([]);
    const low = { url: 'https://example.org/copy', quote: '严格知识产权保护 营造一流营商环境', label: 'low', publisher: '镜像', checked: '2026-12-05' };
    const withLowTheme = { ...campaign, weekThemes: [...campaign.weekThemes, { year: 2019, theme: '严格知识产权保护 营造一流营商环境', sources: [low] }] };
    expect(messages(campaignSchema.safeParse(withLowTheme))).toEqual([
      `weekThemes.${campaign.weekThemes.length}.sources: a fact resting only on low (mirror) sources is not published: add a medium or high source, or leave it out (本站未查到)`,
    ]);
  });
});
