/**
 * Tagging the plan from the dictionary: a block gets a value when it holds
 * one of the value's triggers outside the entry's excepted phrases, keeps the
 * triggers it holds in dictionary order, and a trigger found in no block fails
 * with the file, the entry's line, its id and the trigger.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTargets, DictionaryError, foundIn, lineOf, tagBlocks } from '../../../src/lib/explorer/tagging.ts';
import { tagEntrySchema, TAGS_FILE, type TagEntry } from '../../../src/lib/explorer/schema.ts';

const entry = (e: Omit<TagEntry, 'except'> & { except?: string[] }): TagEntry => tagEntrySchema.parse(e);
/** The dictionary as a file would hold it, one entry a line after the opening bracket, so line N + 2 is entry N. */
const fileOf = (entries: TagEntry[]) => ({ file: TAGS_FILE, text: `[\n${entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n` });

const blocks = [
  { id: 's0-p1', text: '也是辽宁老工业基地实现新时代全面振兴、全方位振兴的关键时期。' },
  { id: 's3-1-p2', text: '完善政策，健全制度，修订办法，建设知识产权保护中心和培训基地。' },
  { id: 's3-3-p4', text: '支持大连、沈阳两市建设知识产权运营服务体系，推进沈抚改革创新示范区建设。' },
];

describe('tagBlocks', () => {
  it('gives each block the values whose triggers it holds, each with the triggers in dictionary order, not the text’s', () => {
    const entries = [
      entry({ id: 'means-law', facet: 'means', value: '法规制度', triggers: ['办法', '制度', '政策', '标准'] }),
      entry({ id: 'place-shenyang', facet: 'place', value: '沈阳', triggers: ['沈阳', '沈抚改革创新示范区'] }),
      entry({ id: 'place-dalian', facet: 'place', value: '大连', triggers: ['大连'] }),
    ];
    // 标准 is in no block: give it one so the dictionary is valid.
    const withStandard = [...blocks, { id: 's4-1-p1', text: '制定地方标准。' }];
    const tagged = tagBlocks(withStandard, entries, fileOf(entries));
    // The text has 政策, 制度, 办法 in that order; the tag lists them as the dictionary does.
    expect(tagged[1]!.tags).toEqual([{ facet: 'means', value: '法规制度', triggers: ['办法', '制度', '政策'] }]);
    // Entries in dictionary order too: 沈阳 before 大连 although 大连 comes first in the text.
    expect(tagged[2]!.tags).toEqual([
      { facet: 'place', value: '沈阳', triggers: ['沈阳', '沈抚改革创新示范区'] },
      { facet: 'place', value: '大连', triggers: ['大连'] },
    ]);
    expect(tagged[0]!.tags).toEqual([]);
    expect(tagged.map((t) => t.block)).toEqual(withStandard);
  });

  it('does not count a trigger inside an excepted phrase: 老工业基地 is no 基地 the plan builds, 培训基地 is', () => {
    const entries = [entry({ id: 'means-platforms', facet: 'means', value: '平台机构', triggers: ['基地'], except: ['老工业基地'] })];
    const tagged = tagBlocks(blocks, entries, fileOf(entries));
    expect(tagged.map((t) => t.tags.map((tag) => tag.value))).toEqual([[], ['平台机构'], []]);
    // Without the exception the preamble would be tagged: the exception is what keeps it out.
    const plain = [entry({ id: 'means-platforms', facet: 'means', value: '平台机构', triggers: ['基地'] })];
    expect(tagBlocks(blocks, plain, fileOf(plain))[0]!.tags).toEqual([{ facet: 'means', value: '平台机构', triggers: ['基地'] }]);
  });

  it('fails on a trigger found in no block, naming the file, the entry’s line, its id and the trigger', () => {
    const entries = [
      entry({ id: 'place-dalian', facet: 'place', value: '大连', triggers: ['大连'] }),
      entry({ id: 'place-dandong', facet: 'place', value: '丹东', triggers: ['丹东', '鸭绿江'] }),
    ];
    const where = fileOf(entries);
    expect(() => tagBlocks(blocks, entries, where)).toThrow(DictionaryError);
    expect(() => tagBlocks(blocks, entries, where)).toThrow(
      'src/content/explorer/tags.json: line 3: place-dandong: trigger "丹东" occurs in no block of the plan; line 3: place-dandong: trigger "鸭绿江" occurs in no block of the plan',
    );
  });

  it('fails on a trigger found only inside its excepted phrases, and on an excepted phrase found nowhere', () => {
    const masked = [entry({ id: 'means-platforms', facet: 'means', value: '平台机构', triggers: ['工业基地'], except: ['老工业基地'] })];
    expect(() => tagBlocks(blocks, masked, fileOf(masked))).toThrow('line 2: means-platforms: trigger "工业基地" occurs in no block of the plan');
    const stray = [entry({ id: 'means-platforms', facet: 'means', value: '平台机构', triggers: ['基地'], except: ['新工业基地'] })];
    expect(() => tagBlocks(blocks, stray, fileOf(stray))).toThrow('src/content/explorer/tags.json: line 2: means-platforms: except "新工业基地" occurs in no block of the plan');
  });

  it('fails on a value listed twice in one facet', () => {
    const entries = [
      entry({ id: 'place-dalian', facet: 'place', value: '大连', triggers: ['大连'] }),
      entry({ id: 'place-dalian-2', facet: 'place', value: '大连', triggers: ['大连'] }),
    ];
    expect(() => tagBlocks(blocks, entries, fileOf(entries))).toThrow('src/content/explorer/tags.json: line 3: place-dalian-2: place=大连 is listed twice');
  });
});

