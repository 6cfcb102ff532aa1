// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { devSearch } from './src/integrations/dev-search.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { remarkGlossaryTerms } from './src/lib/glossary/remark-glossary-terms.ts';
import { COLUMN_COUNT } from './src/lib/plan/addresses.ts';
import { remarkPlanAddresses } from './src/lib/plan/remark-plan-addresses.ts';

const contentDir = (/** @type {string} */ name) => fileURLToPath(new URL(`./src/content/${name}`, import.meta.url));

const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://ln-ip-plan.example',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: {
    // Astro hashes its own scripts and styles into each page's CSP; nothing inline runs unless hashed.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search is WebAssembly; in a browser without workers it runs on the page itself.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The plan has no code blocks, and Shiki's inline styles would break the CSP (Astro warns of it on every build).
    syntaxHighlight: false,
    processor: unified({
      // The plan's text is exact: no typographic quotes or dashes, no GFM
      // autolinks or strikethrough reinterpreting what was published.
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        remarkCjkFriendly,
        [remarkPlanAddresses, { chaptersDir: contentDir('chapters'), tablesDir: contentDir('indicators'), columnCount: COLUMN_COUNT }],
        // After the addresses: it marks terms inside the addressed paragraphs.
        [remarkGlossaryTerms, { chaptersDir: contentDir('chapters'), glossaryFile: contentDir('glossary/terms.json'), base }],
      ],
    }),
  },
  integrations: [mdx(), siteFiles(), devSearch()],
  vite: {
    build: {
      // Scripts as files, never inlined: cached once for every page, and no inline script for the CSP to allow.
      assetsInlineLimit: 0,
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
