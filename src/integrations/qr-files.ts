/**
 * Writes the share QR codes into the build (src/lib/reader/share-qr.ts): one
 * per page and one per anchor on it, read from the pages as built, so every
 * anchor a reader can open has its code whatever component drew it.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HANT_SEGMENT, toHantSite } from '../lib/hant/convert.ts';
import { qrFilesForPage, qrForAddress, type QrFile } from '../lib/reader/share-qr.ts';
import { cachedByCode, placeCached } from '../lib/site/build-cache.ts';

export function qrFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'qr-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      // In dev there are no built pages to read the anchors from: a code is drawn when asked for, the same as the build's.
      'astro:server:setup': ({ server }) => {
        const prefix = `${base}qr/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!path.startsWith(prefix) || !path.endsWith('.svg')) return next();
          const file = path.slice(prefix.length);
          const drawn = qrForAddress(site, base, file);
          if (!drawn) return next();
          // The 繁體中文 edition's codes (written by src/build/hant-edition.ts after the build) carry its characters.
          const svg = file.startsWith(`${HANT_SEGMENT}/`) ? toHantSite(drawn) : drawn;
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(svg);
        });
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        let count = 0;
        let bytes = 0;
        const folders = new Set<string>();
        for (const { pathname } of pages) {
          if (/^404\/?$/.test(pathname)) continue;
          const html = fileURLToPath(new URL(`${pathname}index.html`, dir));
          if (!existsSync(html)) continue;
          const page = readFileSync(html, 'utf8');
          // Kept by the page's HTML (build-cache.ts): an unchanged page's codes are not drawn again.
          const drawn = JSON.parse(cachedByCode('qr-page', [site, base, pathname, page], () => JSON.stringify(qrFilesForPage(site, base, pathname, page)))) as QrFile[];
          for (const { file, svg } of drawn) {
            const path = fileURLToPath(new URL(file, dir));
            // A page's codes share a folder: made once, not once per code.
            if (!folders.has(dirname(path))) mkdirSync(dirname(path), { recursive: true });
            folders.add(dirname(path));
            placeCached('qr-svg', svg, path, 'svg');
            count += 1;
            bytes += Buffer.byteLength(svg);
          }
        }
        logger.info(`${count} share QR codes, ${(bytes / 1024).toFixed(0)} KiB in all`);
      },
    },
  };
}
