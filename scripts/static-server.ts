/**
 * A small static file server for dist/: what `npm start` serves, and what the
 * browser tests load. It answers like a plain static host: directory
 * index.html, the site's 404.html with status 404, nothing outside dist/,
 * and gzip for text, as any production host would, so that measured transfer
 * sizes mean something.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function fileAt(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {
    // not there
  }
  return null;
}

export interface StaticServerOptions {
  root: string;
  /** The deploy base, "/" or "/plan/": requests outside it are 404. */
  base?: string;
  host?: string;
  port?: number;
  /** Told of every response and the bytes its body took on the wire, for benchmarks. */
  onServed?: (served: { path: string; status: number; bytes: number }) => void;
}

export async function startStaticServer({ root, base = '/', host = '127.0.0.1', port = 0, onServed }: StaticServerOptions) {
  const rootDir = resolve(root);
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let found: string | null = null;
    if (pathname.startsWith(base) || `${pathname}/` === base) {
      const local = normalize(join(rootDir, pathname.slice(base.length - 1)));
      if (local === rootDir || local.startsWith(rootDir + sep)) {
        if (pathname.endsWith('/') || extname(pathname)) {
          found = await fileAt(local);
        } else if (await fileAt(join(local, 'index.html'))) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
      }
    }
    const status = found ? 200 : 404;
    const file = found ?? (await fileAt(join(rootDir, '404.html')));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(String(req.headers['accept-encoding'] ?? '')) && /text|json|javascript|svg|xml|csv/.test(type);
    res.writeHead(status, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    let bytes = 0;
    body.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
    });
    body.on('end', () => onServed?.({ path: url.pathname, status, bytes }));
    body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${base}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
