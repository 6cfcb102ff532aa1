/**
 * The README and the guides in docs/ point a newcomer at files, folders and
 * headings; when code moves, they must move with it. The rules (and the slug
 * rule for #anchors) are in tests/support/doc-links.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskRepository, docProblems, headingAnchors, headingSlug, type Repository } from '../../support/doc-links.ts';

const ROOT = join(import.meta.dirname, '../../..');

describe('the README and docs/*.md', () => {
  const repo = diskRepository(ROOT);
  const docs = ['README.md', ...[...repo.paths].filter((p) => /^docs\/[^/]+\.md$/.test(p)).sort()];

  it('name only files, folders and headings that exist', () => {
    expect(docs).toContain('docs/deploying.md');
    expect(docs.flatMap((file) => docProblems(file, repo.read(file), repo))).toEqual([]);
  });

  it('link every guide from the README', () => {
    const readme = repo.read('README.md');
    const unlinked = docs.filter((f) => f.startsWith('docs/') && f !== 'docs/README.md' && !readme.includes(`](${f})`));
    expect(unlinked).toEqual([]);
  });
});

describe('the checker', () => {
  // A made-up repository: the checker must fail on it where it should, or the test above proves nothing.
  const files: Record<string, string> = {
    'README.md': '',
    'docs/guide.md': '# A guide\n\n## Glossary (术语)\n\n## Journalists\' tools\n\n## Notes\n\n## Notes\n\n```nginx\n# not a heading\n```\n',
    'src/lib/charts/growth.ts': '',
    'src/content/documents/patent-law.json': '',
    'src/pages/[part].astro': '',
  };
  const paths = new Set<string>();
  for (const file of Object.keys(files)) {
    const parts = file.split('/');
    for (let i = 1; i <= parts.length; i += 1) paths.add(parts.slice(0, i).join('/'));
  }
  const fake: Repository = { paths, read: (path) => files[path]! };
  const check = (markdown: string, file = 'README.md') => docProblems(file, markdown, fake);

  it('makes GitHub-style slugs', () => {
    expect(headingSlug('Glossary (术语)')).toBe('glossary-术语');
    expect(headingSlug("Journalists' tools")).toBe('journalists-tools');
    expect(headingSlug('繁體中文 edition')).toBe('繁體中文-edition');
    expect(headingSlug('The plan in its context (关联文件, 执行情况, 待查事项)')).toBe('the-plan-in-its-context-关联文件-执行情况-待查事项');
    expect(headingSlug('`npm run bench` and [the peer](x.md)')).toBe('npm-run-bench-and-the-peer');
    expect([...headingAnchors(files['docs/guide.md']!)]).toEqual(['a-guide', 'glossary-术语', 'journalists-tools', 'notes', 'notes-1']);
  });

  it('passes links and paths that resolve', () => {
    const good = [
      '[guide](docs/guide.md) [folder](docs/) [root](/src/lib/charts/growth.ts) [anchor](docs/guide.md#glossary-术语)',
      '[dup](docs/guide.md#notes-1) [encoded](docs/guide.md#glossary-%E6%9C%AF%E8%AF%AD) [web](https://example.gov.cn/x.md) [mail](mailto:a@b.c)',
      '`src/lib/charts/growth.ts` `node src/lib/charts/growth.ts` `src/lib/charts/*.ts` `src/content/documents/<id>.json` `src/pages/[part].astro` `src/lib/`',
      '```sh\ncat src/nowhere.ts [x](nowhere.md)\n```',
      '`[name].svg.ts` is code, not a link: [`code` text](docs/guide.md)',
    ].join('\n\n');
    expect(check(good)).toEqual([]);
    expect(check('# Tools\n\n[back](../README.md) [self](#tools)', 'docs/guide.md')).toEqual([]);
    // Another repository's file, named as the text of a link to it.
    expect(check('per [`docs/progress-methodology.md`](https://github.com/open-sdg/open-sdg/blob/HEAD/docs/progress-methodology.md)')).toEqual([]);
  });

  it('fails on a broken link, anchor or path, naming file and line', () => {
    expect(check('intro\n\nsee [the guide](docs/missing.md)')).toEqual(['README.md:3: docs/missing.md — no file or folder docs/missing.md']);
    expect(check('[x](docs/guide.md#no-such-heading)')[0]).toMatch(/^README\.md:1: docs\/guide\.md#no-such-heading — docs\/guide\.md has no heading #no-such-heading/);
    expect(check('[x](docs/guide.md#not-a-heading)')).toHaveLength(1);
    expect(check('# Tools\n\n[x](#nowhere)', 'docs/guide.md')).toHaveLength(1);
    expect(check('[x](../../outside.md)', 'docs/guide.md')).toEqual(['docs/guide.md:1: ../../outside.md leads outside the repository']);
    expect(check('built by `scripts/build-search-index.ts`')).toEqual(['README.md:1: `scripts/build-search-index.ts` — no such path in the repository']);
    expect(check('`src/lib/charts/*.js` `tests/<part>/x.ts` `src/pages/[slug]/index.astro`')).toHaveLength(3);
  });

  it('holds a layout table row to the files it names in its folders', () => {
    const row = (what: string) => `| path | what |\n| --- | --- |\n| \`src/lib/charts/\`, \`src/pages/[part].astro\` | ${what} |`;
    expect(check(row('the arithmetic (`growth.ts`), the routes (`[part].astro`, `[name].ts`), `qrcode-generator`, `t1.png`'))).toEqual([]);
    expect(check(row('chart B (`chart-growth.ts`)'))).toEqual(['README.md:3: `chart-growth.ts` — no such file under src/lib/charts/, src/pages/']);
    // A row not about repository folders names what it likes.
    expect(check('| kept | keyed by |\n| --- | --- |\n| `mdx/` | `chart-growth.ts` |')).toEqual([]);
  });
});
