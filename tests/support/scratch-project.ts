/**
 * A throwaway copy of the project (sharing node_modules) in which a test can
 * break one content file and run the real `astro build` on it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
}

export class ScratchProject {
  readonly dir = mkdtempSync(join(tmpdir(), 'plan-scratch-'));

  constructor() {
    for (const name of COPIED) cpSync(join(PROJECT, name), join(this.dir, name), { recursive: true });
    symlinkSync(join(PROJECT, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  edit(file: string, change: (text: string) => string): void {
    const path = join(this.dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the edit changed nothing in ${file}`);
    writeFileSync(path, after);
  }

  build(): BuildResult {
    const result = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: this.dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 110_000,
    });
    // eslint-disable-next-line no-control-regex
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { status: result.status, output };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
