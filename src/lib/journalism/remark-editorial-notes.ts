/**
 * Puts each editorial note (本站编注) beside the paragraph it is about, as a
 * paragraph of the site's own after the plan's one: a 本站注 link to the
 * note on /checks/ and the note in a line. Each check (核算) stands the same
 * way after the paragraph or column item its claim is in: a 本站核算 link to
 * the check and its line (check-marks.ts); a check of a table row is marked in
 * the row itself (IndicatorTable.astro). The plan's paragraph is not
 * touched, so its text, its address and what search indexes stay as they
 * were. Runs after remarkPlanAddresses, whose ids it reads.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-mdx-jsx';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { withBase } from '../site/urls.ts';
import { foldFullWidth } from '../plan/punctuation.ts';
import { readIndicatorTables, readPlanBlocks } from '../plan/read-chapters.ts';
import { checkMarks, type CheckMark } from './check-marks.ts';
import { planChecks } from './checks.ts';
import { NOTE_DEFINITIONS, noteBrief } from './editorial-notes.ts';

export interface EditorialNotesOptions {
  chaptersDir: string;
  /** The deploy base ("/" or "/plan/"), for the links to /checks/. */
  base: string;
  /** With the tables' folder and the number of columns, the checks' marks stand beside their claims too. */
  checks?: { tablesDir: string; columnCount: number };
}

function annotation(href: string, label: string, text: string | PhrasingContent[], modifier?: string): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['site-annotation', ...(modifier ? [`site-annotation--${modifier}`] : [])] } },
    children: [
      {
        type: 'link',
        url: href,
        children: [{ type: 'text', value: label }],
        data: { hProperties: { className: ['site-annotation__label'] } },
      },
      ...(typeof text === 'string' ? [{ type: 'text' as const, value: `：${text}` }] : text),
    ],
  };
}

/** 本站核算：the summary, then 结论： and the verdict set in bold, so that a reader skimming the page finds it. */
const checkAnnotation = (mark: CheckMark) =>
  annotation(
    mark.href,
    '本站核算',
    [
      { type: 'text', value: `：${mark.summary}结论：` },
      { type: 'strong', children: [{ type: 'text', value: mark.verdict }] },
      { type: 'text', value: '。' },
    ],
    'check',
  );

let cached: { key: string; marks: Map<string, CheckMark[]> } | undefined;

/**
 * The checks' marks by block. The checks quote several chapters, so the whole
 * plan is read from its files; once per build, again in dev when a file changes.
 */
function planCheckMarks(chaptersDir: string, { tablesDir, columnCount }: { tablesDir: string; columnCount: number }, base: string): Map<string, CheckMark[]> {
  const files = [chaptersDir, tablesDir].flatMap((dir) => readdirSync(dir).map((name) => join(dir, name)));
  const key = [base, ...files.map((f) => `${f}@${statSync(f).mtimeMs}`)].join('\n');
  if (cached?.key === key) return cached.marks;
  const blocks = readPlanBlocks({ chaptersDir, tablesDir, columnCount });
  const { t1, t2 } = readIndicatorTables(tablesDir);
  const rows = [t1, t2].flatMap((t) => t.indicators.map((_, i) => `${t.id}-r${i + 1}`));
  const checks = planChecks(new Map(blocks.map((b) => [b.id, b.text])), t1, t2);
  const marks = checkMarks(checks, [...blocks.map((b) => b.id), ...rows], base);
  cached = { key, marks };
  return marks;
}

export function remarkEditorialNotes(options: EditorialNotesOptions) {
  return function transform(tree: Root, file: VFile): void {
    if (!file.path || relative(options.chaptersDir, file.path).startsWith('..')) return;
    const byBlock = new Map<string, Array<{ id: string; text: string; brief: string }>>();
    for (const definition of NOTE_DEFINITIONS) {
      for (const [block, text] of definition.places) {
        byBlock.set(block, [...(byBlock.get(block) ?? []), { id: definition.id, text, brief: noteBrief(definition) }]);
      }
    }
    const marks = options.checks ? planCheckMarks(options.chaptersDir, options.checks, options.base) : new Map<string, CheckMark[]>();
    const walk = (parent: { children: RootContent[] }) => {
      for (let i = 0; i < parent.children.length; i += 1) {
        const node = parent.children[i]!;
        if (node.type === 'paragraph') {
          const id = (node.data?.hProperties as { id?: unknown } | undefined)?.id;
          if (typeof id !== 'string') continue;
          // A paragraph that no longer holds a note's words gets no note here; /checks/ then fails the build,
          // naming the note and the block (src/lib/journalism/editorial-notes.ts), once the whole text is known.
          const text = foldFullWidth(toString(node));
          const held = (byBlock.get(id) ?? []).filter((note) => text.includes(foldFullWidth(note.text)));
          const asides = [
            ...held.map((note) => annotation(withBase(options.base, `/checks/#${note.id}`), '本站注', note.brief)),
            ...(marks.get(id) ?? []).map(checkAnnotation),
          ];
          parent.children.splice(i + 1, 0, ...asides);
          i += asides.length;
        } else if ('children' in node && Array.isArray(node.children) && node.type !== 'heading') {
          walk(node as { children: RootContent[] });
        }
      }
    };
    walk(tree);
  };
}