describe('foundIn', () => {
  it('masks each excepted phrase without joining the words on either side of it', () => {
    expect(foundIn('知识产权保护和运用规划', '运用', ['保护和运用规划'])).toBe(false);
    expect(foundIn('知识产权保护和运用规划，促进运用', '运用', ['保护和运用规划'])).toBe(true);
    // 中工程师心: with 工程师 masked, 中 and 心 must not meet as 中心.
    expect(foundIn('中工程师心', '中心', ['工程师'])).toBe(false);
    expect(foundIn('工程师', '工程', ['工程师'])).toBe(false);
    expect(foundIn('重点工程', '工程', ['工程师'])).toBe(true);
  });
});

describe('lineOf', () => {
  it('is 1-based, and 0 when the text is not there', () => {
    expect(lineOf('[\n  {"id": "a"},\n  {"id": "b"}\n]', '"b"')).toBe(3);
    expect(lineOf('{"id": "a"}', '"a"')).toBe(1);
    expect(lineOf('{"id": "a"}', '"z"')).toBe(0);
  });
});

describe('the dictionary file', () => {
  const raw = JSON.parse(readFileSync(TAGS_FILE, 'utf8')) as unknown[];

  it('parses: 51 entries, 7 cities, 9 IP types, 7 themes, 8 means and 20 targets, ids unique', () => {
    const entries = raw.map((e) => tagEntrySchema.parse(e));
    const perFacet = Object.fromEntries(['place', 'ip', 'theme', 'means', 'target'].map((f) => [f, entries.filter((e) => e.facet === f).length]));
    expect(perFacet).toEqual({ place: 7, ip: 9, theme: 7, means: 8, target: 20 });
    expect(entries).toHaveLength(51);
    expect(new Set(entries.map((e) => e.id)).size).toBe(51);
  });

  it('refuses a place that is no city, a city without its own name as a trigger, and a trigger with half-width marks', () => {
    const issues = (e: object) => tagEntrySchema.safeParse(e).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues({ id: 'place-x', facet: 'place', value: '火星', triggers: ['火星'] })).toEqual([
      'value: a place is one of the 14 cities: 阜新、铁岭、朝阳、锦州、沈阳、抚顺、葫芦岛、盘锦、辽阳、本溪、营口、鞍山、丹东、大连',
    ]);
    expect(issues({ id: 'place-shenyang', facet: 'place', value: '沈阳', triggers: ['中德园'] })).toEqual(['triggers: a city\'s own name (沈阳) must be one of its triggers']);
    expect(issues({ id: 'place-shenyang', facet: 'place', value: '沈阳', triggers: ['沈阳', '中德(沈阳)'] })).toEqual([
      "triggers.1: write it with the plan's full-width punctuation, as the block prints it",
    ]);
    expect(issues({ id: 'Place_X', facet: 'region', value: '沈阳', triggers: [] })?.map((i) => i.split(':')[0])).toEqual(['id', 'facet', 'triggers']);
  });
});

// The real build stops on it too: tests/content/bad-content.test.ts builds with a trigger in no block, which
// the same loader (src/data/explorer.ts) checks just before this.
describe('checkTargets', () => {
  const targets = [
    entry({ id: 'target-t1-r5', facet: 'target', value: 't1-r5', triggers: ['知识产权质押融资'] }),
    entry({ id: 'place-dalian', facet: 'place', value: '大连', triggers: ['大连'] }),
    entry({ id: 'target-goal-x', facet: 'target', value: 'goal-x', triggers: ['代理'] }),
  ];

  it('passes targets that are scorecard rows, and reads no other facet', () => {
    expect(() => checkTargets(targets, new Set(['t1-r5', 'goal-x']), fileOf(targets))).not.toThrow();
  });

  it('fails on each target that is no scorecard row, with the file, the line and the id', () => {
    expect(() => checkTargets(targets, new Set(['t1-r6']), fileOf(targets))).toThrow(
      'src/content/explorer/tags.json: line 2: target-t1-r5: target "t1-r5" is no scorecard row (表1/表2 rows t1-r1…, or an id in src/content/explorer/goals.json); line 4: target-goal-x: target "goal-x" is no scorecard row (表1/表2 rows t1-r1…, or an id in src/content/explorer/goals.json)',
    );
  });
});
