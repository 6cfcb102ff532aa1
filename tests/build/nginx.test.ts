/**
 * The nginx example in docs/deploying.md, run for real: the ```nginx block is
 * taken from that guide, only its port, certificate and root changed, and served by nginx
 * as this test's own process over a scratch copy of dist/ under /plan/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as plainRequest } from 'node:http';
import { request } from 'node:https';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { headerPolicy, pageHeaderPolicy } from '../../src/lib/site/csp-header.ts';
import { COMPRESSIBLE, startStaticServer } from '../../src/server/static-server.ts';
import { DIST, fileForRoute, listPages, requireDist } from '../support/dist.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find(existsSync);
const GUIDE = readFileSync(new URL('../../docs/deploying.md', import.meta.url), 'utf8');

/** The guide's example with the three things a test must change, each required to be there exactly once. */
function testedConfig(guide: string, { port, certificate, key, root }: { port: number; certificate: string; key: string; root: string }): string {
  const blocks = [...guide.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks).toHaveLength(1);
  let config = blocks[0]!;
  const swap = (from: string, to: string) => {
    expect(config.split(from), `"${from}" once in docs/deploying.md's nginx block`).toHaveLength(2);
    config = config.replace(from, to);
  };
  swap('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`);
  swap('/etc/ssl/certs/ipplan.ln.cn.pem', certificate);
  swap('/etc/ssl/private/ipplan.ln.cn.key', key);
  config = config.replaceAll('/srv/ln-ip-plan', root);
  return config;
}

let scratch: string;
let site: string;
let nginx: ChildProcess | undefined;
let port: number;
let log = '';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function fetchTls(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // A connection of its own (agent: false): a kept-alive one may be closed by the server just as the next request
    // is sent on it, which a busy machine widens into a "socket hang up" (seen once in a full run beside a loop of builds).
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host: 'ipplan.ln.cn', ...headers }, servername: 'ipplan.ln.cn', rejectUnauthorized: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const accepting = () =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });

