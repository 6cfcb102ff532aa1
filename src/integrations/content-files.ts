/**
 * Before anything reads src/content/: every text file's bytes are UTF-8, and
 * no chapter is larger than a chapter can be (src/lib/site/content-files.ts).
 * Runs at setup, so `astro build` and `astro dev` stop with the file and line
 * before the bundler meets the file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentFileProblems } from '../lib/site/content-files.ts';

const TEXT = /\.(mdx|md|json|txt)$/;

export function contentFiles(): AstroIntegration {
  return {
    name: 'content-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const content = join(fileURLToPath(config.srcDir), 'content');
        const problems = readdirSync(content, { recursive: true, encoding: 'utf8' })
          .filter((name) => TEXT.test(name))
          .sort()
          .flatMap((name) => {
            const file = relative(root, join(content, name));
            return contentFileProblems(file, readFileSync(join(content, name)), { chapter: name.startsWith(`chapters${'/'}`) && name.endsWith('.mdx') });
          });
        if (problems.length > 0) throw new Error(`Content files that cannot be read:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      },
    },
  };
}
