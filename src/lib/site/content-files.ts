/**
 * Checks on the content files' bytes, before Astro reads them. A byte that is
 * not UTF-8 otherwise fails deep in the bundler with "No such file or
 * directory (os error 2)" and no line, and a chapter of megabytes builds for
 * minutes in silence: both are said here, with the file and the line.
 */
import { isUtf8 } from 'node:buffer';

/** The plan's largest chapter is under 10 KB; ten times that is no chapter of this plan. */
export const CHAPTER_LIMIT_BYTES = 100 * 1024;

/** Line and column (1-based, in characters) of a byte offset in a UTF-8 file, counting what precedes it. */
function place(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Node checks a whole file natively; the walk below only finds where a bad file goes wrong.
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      const sequence = bytes.subarray(i, i + length);
      if (sequence.length < length) return i;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(sequence);
      } catch {
        return i;
      }
    }
    i += length;
  }
  return -1;
}

/** What is wrong with one content file's bytes, each problem as `file:line:col: …`; empty when nothing is. */
export function contentFileProblems(file: string, bytes: Uint8Array, options: { chapter: boolean }): string[] {
  const problems: string[] = [];
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const { line, column } = place(bytes, bad);
    const hex = [...bytes.subarray(bad, bad + 4)].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    problems.push(`${file}:${line}:${column}: a byte that is not UTF-8 (${hex} …): content files are UTF-8; save the file as UTF-8 (a GBK or GB18030 copy is the usual cause)`);
  }
  if (options.chapter && bytes.length > CHAPTER_LIMIT_BYTES) {
    const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`);
    problems.push(`${file}: ${size(bytes.length)}, over the ${size(CHAPTER_LIMIT_BYTES)} a chapter may be (the plan's largest is under 10 KB): a chapter holds one part of the plan's text, and a file this size would build for minutes`);
  }
  return problems;
}
