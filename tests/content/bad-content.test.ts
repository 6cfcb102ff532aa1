/**
 * Bad input gets a clear error: each malformed content file fails the real
 * build with a message that names the file and the problem.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScratchProject } from '../support/scratch-project.ts';

async function buildWith(file: string, change: (text: string) => string): Promise<string> {
  const project = new ScratchProject();
  try {
    project.edit(file, change);
    const result = await project.buildAsync();
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    return result.output;
  } finally {
    project.remove();
  }
}

// The builds run at once (up to the content project's maxConcurrency): each is mostly one
// process waiting on one core, and none shares anything with another but node_modules.
describe.concurrent('a build with bad content fails and says where and why', () => {
  it('a chapter without a required field', async () => {
    const output = await buildWith('src/content/chapters/03-protection.mdx', (t) => t.replace(/^slug: protection\n/m, ''));
    expect(output).toContain('src/content/chapters/03-protection.mdx');
    expect(output).toMatch(/slug\W+.*Required|slug: Required/);
  });

  it('an indicator value that is not a number', async () => {
    const output = await buildWith('src/content/indicators/t1.json', (t) => t.replace('"actual": 1429', '"actual": "1429户"'));
    expect(output).toContain('src/content/indicators/t1.json');
    expect(output).toContain('indicators.4.actual: must be a number, as published');
  });

  // A table or column that does not exist is refused by the same plugin with its file and line
  // (tests/unit/plan/remark-plan-addresses.test.ts pins both messages); the builds below (an attribute,
  // an id given twice, a script link) show that plugin's refusals stop the real build, named and placed.
  it('code in a component\'s attribute, refused before it runs', async () => {
    const marker = join(tmpdir(), `attribute-ran-${process.pid}-${Date.now()}`);
    const code = `globalThis.process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran")`;
    const output = await buildWith('src/content/chapters/04-utilization.mdx', (t) => t.replace('<Column n={4} title=', `<Column n={4} {...{x: ${code}}} title=`));
    expect(output).toContain('src/content/chapters/04-utilization.mdx:32:15: <Column> has {...{x: globalThis.process.getBuiltinModu}: a chapter\'s components take only n (whole number, n={3}) and title (text, title="…"), written out');
    expect(existsSync(marker)).toBe(false);
  });

  it('a paragraph given twice and a sentence the plan never wrote, each named with its chapter', async () => {
    const output = await buildWith('src/content/chapters/06-talent.mdx', (t) =>
      t.replace(/\n(建立知识产权领军人才培养机制。[^\n]*)\n/, '\n$1\n\n$1\n').replace('\n## （二）优化', '\n全省知识产权人才工作取得历史性成就。\n\n## （二）优化'),
    );
    expect(output).toContain("The plan's text must be the published text (src/content/source/plan-source.txt), each block a source line or a part of one, in source order, none twice:");
    expect(output).toMatch(/src\/content\/chapters\/06-talent\.mdx: s6-1-p2 “建立知识产权领军人才培养机制。选派优秀知识产权专业人员到知名大学、研究机构、跨国…” repeats or is out of order: its text is source line \d+, which an earlier block already shows/);
    expect(output).toContain('src/content/chapters/06-talent.mdx: s6-1-p3 “全省知识产权人才工作取得历史性成就。” is not the published text: no source line is or holds it');
  });

  it('a 《 that no 》 closes, at the chapter\'s line and column', async () => {
    const output = await buildWith('src/content/chapters/06-talent.mdx', (t) => t.replace('建立知识产权领军人才', '建立《知识产权领军人才'));
    expect(output).toContain('src/content/chapters/06-talent.mdx:10:3: 《 opens a title that no 》 closes: “《知识产权领军人才培养机制。选派优秀知识…”');
  });

  it('two elements given the same id', async () => {
    const output = await buildWith('src/content/chapters/04-utilization.mdx', (t) => t.replace('<Column n={4}', '<Column n={3}'));
    expect(output).toContain('src/content/chapters/04-utilization.mdx: two elements are given the same id "c3" (专栏3 also stands in src/content/chapters/03-protection.mdx)');
  });

  // The remark plugin's unit test tries each refused kind (script links, outside images, raw HTML, MDX
  // statements and expressions); this build shows the real build reports the file and the line.
  it('a script link in a chapter, at its line, in a preview build that says so', async () => {
    const output = await buildWith('src/content/chapters/06-talent.mdx', (t) => t.replace('\n## （二）优化', '\n[见此](javascript:alert(1))\n\n## （二）优化'));
    expect(output).toContain('src/content/chapters/06-talent.mdx:12:1: link to "javascript:alert(1)": a javascript: link is not allowed in a chapter');
    expect(output).not.toMatch(/06-talent\.mdx:0:0/);
    expect(output).toContain('PREVIEW BUILD: SITE_URL is not set');
  });

  it('a placeholder SITE_URL: a reserved name written with a trailing dot', async () => {
    const project = new ScratchProject();
    try {
      const result = await project.buildAsync({ SITE_URL: 'https://ln-ip-plan.example.' });
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('SITE_URL ends with a dot (ln-ip-plan.example.): set the public host name the site will really have');
    } finally {
      project.remove();
    }
  });

  it('a glossary entry without its short definition', async () => {
    const output = await buildWith('src/content/glossary/terms.json', (t) =>
      t.replace('"short": "企业把自己的专利、商标等知识产权作为担保，向银行等机构借钱。",', ''),
    );
    expect(output).toContain('src/content/glossary/terms.json');
    expect(output).toContain('zhiya-rongzi');
    expect(output).toMatch(/short\W+.*Required|short: Required/i);
  });

  it('a glossary term that the plan does not contain', async () => {
    const output = await buildWith('src/content/glossary/terms.json', (t) => t.replace('"term": "揭榜挂帅"', '"term": "揭榜领衔"'));
    expect(output).toContain("src/content/glossary/terms.json: term not found anywhere in the plan's text: jiebang-guashuai (揭榜领衔)");
  });

  // The schema's other refusals (a relation that does not exist, a value that is not a number, a mirror-only fact)
  // are checked on the schema itself in tests/unit/context/documents.test.ts: one scratch build each would take minutes.
  it('a document fact without a source', async () => {
    const output = await buildWith('src/content/documents/civil-code.json', (t) => t.replace(/"adopted": \{\s*"value": "2020-05-28",\s*"sources": \[[\s\S]*?\]/, '"adopted": { "value": "2020-05-28", "sources": []'));
    expect(output).toContain('src/content/documents/civil-code.json');
    expect(output).toContain('a fact needs at least one source');
  });

  // The explorer's dictionary is checked against the plan's blocks and the scorecard: each refusal is pinned
  // with its lines in tests/unit/explorer/tagging.test.ts; this build shows the real build stops on the
  // loader's checks (src/data/explorer.ts runs checkTargets right after tagBlocks).
  it('an explorer dictionary trigger that occurs in no block of the plan', async () => {
    const output = await buildWith('src/content/explorer/tags.json', (t) => t.replace('"value": "鞍山", "triggers": ["鞍山"]', '"value": "鞍山", "triggers": ["鞍山", "鞍钢"]'));
    expect(output).toContain('src/content/explorer/tags.json: line 4: place-anshan: trigger "鞍钢" occurs in no block of the plan');
  });

  it('a 《…》 title in the plan with no document entry', async () => {
    const output = await buildWith('src/content/documents/civil-code.json', (t) => t.replace('"民法典"', '"中华人民共和国民法典"'));
    expect(output).toContain('src/content/chapters/03-protection.mdx: the plan names 《民法典》 (s3-1-p1) but no file in src/content/documents/ lists it in planNames');
  });
});
