/**
 * The unit, build and browser projects run their files one after another in
 * the same worker (vitest.config.ts: isolate: false), so a file, and what it
 * imports from tests/support/, must leave nothing behind for the next: no
 * module mocked, no global or environment variable stubbed or set, no fake
 * clock, no other working directory.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../vitest.config.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** What would outlive the file that did it, in a worker shared with the next file. */
const LEFT_BEHIND = [
  /\bvi\.(mock|doMock|stubGlobal|stubEnv|useFakeTimers|spyOn|hoisted)\b/,
  /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=[^=]/,
  /\bdelete\s+process\.env\b/,
  /\bprocess\.chdir\(/,
  /\bglobalThis\.\w+\s*=[^=]/,
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('files that share a worker', () => {
  const shared = (config.test?.projects ?? []).flatMap((project) =>
    typeof project === 'object' && 'test' in project && project.test?.isolate === false ? [project.test.name as string] : [],
  );

  it('are the unit, build and browser projects', () => {
    expect(shared.sort()).toEqual(['browser', 'build', 'unit']);
  });

  it('leave nothing behind for the next file: no mock, stub, fake clock, environment variable or working directory', () => {
    const found: string[] = [];
    for (const name of [...shared, 'support']) {
      for (const file of testFiles(join(ROOT, 'tests', name))) {
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            // This file names the patterns it looks for.
            if (file === import.meta.filename) return;
            if (LEFT_BEHIND.some((pattern) => pattern.test(line))) found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
          });
      }
    }
    expect(found).toEqual([]);
  });

  it('would be found: the check reads what it looks for', () => {
    const lines = ["vi.mock('node:fs')", 'process.env.SITE_URL = "x"', "process.chdir('/tmp')", 'globalThis.fetch = f', 'vi.useFakeTimers()'];
    expect(lines.filter((line) => !LEFT_BEHIND.some((pattern) => pattern.test(line)))).toEqual([]);
    expect(LEFT_BEHIND.some((pattern) => pattern.test('if (process.env.CI === "1")'))).toBe(false);
  });
});
