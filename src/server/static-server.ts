/**
 * The static file server for dist/: what `npm start` serves for preview, and
 * what the browser tests load. It answers as the production host (the nginx
 * example in docs/deploying.md) does, so that a preview or a test sees what readers
 * will: directory index.html, the site's 404.html with status 404, gzip for
 * text (so measured transfer sizes mean something) with its own weak ETag,
 * Range (on the file's own bytes only), ETag and Last-Modified with 206, 304,
 * 412 and 416 decided as nginx decides them, the same cache and security headers,
 * the pages' Content-Security-Policy as a header, 400 for a malformed address
 * and 405 for any method but GET and HEAD (nginx answers OPTIONS with 405 too).
 * Nothing outside dist/ is served, through `..` or through a symlink: every
 * file's real path must lie inside the root's real path. Only regular files
 * are served: a FIFO, socket, device or directory where a file is asked for
 * is a 404, as in nginx; an error other than a missing file (a symlink loop,
 * no permission, a read error) is a 500 with its cause on stderr, never a 404
 * that would hide a broken dist/.
 *
 * Why not a library: `sirv` compresses nothing on the fly (it only serves
 * precompressed .gz/.br files the build does not write) and passes other
 * methods on instead of answering 405; `serve-handler` has no ETag on its
 * static path without hashing every file, and answers any method. Either
 * would need this file's request checks around it anyway, and both change
 * what the tests measure; a hundred lines of node:http is less to trust.
 *
 * It never exits on a request: every request is handled inside a try, the
 * file is opened once and streamed from its descriptor (a rebuild that
 * removes it while it is served cannot make the stream fail), and a stream
 * error closes that one connection.
 */
import { constants, createReadStream } from 'node:fs';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { extname, join, sep } from 'node:path';
import { headerPolicy, pageHeaderPolicy } from '../lib/site/csp-header.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  // The downloads for Excel, PowerPoint and Word, typed as nginx's mime.types types them (already zipped: not gzipped).
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
/** The types the nginx example gzips: its gzip_types, and text/html, which nginx always includes. */
export const COMPRESSIBLE = new Set(['text/html', 'text/css', 'text/javascript', 'application/javascript', 'application/json', 'image/svg+xml', 'text/csv', 'application/xml']);

/** The headers every response carries, as in the nginx example in docs/deploying.md. */
export const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
} as const;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const ALLOWED = 'GET, HEAD';

export interface StaticServerOptions {
  root: string;
  /** The deploy base, "/" or "/plan/": requests outside it are 404. */
  base?: string;
  host?: string;
  port?: number;
  /**
   * How long a response may wait for its reader to take more bytes before the connection is closed, in ms:
   * nginx's send_timeout (60 s by default), so a reader that stops reading holds no file and socket for ever.
   */
  sendTimeout?: number;
  /** Told of every response and the bytes its body took on the wire, for benchmarks; `error` when it was cut short. */
  onServed?: (served: Served) => void;
}

export interface Served {
  path: string;
  status: number;
  bytes: number;
  error?: 'send timeout' | 'read error' | 'file changed';
}

/**
 * The decoded path of a request target, with `.` and `..` resolved, or null
 * when it is no path this server could answer: not origin-form, a bad
 * percent-encoding, a NUL, or `..` above the top.
 */
