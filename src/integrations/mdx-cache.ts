/**
 * Keeps the compiled chapters across builds (src/lib/site/build-cache.ts).
 * @astrojs/mdx compiles every .mdx file through the unified pipeline on each
 * build, about 0.3 s of a 4 s build for nine unchanged chapters; Vite keeps no
 * transform cache between builds. The remark plugins read the other content
 * files (chapters, tables, documents, glossary), so a compiled chapter is keyed
 * by all of src/content/, the site's code, the installed packages and
 * astro.config.mjs as well as its own text: any change compiles them all again.
 * Only in `astro build`; `astro dev` compiles as Astro does.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedByCodeAsync, hashFolder } from '../lib/site/build-cache.ts';

/** The name @astrojs/mdx gives its Vite plugin; if it changes, chapters are compiled as before, uncached. */
const MDX_PLUGIN = '@mdx-js/rolldown';

interface TransformResult {
  code: string;
  map: unknown;
  meta?: unknown;
}

type TransformHandler = (this: unknown, code: string, id: string, ...rest: unknown[]) => Promise<TransformResult | null | undefined>;

/** What every chapter's compilation reads besides its own text: all the content, and the pipeline's configuration. */
const inputsDigest = (root: string): string =>
  hashFolder(createHash('sha256'), join(root, 'src', 'content'))
    .update(readFileSync(join(root, 'astro.config.mjs')))
    .digest('hex');

export function mdxCache(): AstroIntegration {
  return {
    name: 'mdx-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        let inputs: string | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'plan:mdx-cache',
                configResolved(resolved) {
                  const mdx = resolved.plugins.find((plugin) => plugin.name === MDX_PLUGIN);
                  const hook = mdx?.transform;
                  if (!hook || typeof hook !== 'object' || typeof hook.handler !== 'function') return;
                  const compile = hook.handler as unknown as TransformHandler;
                  const cached: TransformHandler = async function (this: unknown, code, id, ...rest) {
                    inputs ??= inputsDigest(root);
                    // A compile error (the file's own fault) throws through and keeps nothing.
                    const text = await cachedByCodeAsync('mdx', [inputs, relative(root, id), code], async () => JSON.stringify((await compile.call(this, code, id, ...rest)) ?? null));
                    return JSON.parse(text) as TransformResult | null;
                  };
                  (hook as { handler: unknown }).handler = cached;
                },
              },
            ],
          },
        });
      },
    },
  };
}
