// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { remarkGlossaryTerms } from './src/lib/remark-glossary-terms.ts';
import { remarkPlanAddresses } from './src/lib/remark-plan-addresses.ts';

const contentDir = (/** @type {string} */ name) => fileURLToPath(new URL(`./src/content/${name}`, import.meta.url));

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://ln-ip-plan.example',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      // The plan's text is exact: no typographic quotes or dashes, no GFM
      // autolinks or strikethrough reinterpreting what was published.
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        remarkCjkFriendly,
        [remarkPlanAddresses, { chaptersDir: contentDir('chapters'), tablesDir: contentDir('indicators'), columnCount: 6 }],
        // After the addresses: it marks terms inside the addressed paragraphs.
        [remarkGlossaryTerms, { chaptersDir: contentDir('chapters'), glossaryFile: contentDir('glossary/terms.json'), base }],
      ],
    }),
  },
  integrations: [mdx()],
  vite: {
    build: {
      rollupOptions: {
        // MDX content modules carry Astro's own "use astro:head-inject" marker,
        // which the bundler warns about on every chapter; the warning is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
