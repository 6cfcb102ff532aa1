/**
 * Search in `astro dev`: there is no dist/pagefind/ there, so on the first
 * request under /pagefind/ this runs the build's own indexer
 * (src/build/search-index.ts) on the plan blocks the dev server itself
 * answers at /data/plan-blocks.json, and serves the bundle from a temporary folder.
 * An edit under src/content/ makes the next request index again.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const INDEXER = fileURLToPath(new URL('../build/search-index.ts', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

function runIndexer(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INDEXER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the search indexer failed:\n${output}`))));
  });
}

export function devSearch(): AstroIntegration {
  let base = '/';
  return {
    name: 'dev-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}pagefind/`;
        // A folder of this server's own: two dev servers at once (the tests start one) never share it.
        const OUT = mkdtempSync(join(tmpdir(), 'plan-dev-search-'));
        server.httpServer?.on('close', () => rmSync(OUT, { recursive: true, force: true }));
        let indexed: Promise<void> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (path.includes(`${sep}src${sep}content${sep}`)) indexed = undefined;
        });
        // The blocks are asked of the dev server at the address the browser used, which it surely listens on.
        const index = async (host: string) => {
          const response = await fetch(`http://${host}${base}data/plan-blocks.json`);
          if (!response.ok) throw new Error(`${base}data/plan-blocks.json answered ${response.status}`);
          mkdirSync(join(OUT, 'data'), { recursive: true });
          writeFileSync(join(OUT, 'data/plan-blocks.json'), await response.text());
          const started = performance.now();
          await runIndexer(OUT);
          logger.info(`search index for dev made in ${Math.round(performance.now() - started)} ms`);
        };
        server.middlewares.use(async (req, res, next) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname);
          if (!path.startsWith(prefix)) return next();
          try {
            indexed ??= index(req.headers.host ?? 'localhost');
            await indexed;
          } catch (error) {
            indexed = undefined;
            logger.error(String(error));
            res.statusCode = 500;
            res.end(String(error));
            return;
          }
          const file = normalize(join(OUT, 'pagefind', path.slice(prefix.length)));
          if (!file.startsWith(join(OUT, 'pagefind'))) return next();
          try {
            const body = readFileSync(file);
            res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
            res.end(body);
          } catch {
            res.statusCode = 404;
            res.end();
          }
        });
      },
    },
  };
}
