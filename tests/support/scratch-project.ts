/**
 * A throwaway copy of the project (sharing node_modules) in which a test can
 * break one content file and run the real `astro build` on it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp']);

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
}

export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The environment for a child build or dev server. Vite reads BASE_URL, MODE, DEV, PROD and SSR
 * from the environment over the project's own config, and the test runner sets some of them.
 */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|VITE_.*)$/.test(key)));
  return { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class ScratchProject {
  readonly dir = mkdtempSync(join(tmpdir(), 'plan-scratch-'));

  constructor() {
    for (const name of COPIED) cpSync(join(PROJECT, name), join(this.dir, name), { recursive: true });
    // The packages are the project's, linked one by one; Astro's and Vite's caches (content store,
    // prebundled deps) are the copy's own, so that builds running at once never read each other's.
    // The PNG cache (.cache) is shared: its entries are keyed by content and written atomically.
    const modules = join(this.dir, 'node_modules');
    mkdirSync(modules);
    for (const entry of readdirSync(join(PROJECT, 'node_modules'), { withFileTypes: true })) {
      if (PRIVATE_CACHES.has(entry.name)) continue;
      symlinkSync(join(PROJECT, 'node_modules', entry.name), join(modules, entry.name), entry.isDirectory() ? 'junction' : 'file');
    }
  }

  edit(file: string, change: (text: string) => string): void {
    const path = join(this.dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the edit changed nothing in ${file}`);
    writeFileSync(path, after);
  }

  /** `astro build`, without blocking: several scratch builds can then run at once. */
  buildAsync(env: Record<string, string> = {}): Promise<BuildResult> {
    const child = spawn(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: this.dir,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      // eslint-disable-next-line no-control-regex
      child.on('close', (status) => resolve({ status, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
    });
  }

  /** `astro build`, which ends with the search index, the 繁體中文 edition and the offline worker (src/integrations/post-build.ts), as `npm run build` does. */
  build(env: Record<string, string> = {}): BuildResult {
    const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: this.dir,
      env: childEnv(env),
      encoding: 'utf8',
      timeout: 110_000,
    });
    // eslint-disable-next-line no-control-regex
    return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
  }

  /**
   * `astro dev` on 127.0.0.1, on a port the system chose free; resolves with
   * its address once it listens. Its output is kept for a failing test to show.
   */
  async startDev(): Promise<DevServer> {
    const child = spawn(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(await freePort())], {
      cwd: this.dir,
      env: childEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      const read = (chunk: Buffer) => {
        // eslint-disable-next-line no-control-regex
        output += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
        const listening = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (listening) resolve(listening[1]!);
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => reject(new Error(`astro dev exited with ${code} before listening:\n${output}`)));
    });
    return {
      url,
      output: () => output,
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.on('exit', () => resolve());
          child.kill();
        }),
    };
  }

  get dist(): string {
    return join(this.dir, 'dist');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