export function requestPath(target: string): { path: string; query: string } | null {
  // The absolute form ("GET http://host/path") is the origin form's path, as any HTTP/1.1 server accepts it.
  const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
  if (absolute) target = `/${target.slice(absolute[0].length)}`.replace(/^\/\//, '/');
  if (!target.startsWith('/')) return null;
  const cut = target.search(/[?#]/);
  const rawPath = cut < 0 ? target : target.slice(0, cut);
  const query = cut >= 0 && target[cut] === '?' ? target.slice(cut).replace(/#.*/, '') : '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const segments: string[] = [];
  const parts = decoded.split('/');
  for (const part of parts) {
    if (part === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else if (part !== '.' && part !== '') segments.push(part);
  }
  // "/a/", "/a/." and "/a/b/.." all name the directory a.
  const directory = ['', '.', '..'].includes(parts.at(-1)!) && segments.length > 0;
  return { path: `/${segments.join('/')}${directory ? '/' : ''}`, query };
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The file's validator as nginx makes it, from mtime (in seconds) and size: strong, for the file's own bytes. */
function etagOf(mtime: number, size: number): string {
  return `"${mtime.toString(16)}-${size.toString(16)}"`;
}

/** Whether the reader takes gzip, read as nginx reads Accept-Encoding: "gzip" with no q=0 ("*" is not enough). */
function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding !== 'gzip') continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

/** "bytes=a-b", "a-", "-n": one range within size; 'unsatisfiable'; or null to ignore the header (RFC 9110 §14.2). */
export function parseRange(header: string, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  // Several ranges, another unit or a malformed value: a server may ignore Range and send the whole file.
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [, from, to] = match;
  if (from === '') {
    const suffix = Number(to);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (to !== '' && Number(to) < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}

/** A date header in whole seconds since 1970, NaN when it is no date. */
function seconds(date: string | undefined): number {
  return Math.floor(Date.parse(date ?? '') / 1000);
}

/** Whether a list of entity tags (or "*") names etag: strongly, or weakly, where W/ on either side is ignored. */
function names(list: string, etag: string, weak: boolean): boolean {
  const bare = (tag: string) => (weak ? tag.trim().replace(/^W\//, '') : tag.trim());
  return list.trim() === '*' || list.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * 412, 304 or null (send the file), decided as nginx's not_modified filter decides, in its order, and
 * against the file's own strong ETag whatever the encoding: If-Unmodified-Since and If-Match (strong) first;
 * then If-None-Match (weak) and If-Modified-Since must each hold where given, and If-Modified-Since
 * only for the file's very second (nginx's default `if_modified_since exact`).
 */
function precondition(req: IncomingMessage, etag: string, mtime: number): 412 | 304 | null {
  const { 'if-unmodified-since': unmodified, 'if-match': match, 'if-modified-since': since, 'if-none-match': none } = req.headers;
  // A date nginx cannot read fails If-Unmodified-Since (NaN >= mtime is false) as it does in nginx.
  if (unmodified !== undefined && !(seconds(unmodified) >= mtime)) return 412;
  if (match !== undefined && !names(match, etag, false)) return 412;
  if (since === undefined && none === undefined) return null;
  if (since !== undefined && seconds(since) !== mtime) return null;
  if (none !== undefined && !names(none, etag, true)) return null;
  return 304;
}

/**
 * Whether If-Range lets the Range through: an entity tag must be the file's strong one exactly (so W/…,
 * the gzip body's, never is: RFC 9110 §13.1.5), a date the file's very second.
 */
function rangeAllowed(req: IncomingMessage, etag: string, mtime: number): boolean {
  if (req.headers['if-range'] === undefined) return true;
  const ifRange = String(req.headers['if-range']).trim();
  return ifRange.endsWith('"') ? ifRange === etag : seconds(ifRange) === mtime;
}

interface Found {
  file: FileHandle;
  path: string;
  size: number;
  mtimeMs: number;
}

/** What nginx counts as no such file (404). Any other error (a symlink loop, EACCES, EIO, EMFILE) is the host's fault: a 500. */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG']);
function missing(error: unknown): null {
  if (MISSING.has((error as NodeJS.ErrnoException).code ?? '')) return null;
  throw error;
}

/**
 * Opens the file the path names, if it is a regular file whose real path is inside realRoot: null when
 * there is none (404), 'directory' for a directory; throws on any other error (500).
 */
async function openInside(realRoot: string, local: string): Promise<Found | null | 'directory'> {
  const real = await realpath(local).catch(missing);
  if (real === null || (real !== realRoot && !real.startsWith(realRoot + sep))) return null;
  const info = await stat(real).catch(missing);
  if (info?.isDirectory()) return 'directory';
  // A FIFO, socket or device is no file of the site, and is never opened: opening a FIFO waits for a
  // writer, and would hold one of libuv's four threads (all file access) for as long.
  if (!info?.isFile()) return null;
  // O_NONBLOCK: should a FIFO take the file's place between stat and open, open still returns at once.
  const file = await open(real, constants.O_RDONLY | constants.O_NONBLOCK).catch(missing);
  if (!file) return null;
  try {
    const opened = await file.stat();
    if (opened.isFile()) return { file, path: real, size: opened.size, mtimeMs: opened.mtimeMs };
    await file.close();
    return opened.isDirectory() ? 'directory' : null;
  } catch (error) {
    await file.close().catch(() => {});
    throw error;
  }
}

export async function startStaticServer({ root, base = '/', host = '127.0.0.1', port = 0, sendTimeout = 60_000, onServed }: StaticServerOptions) {
  async function find(relative: string): Promise<Found | null | 'directory'> {
    // Every time: a rebuild may replace dist/ itself (and between its removal and the new one, all is 404).
    const realRoot = await realpath(root).catch(missing);
    return realRoot === null ? null : openInside(realRoot, join(realRoot, relative));
  }

  function send(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, body = ''): void {
    res.writeHead(status, { ...SECURITY_HEADERS, 'cache-control': 'no-cache', 'content-type': 'text/plain; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
    onServed?.({ path: req.url ?? '', status, bytes: 0 });
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, found: Found, status: number, urlPath: string): Promise<void> {
    const { file, size, mtimeMs } = found;
    let owned = true;
    const release = () => {
      if (owned) void file.close().catch(() => {});
      owned = false;
    };
    // The reader may be gone already; then nothing is sent, and the file is closed all the same.
    if (res.destroyed) return release();
    res.once('close', release);
    const type = TYPES[extname(found.path)] ?? 'application/octet-stream';
    const mtime = Math.floor(mtimeMs / 1000);
    const etag = etagOf(mtime, size);
    const headers: Record<string, string> = {
      ...SECURITY_HEADERS,
      'content-type': type,
      'cache-control': urlPath.startsWith(`${base}_astro/`) && status === 200 ? IMMUTABLE : 'no-cache',
    };
    if (type.startsWith('text/html')) {
      // The whole page: the header must hash every inline <style> in it (src/lib/site/csp-header.ts).
      const page = Buffer.alloc(size);
      await file.read(page, 0, size, 0);
      if (res.destroyed) return;
      headers['content-security-policy'] = headerPolicy([pageHeaderPolicy(page.toString('utf8'))]);
    }
    // As the nginx example's gzip (gzip_min_length 20, gzip_http_version 1.1, gzip_vary on): a compressible
    // answer says Vary: Accept-Encoding whether or not this reader takes gzip, so no cache gives one reader's
    // encoding to another.
    const compressible = COMPRESSIBLE.has(type.split(';')[0]!) && size >= 20;
    const gzip = compressible && req.httpVersion !== '1.0' && acceptsGzip(req.headers['accept-encoding']);
    if (compressible) headers.vary = 'Accept-Encoding';
    // The gzip body is other bytes than the file, so it has its own, weak, validator (as nginx's gzip filter
    // makes it): W/"…" can never pass If-Range's strong comparison, so no range joins gzip and file bytes.
    const validators = { etag: gzip ? `W/${etag}` : etag, 'last-modified': new Date(mtime * 1000).toUTCString() };

    if (status === 200) {
      const outcome = precondition(req, etag, mtime);
      if (outcome === 412) {
        release();
        send(req, res, 412, { 'cache-control': headers['cache-control']! }, '412 Precondition Failed\n');
        return;
      }
      if (outcome === 304) {
        release();
        delete headers['content-type'];
        res.writeHead(304, { ...headers, ...validators }).end();
        onServed?.({ path: urlPath, status: 304, bytes: 0 });
        return;
      }
    }
    let range: { start: number; end: number } | null = null;
    const rangeHeader = req.headers.range;
    // Ranges only of the file's own bytes: a gzip answer ignores Range, as nginx's does.
    if (status === 200 && !gzip && rangeHeader !== undefined && rangeAllowed(req, etag, mtime)) {
      const parsed = parseRange(rangeHeader, size);
      if (parsed === 'unsatisfiable') {
        release();
        send(req, res, 416, { ...headers, 'content-range': `bytes */${size}`, 'content-type': 'text/plain; charset=utf-8' }, '416 Range Not Satisfiable\n');
        return;
      }
      range = parsed;
    }
    if (status === 200) Object.assign(headers, validators);
    if (range) {
      status = 206;
      headers['content-range'] = `bytes ${range.start}-${range.end}/${size}`;
      headers['content-length'] = String(range.end - range.start + 1);
    } else if (gzip) headers['content-encoding'] = 'gzip';
    else {
      headers['content-length'] = String(size);
      if (status === 200) headers['accept-ranges'] = 'bytes';
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD' || size === 0 || (range && range.end < range.start)) {
      release();
      res.end();
      onServed?.({ path: urlPath, status, bytes: 0 });
      return;
    }
    // The descriptor stays readable when a rebuild deletes or replaces the file meanwhile. The stream owns
    // the handle from here and closes it only once no read is pending: closing it under a pending read
    // would let the next socket reuse the descriptor and have its request read as this file.
    owned = false;
    const stream = createReadStream('', { fd: file, start: range?.start ?? 0, end: range?.end ?? size - 1 });
    const body: Readable = gzip ? stream.pipe(createGzip()) : stream;
    const expected = range ? range.end - range.start + 1 : size;
    let read = 0;
    let bytes = 0;
    stream.on('data', (chunk: Buffer | string) => {
      read += chunk.length;
    });
    // A read error, or a file truncated while it was sent: this one connection ends short, so the
    // reader sees an incomplete transfer rather than a wrong file; the server goes on.
    const cut = (error: Served['error']) => {
      if (res.destroyed) return;
      res.destroy();
      onServed?.({ path: urlPath, status, bytes, error });
    };
    // Written by hand rather than piped, to time each wait for the reader as nginx's send_timeout does:
    // the clock runs only while a write waits to drain, and restarts with every write that goes through.
    let stalled: NodeJS.Timeout | undefined;
    body.on('data', (chunk: Buffer) => {
      if (res.destroyed) return;
      bytes += chunk.length;
      if (res.write(chunk)) return;
      body.pause();
      stalled = setTimeout(() => cut('send timeout'), sendTimeout);
      res.once('drain', () => {
        clearTimeout(stalled);
        body.resume();
      });
    });
    res.on('close', () => {
      clearTimeout(stalled);
      stream.destroy();
      body.destroy();
    });
    stream.on('error', () => cut('read error'));
    body.on('error', () => cut('read error'));
    body.on('end', () => {
      if (read !== expected) return cut('file changed');
      res.end();
      onServed?.({ path: urlPath, status, bytes });
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, { allow: ALLOWED }, '405 Method Not Allowed\n');
      return;
    }
    const target = requestPath(req.url ?? '');
    if (!target) {
      send(req, res, 400, {}, '400 Bad Request\n');
      return;
    }
    const { path, query } = target;
    let found: Found | null | 'directory' = null;
    if (path.startsWith(base) || `${path}/` === base) {
      const relative = path.slice(base.length - 1);
      if (path.endsWith('/')) found = await find(join(relative, 'index.html'));
      else {
        found = await find(relative);
        if (found === 'directory') {
          const index = await find(join(relative, 'index.html'));
          if (index && index !== 'directory') {
            await index.file.close();
            // Built from the normalised path, so "//evil.example" can never become an outside redirect.
            send(req, res, 301, { location: `${encodePath(path)}/${query}` });
            return;
          }
          found = null;
        }
      }
    }
    if (found && found !== 'directory') {
      await serveFile(req, res, found, 200, path);
      return;
    }
    const notFound = await notFoundPage(path);
    if (notFound) await serveFile(req, res, notFound, 404, path);
    else send(req, res, 404, {}, '404 Not Found\n');
  }

  /** The 404 page of the folder a missing path is in, where it has one (the 繁體中文 edition's zh-hant/404.html), else the site's. */
  async function notFoundPage(path: string): Promise<Found | null> {
    const relative = path.startsWith(base) ? path.slice(base.length) : '';
    const slash = relative.indexOf('/');
    if (slash > 0) {
      const own = await find(join(relative.slice(0, slash), '404.html'));
      if (own && own !== 'directory') return own;
    }
    const site = await find('404.html');
    return site && site !== 'directory' ? site : null;
  }

  const server: Server = createServer({ headersTimeout: 20_000, requestTimeout: 60_000 }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // One line: the cause (ELOOP, EACCES, EIO…) is what the operator needs, not the stack.
      console.error(`static server: ${req.method} ${req.url}: 500, ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) send(req, res, 500, {}, '500 Internal Server Error\n');
      else res.destroy();
    });
  });
  // Node answers a request it cannot parse (and headers over 16 KB) with 400 or 431 and closes the socket;
  // this only keeps a socket that errors after that from reaching the process.
  server.on('connection', (socket) => socket.on('error', () => {}));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}${base}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Stopping a preview server stops it: open downloads and half-sent requests end now.
        server.closeAllConnections();
      }),
  };
}
