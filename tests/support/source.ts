/** The project's verbatim copy of the published plan, read line by line. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normaliseWhitespace } from './dist.ts';

export const SOURCE_PATH = fileURLToPath(new URL('../../src/content/source/plan-source.txt', import.meta.url));
export const SHARED_SOURCE_PATH = fileURLToPath(new URL('../../../shared/seed/000_6eb086e07f75e31e.txt', import.meta.url));

export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  raw: string;
  text: string;
  /** A cell of 表1 or 表2: the unindented lines between a 表N caption and the next indented line. */
  inTable: boolean;
}

/** Every non-empty line but the first, which is the source site's breadcrumb (政府信息公开). */
export function sourceLines(): SourceLine[] {
  const raw = readFileSync(SOURCE_PATH, 'utf8').split('\n');
  const lines: SourceLine[] = [];
  let inTable = false;
  raw.forEach((line, i) => {
    const text = normaliseWhitespace(line);
    if (i === 0 || text === '') return;
    const indented = /^\s/.test(line);
    if (indented) inTable = /^表\d/.test(text);
    lines.push({ number: i + 1, raw: line, text, inTable: inTable && !indented });
  });
  return lines;
}
