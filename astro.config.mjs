// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { contentFiles } from './src/integrations/content-files.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { mdxCache } from './src/integrations/mdx-cache.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { qrFiles } from './src/integrations/qr-files.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { remarkDocumentLinks } from './src/lib/context/remark-document-links.ts';
import { remarkGlossaryTerms } from './src/lib/glossary/remark-glossary-terms.ts';
import { remarkEditorialNotes } from './src/lib/journalism/remark-editorial-notes.ts';
import { COLUMN_COUNT } from './src/lib/plan/addresses.ts';
import { remarkPlanAddresses } from './src/lib/plan/remark-plan-addresses.ts';
import { previewWarning, resolveSite } from './src/lib/site/site-url.ts';

const contentDir = (/** @type {string} */ name) => fileURLToPath(new URL(`./src/content/${name}`, import.meta.url));

const base = process.env.BASE_PATH || '/';
// Throws on a placeholder or malformed SITE_URL; without one, a preview build that says so.
const { site, preview } = resolveSite(process.env);
if (preview) console.warn(previewWarning(site));

export default defineConfig({
  site,
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
        // Before the glossary: a title becomes one link, and the glossary then leaves its words alone.
        [remarkDocumentLinks, { chaptersDir: contentDir('chapters'), documentsDir: contentDir('documents'), base }],
        // After the addresses: it marks terms inside the addressed paragraphs.
        [remarkGlossaryTerms, { chaptersDir: contentDir('chapters'), glossaryFile: contentDir('glossary/terms.json'), base }],
        // Last: the site's notes and the checks' marks stand beside the addressed, term-marked paragraphs, outside them.
        [remarkEditorialNotes, { chaptersDir: contentDir('chapters'), base, checks: { tablesDir: contentDir('indicators'), columnCount: COLUMN_COUNT } }],
      ],
    }),
  },
  // postBuild last: it reads what the others wrote.
  integrations: [contentFiles(), mdx(), mdxCache(), siteFiles(), devSearch(), qrFiles(), postBuild()],
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
