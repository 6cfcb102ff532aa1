/**
 * The other half of the plan's fidelity: every block the site presents as the
 * plan's text is the published text. tests/build/fidelity.test.ts proves that
 * every source line appears; this proves, at build time, that nothing else
 * does: each block is a source line or a part of one, in source order, and
 * none is shown twice. An invented sentence, a duplicated paragraph or a
 * malformed table row fails the build, naming the block.
 *
 * Compared as the source has it: the site's full-width marks folded back to
 * ASCII (punctuation.ts), runs of white space as one space.
 */
import { foldFullWidth } from './punctuation.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  number: number;
  text: string;
}

export interface PresentedBlock {
  id: string;
  kind: string;
  text: string;
}

const normalise = (text: string) => foldFullWidth(text).replace(/\s+/g, ' ').trim();

/** The published text's lines: every non-empty line but the first, the source site's breadcrumb (政府信息公开). */
export function planSourceLines(source: string): SourceLine[] {
  return source
    .split('\n')
    .map((line, i) => ({ number: i + 1, text: normalise(line) }))
    .filter((line, i) => i > 0 && line.text !== '');
}

/** A table's caption, header and rows are several source lines, one per cell, joined by a space. */
const SPANS_LINES = new Set(['table', 'table-row']);

interface Place {
  /** Index into the lines. */
  line: number;
  /** Offset in that line's text where the next block may start. */
  offset: number;
}

/** Where `text` stands as consecutive whole lines, starting at one of `starts`. */
function findLines(lines: readonly SourceLine[], text: string, starts: Iterable<number>): { first: number; last: number } | undefined {
  for (const first of starts) {
    let rest = text;
    for (let at = first; at < lines.length && rest.startsWith(lines[at]!.text); at++) {
      rest = rest.slice(lines[at]!.text.length);
      if (rest === '') return { first, last: at };
      if (!rest.startsWith(' ')) break;
      rest = rest.slice(1);
    }
  }
  return undefined;
}

function* from(first: number, lines: readonly SourceLine[]) {
  for (let i = first; i < lines.length; i++) yield i;
}

/** Where `text` stands inside one line, at or after `place`. */
function findInLine(lines: readonly SourceLine[], text: string, place: Place): Place | undefined {
  for (let line = place.line; line < lines.length; line++) {
    const at = lines[line]!.text.indexOf(text, line === place.line ? place.offset : 0);
    if (at >= 0) return { line, offset: at };
  }
  return undefined;
}

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

export interface FidelityProblem {
  /** The block's address, for naming its file. */
  id: string;
  /** The problem in words, the address first. */
  message: string;
}

/** Each block that is not the published text where it stands, in words; empty when all are. */
export function fidelityProblems(blocks: readonly PresentedBlock[], lines: readonly SourceLine[]): string[] {
  return fidelityFindings(blocks, lines).map((problem) => problem.message);
}

/** The same, each with the block's address apart. */
export function fidelityFindings(blocks: readonly PresentedBlock[], lines: readonly SourceLine[]): FidelityProblem[] {
  const problems: FidelityProblem[] = [];
  const report = (block: PresentedBlock, problem: string) => problems.push({ id: block.id, message: `${block.id} ${problem}` });
  let next: Place = { line: 0, offset: 0 };
  // A table's rows follow its header line after line, each as many cells as the header has columns.
  let columns = 0;
  for (const block of blocks) {
    const text = normalise(block.text);
    if (text === '') {
      report(block, 'is empty');
      continue;
    }
    if (block.kind === 'table-row') {
      const found = findLines(lines, text, [next.line]);
      if (found && found.last - found.first + 1 === columns) {
        next = { line: found.last + 1, offset: 0 };
        continue;
      }
      if (found) {
        report(block, `${quote(block.text)} has ${found.last - found.first + 1} cells where its table has ${columns} columns`);
        continue;
      }
    } else if (block.kind === 'table') {
      const found = findLines(lines, text, from(next.offset > 0 ? next.line + 1 : next.line, lines));
      if (found) {
        // The caption, then one line per column.
        columns = found.last - found.first;
        next = { line: found.last + 1, offset: 0 };
        continue;
      }
    } else {
      const found = findInLine(lines, text, next);
      if (found) {
        next = { line: found.line, offset: found.offset + text.length };
        continue;
      }
    }
    const earlier = SPANS_LINES.has(block.kind) ? findLines(lines, text, from(0, lines)) : findInLine(lines, text, { line: 0, offset: 0 });
    const line = earlier && ('first' in earlier ? lines[earlier.first]! : lines[earlier.line]!);
    report(
      block,
      line
        ? `${quote(block.text)} repeats or is out of order: its text is source line ${line.number}, which an earlier block already shows`
        : `${quote(block.text)} is not the published text: no source line is or holds it`,
    );
  }
  return problems;
}
