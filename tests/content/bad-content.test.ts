/**
 * Bad input gets a clear error: each malformed content file fails the real
 * build with a message that names the file and the problem.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ScratchProject } from '../support/scratch-project.ts';

let project: ScratchProject | undefined;
afterEach(() => project?.remove());

function buildWith(file: string, change: (text: string) => string) {
  project = new ScratchProject();
  project.edit(file, change);
  const result = project.build();
  expect(result.status, result.output.slice(-2000)).not.toBe(0);
  return result.output;
}

describe('a build with bad content fails and says where and why', () => {
  it('a chapter without a required field', () => {
    const output = buildWith('src/content/chapters/03-protection.mdx', (t) => t.replace(/^slug: protection\n/m, ''));
    expect(output).toContain('src/content/chapters/03-protection.mdx');
    expect(output).toMatch(/slug\W+.*Required|slug: Required/);
  });

  it('an indicator value that is not a number', () => {
    const output = buildWith('src/content/indicators/t1.json', (t) => t.replace('"actual": 1429', '"actual": "1429户"'));
    expect(output).toContain('src/content/indicators/t1.json');
    expect(output).toContain('indicators.4.actual: must be a number, as published');
  });

  it('a reference to a table that does not exist', () => {
    const output = buildWith('src/content/chapters/01-background.mdx', (t) => t.replace('<IndicatorTable id="t1" />', '<IndicatorTable id="t9" />'));
    expect(output).toContain('src/content/chapters/01-background.mdx: <IndicatorTable id="t9"> names a table that does not exist: known tables are t1, t2');
  });

  it('a reference to a column that does not exist', () => {
    const output = buildWith('src/content/chapters/04-utilization.mdx', (t) => t.replace('<Column n={4}', '<Column n={7}'));
    expect(output).toContain('src/content/chapters/04-utilization.mdx: <Column n={7}> names a column that does not exist: the plan has 专栏1 to 专栏6');
  });

  it('two elements given the same id', () => {
    const output = buildWith('src/content/chapters/04-utilization.mdx', (t) => t.replace('<Column n={4}', '<Column n={3}'));
    expect(output).toContain('src/content/chapters/04-utilization.mdx: two elements are given the same id "c3" (专栏3 also stands in src/content/chapters/03-protection.mdx)');
  });

  it('a glossary entry without its short definition', () => {
    const output = buildWith('src/content/glossary/terms.json', (t) =>
      t.replace('"short": "企业把自己的专利、商标等知识产权作为担保，向银行等机构借钱。",', ''),
    );
    expect(output).toContain('src/content/glossary/terms.json');
    expect(output).toContain('zhiya-rongzi');
    expect(output).toMatch(/short\W+.*Required|short: Required/i);
  });

  it('a glossary term that the plan does not contain', () => {
    const output = buildWith('src/content/glossary/terms.json', (t) => t.replace('"term": "揭榜挂帅"', '"term": "揭榜领衔"'));
    expect(output).toContain("src/content/glossary/terms.json: term not found anywhere in the plan's text: jiebang-guashuai (揭榜领衔)");
  });

  // The schema's other refusals (a relation that does not exist, a value that is not a number, a mirror-only fact)
  // are checked on the schema itself in tests/unit/context/documents.test.ts: one scratch build each would take minutes.
  it('a document fact without a source', () => {
    const output = buildWith('src/content/documents/civil-code.json', (t) => t.replace(/"adopted": \{\s*"value": "2020-05-28",\s*"sources": \[[\s\S]*?\]/, '"adopted": { "value": "2020-05-28", "sources": []'));
    expect(output).toContain('src/content/documents/civil-code.json');
    expect(output).toContain('a fact needs at least one source');
  });

  it('a 《…》 title in the plan with no document entry', () => {
    const output = buildWith('src/content/documents/civil-code.json', (t) => t.replace('"民法典"', '"中华人民共和国民法典"'));
    expect(output).toContain('src/content/chapters/03-protection.mdx: the plan names 《民法典》 (s3-1-p1) but no file in src/content/documents/ lists it in planNames');
  });
});
