/**
 * The integration that reads src/content/ before Astro does
 * (src/integrations/content-files.ts), run as Astro runs it, on a copy of a
 * content folder: it stops the build, naming the file, line and column.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFiles } from '../../../src/integrations/content-files.ts';

const CONTENT = new URL('../../../src/content/', import.meta.url);
let root: string | undefined;

/** A project folder holding a copy of src/content/, changed by `change`. */
function project(change: (content: string) => void): string {
  root = mkdtempSync(join(tmpdir(), 'content-files-'));
  const content = join(root, 'src/content');
  cpSync(CONTENT, content, { recursive: true });
  change(content);
  return root;
}

const setup = (dir: string) => {
  const hook = contentFiles().hooks['astro:config:setup'] as unknown as (options: { config: { root: URL; srcDir: URL } }) => void;
  return () => hook({ config: { root: pathToFileURL(`${dir}/`), srcDir: pathToFileURL(`${dir}/src/`) } });
};

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('the content files, before Astro reads them', () => {
  it('pass as they are', () => {
    expect(setup(project(() => {}))).not.toThrow();
  });

  it('stop the build at a byte that is not UTF-8, at its line and column', () => {
    const dir = project((content) => {
      const file = join(content, 'chapters/06-talent.mdx');
      const bytes = readFileSync(file);
      const at = bytes.indexOf(Buffer.from('建立知识产权领军'));
      writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from([0xb9, 0xe6]), bytes.subarray(at)]));
    });
    expect(setup(dir)).toThrow(
      'src/content/chapters/06-talent.mdx:10:1: a byte that is not UTF-8 (B9 E6 E5 BB …): content files are UTF-8; save the file as UTF-8 (a GBK or GB18030 copy is the usual cause)',
    );
  });

  it('stop the build at a chapter of megabytes, saying its size', () => {
    const dir = project((content) => {
      const file = join(content, 'chapters/06-talent.mdx');
      writeFileSync(file, readFileSync(file, 'utf8') + ('知识产权保护。'.repeat(200) + '\n\n').repeat(700));
    });
    expect(setup(dir)).toThrow("src/content/chapters/06-talent.mdx: 2.8 MB, over the 100 KB a chapter may be (the plan's largest is under 10 KB)");
  });

  it('name a bad byte in any content file, a JSON one too', () => {
    const dir = project((content) => writeFileSync(join(content, 'glossary/terms.json'), Buffer.from([0x5b, 0x0a, 0xff, 0x0a, 0x5d])));
    expect(setup(dir)).toThrow('src/content/glossary/terms.json:2:1: a byte that is not UTF-8 (FF 0A 5D …)');
  });
});