beforeAll(async () => {
  requireDist();
  if (!NGINX) throw new Error('nginx is not installed: apt-get install nginx (.ci/run does)');
  scratch = mkdtempSync(join(tmpdir(), 'nginx-example-'));
  // As root, nginx's workers run as nobody, who must be able to read the copy.
  chmodSync(scratch, 0o755);
  site = join(scratch, 'site');
  cpSync(DIST, join(site, 'plan'), { recursive: true });
  const certificate = join(scratch, 'cert.pem');
  const key = join(scratch, 'key.pem');
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=ipplan.ln.cn', '-keyout', key, '-out', certificate], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl could not make a certificate: ${made.stderr}`);
  port = await freePort();
  const prefix = join(scratch, 'prefix');
  mkdirSync(join(prefix, 'logs'), { recursive: true });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log stderr;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${testedConfig(GUIDE, { port, certificate, key, root: site })}
}
`,
  );
  const checked = spawnSync(NGINX, ['-t', '-q', '-e', 'stderr', '-c', conf, '-p', prefix], { encoding: 'utf8' });
  if (checked.status !== 0) throw new Error(`nginx -t refused the example in docs/deploying.md:\n${checked.stderr}`);
  nginx = spawn(NGINX, ['-e', 'stderr', '-c', conf, '-p', prefix, '-g', 'daemon off;']);
  nginx.stderr!.on('data', (chunk) => (log += chunk));
  await vi.waitFor(async () => {
    if (nginx!.exitCode !== null) throw new Error(`nginx exited ${nginx!.exitCode}:\n${log}`);
    if (!(await accepting())) throw new Error('nginx is not accepting yet');
  }, { timeout: 60_000, interval: 50 });
}, 120_000);

afterAll(() => {
  nginx?.kill('SIGQUIT');
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const dist = (path: string) => readFileSync(join(DIST, path));
/** A policy as directives with their sources sorted: the build joins the pages in its own order. */
const sources = (policy: string) => policy.split('; ').map((d) => { const [name, ...values] = d.split(' '); return [name, ...values.sort()].join(' '); });

describe("the nginx example in docs/deploying.md, run by nginx", () => {
  it('sends the security headers and this build\'s CSP as a header on pages, assets and errors', async () => {
    const policy = headerPolicy(listPages().map((route) => pageHeaderPolicy(readFileSync(fileForRoute(route), 'utf8'))));
    // No page runs an inline script, so no script hash is allowed (withoutUnusedScriptHashes).
    expect(policy).toMatch(/^default-src 'self'; .*script-src 'self' 'wasm-unsafe-eval'; .*frame-ancestors 'none'$/);
    // Each page's printed-footer <style> (its own address, before the <meta>) is allowed by the one header.
    expect(policy.match(/style-src ([^;]*)/)![1]!.split(' ').length).toBeGreaterThan(listPages().length);
    const asset = dist('index.html').toString().match(/\/_astro\/[\w.-]+\.js/)![0];
    for (const path of ['/plan/', '/plan/talent/', `/plan${asset}`, '/plan/no-such-page/', '/plan/charts/t1.csv']) {
      const reply = await fetchTls(path);
      expect(reply.headers['strict-transport-security'], path).toBe('max-age=31536000');
      expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
      expect(reply.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(sources(String(reply.headers['content-security-policy'])), path).toEqual(sources(policy));
    }
  });

  it('caches hashed assets for a year and revalidates pages, data and the 404', async () => {
    const asset = dist('index.html').toString().match(/\/_astro\/[\w.-]+\.js/)![0];
    const script = await fetchTls(`/plan${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/plan/', '/plan/sw.js', '/plan/pagefind/pagefind.js', '/plan/data/figures.json', '/plan/no-such-page/']) {
      expect((await fetchTls(path)).headers['cache-control'], path).toBe('no-cache');
    }
    const page = await fetchTls('/plan/');
    expect(page.body.equals(dist('index.html'))).toBe(true);
    expect((await fetchTls('/plan/', { 'if-none-match': String(page.headers.etag) })).status).toBe(304);
    expect((await fetchTls('/plan/robots.txt', { range: 'bytes=0-9' })).body.toString()).toBe(dist('robots.txt').subarray(0, 10).toString());
  });

  it('answers a missing page with the site\'s 404 (the edition\'s under zh-hant/), redirects a directory to its slash and hides the CSP file', async () => {
    const missing = await fetchTls('/plan/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.body.equals(dist('404.html'))).toBe(true);
    // Under the 繁體中文 edition's folder, that edition's own 404.
    const missingHant = await fetchTls('/plan/zh-hant/no-such-page/');
    expect(missingHant.status).toBe(404);
    expect(missingHant.body.equals(dist('zh-hant/404.html'))).toBe(true);
    expect((await fetchTls('/plan/zh-hant/talent')).headers.location).toBe(`https://ipplan.ln.cn:${port}/plan/zh-hant/talent/`);
    const redirect = await fetchTls('/plan/talent');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe(`https://ipplan.ln.cn:${port}/plan/talent/`);
    expect((await fetchTls('/plan/csp-header.conf')).status).toBe(404);
  });

  it('gzips text and leaves PNGs alone', async () => {
    for (const [path, file] of [['/plan/', 'index.html'], ['/plan/charts/t1.svg', 'charts/t1.svg'], ['/plan/data/figures.json', 'data/figures.json']] as const) {
      const reply = await fetchTls(path, { 'accept-encoding': 'gzip' });
      expect(reply.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(reply.body).equals(dist(file)), path).toBe(true);
    }
    const asset = dist('index.html').toString().match(/\/_astro\/[\w.-]+\.js/)![0];
    expect((await fetchTls(`/plan${asset}`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
    expect((await fetchTls('/plan/charts/t1.png', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    expect(log).not.toMatch(/\[(emerg|alert|crit|error)\]/);
  });
});

describe('the local server answers conditional requests as the nginx example does', () => {
  /** The same request to the local server, over plain HTTP/1.1. */
  const fetchLocal = (origin: string, path: string, headers: Record<string, string>, method: string) =>
    new Promise<Reply>((resolve, reject) => {
      // A connection of its own, as fetchTls's.
      const req = plainRequest(`${origin}${path}`, { method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('gzips the types the example names in gzip_types, and text/html, which nginx always adds', () => {
    const types = /^\s*gzip_types ([^;]*);/m.exec(GUIDE)![1]!.trim().split(/\s+/);
    expect([...COMPRESSIBLE].sort()).toEqual(['text/html', ...types].sort());
  });

  it('types the downloads as the local server does: the Excel workbook, the slides and the paper by nginx\'s mime.types', async () => {
    const local = await startStaticServer({ root: join(site, 'plan'), base: '/plan/', port: 0 });
    const origin = local.url.replace(/\/plan\/$/, '');
    try {
      const paths = ['/plan/data/ln-ip-plan.xlsx', '/plan/teach/slides-primary.pptx', '/plan/teach/quiz-primary.docx'];
      const types = await Promise.all(paths.map(async (path) => [String((await fetchTls(path)).headers['content-type']), String((await fetch(`${origin}${path}`)).headers.get('content-type'))] as const));
      expect(types[0]).toEqual(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
      for (const [i, [byNginx, byLocal]] of types.entries()) expect(byLocal.split(';')[0], paths[i]).toBe(byNginx.split(';')[0]);
    } finally {
      await local.close();
    }
  });

  it('gives the same status, encoding, validators, Vary and ranges to the same conditional requests', async () => {
    // The very files nginx serves (same mtimes, so the same ETags), under the same base.
    const local = await startStaticServer({ root: join(site, 'plan'), base: '/plan/', port: 0 });
    const origin = local.url.replace(/\/plan\/$/, '');
    try {
      const compared = ['content-encoding', 'content-range', 'etag', 'last-modified', 'vary', 'accept-ranges'];
      const mismatches: string[] = [];
      let count = 0;
      // JSON, a page, SVG (all gzipped by the example), a PNG and robots.txt (text/plain: not in its gzip_types).
      for (const path of ['/plan/data/figures.json', '/plan/', '/plan/charts/t1.svg', '/plan/charts/t1.png', '/plan/robots.txt']) {
        const first = await fetchTls(path);
        const etag = String(first.headers.etag);
        const lastModified = String(first.headers['last-modified']);
        expect(etag, path).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
        const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
        const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
        const conditions: Record<string, string>[] = [
          {},
          { 'if-none-match': etag },
          { 'if-none-match': `W/${etag}` },
          { 'if-none-match': `"other", W/${etag}` },
          { 'if-none-match': '"other"' },
          { 'if-none-match': '*' },
          { 'if-modified-since': lastModified },
          { 'if-modified-since': later },
          { 'if-modified-since': earlier },
          { 'if-modified-since': 'yesterday' },
          { 'if-none-match': etag, 'if-modified-since': earlier },
          { 'if-none-match': '"other"', 'if-modified-since': lastModified },
          { 'if-match': etag },
          { 'if-match': `W/${etag}` },
          { 'if-match': '"other"' },
          { 'if-match': '*' },
          { 'if-unmodified-since': lastModified },
          { 'if-unmodified-since': earlier },
          { range: 'bytes=0-3' },
          { range: 'bytes=-5' },
          { range: 'bytes=99999999-' },
          { range: 'bytes=0-3', 'if-range': etag },
          { range: 'bytes=0-3', 'if-range': `W/${etag}` },
          { range: 'bytes=0-3', 'if-range': '"other"' },
          { range: 'bytes=0-3', 'if-range': lastModified },
          { range: 'bytes=0-3', 'if-range': earlier },
          { range: 'bytes=0-3', 'if-none-match': etag },
        ];
        for (const condition of conditions) {
          for (const encoding of [{}, { 'accept-encoding': 'gzip' }, { 'accept-encoding': 'gzip;q=0' }] as Record<string, string>[]) {
            for (const method of ['GET', 'HEAD']) {
              const headers = { ...condition, ...encoding };
              const label = `${method} ${path} ${JSON.stringify(headers)}`;
              const [theirs, ours] = [await fetchTls(path, headers, method), await fetchLocal(origin, path, headers, method)];
              count++;
              if (theirs.status !== ours.status) {
                mismatches.push(`${label}: nginx ${theirs.status}, local ${ours.status}`);
                continue;
              }
              const gzip = ours.headers['content-encoding'] === 'gzip';
              for (const name of compared) {
                let expected = theirs.headers[name];
                // Where nginx departs from RFC 9110 §15.4.5, the local server keeps to it: a 304 carries the ETag
                // and Vary its 200 would have (nginx answers 304 before its gzip filter weakens the ETag and adds Vary).
                if (ours.status === 304 && name === 'vary') expected = first.headers.vary;
                if (ours.status === 304 && name === 'etag' && first.headers.vary && headers['accept-encoding'] === 'gzip') expected = `W/${etag}`;
                if (String(ours.headers[name] ?? '').toLowerCase() !== String(expected ?? '').toLowerCase()) mismatches.push(`${label}: ${name} nginx ${expected}, local ${ours.headers[name]}`);
              }
              // Lengths and partial bodies, where both send the file's own bytes (their error pages differ).
              if (!gzip && [200, 206].includes(ours.status) && ours.headers['content-length'] !== theirs.headers['content-length']) mismatches.push(`${label}: content-length nginx ${theirs.headers['content-length']}, local ${ours.headers['content-length']}`);
              if (ours.status === 206 && !ours.body.equals(theirs.body)) mismatches.push(`${label}: different partial bodies`);
              if (gzip && theirs.headers['content-encoding'] === 'gzip' && method === 'GET' && !gunzipSync(ours.body).equals(gunzipSync(theirs.body))) mismatches.push(`${label}: different gzipped bodies`);
            }
          }
        }
      }
      console.log(`conditional requests compared with nginx: ${count}`);
      expect(mismatches).toEqual([]);
    } finally {
      await local.close();
    }
  }, 300_000);
});
