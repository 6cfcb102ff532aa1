/**
 * Puts each editorial note (本站编注) beside the paragraph it is about, as a
 * paragraph of the site's own after the plan's one: a 本站注 link to the
 * note on /checks/ and the note in a line. The plan's paragraph is not
 * touched, so its text, its address and what search indexes stay as they
 * were. Runs after remarkPlanAddresses, whose ids it reads.
 */
import { relative } from 'node:path';
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { withBase } from '../site/urls.ts';
import { foldFullWidth } from '../plan/punctuation.ts';
import { NOTE_DEFINITIONS, noteBrief } from './editorial-notes.ts';

export interface EditorialNotesOptions {
  chaptersDir: string;
  /** The deploy base ("/" or "/plan/"), for the links to /checks/. */
  base: string;
}

function annotation(id: string, brief: string, base: string): Paragraph {
  return {
    type: 'paragraph',
    data: { hProperties: { className: ['site-annotation'] } },
    children: [
      {
        type: 'link',
        url: withBase(base, `/checks/#${id}`),
        children: [{ type: 'text', value: '本站注' }],
        data: { hProperties: { className: ['site-annotation__label'] } },
      },
      { type: 'text', value: `：${brief}` },
    ],
  };
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
    const walk = (parent: { children: RootContent[] }) => {
      for (let i = 0; i < parent.children.length; i += 1) {
        const node = parent.children[i]!;
        if (node.type === 'paragraph') {
          const id = (node.data?.hProperties as { id?: unknown } | undefined)?.id;
          const notes = typeof id === 'string' ? byBlock.get(id) : undefined;
          if (!notes) continue;
          // A paragraph that no longer holds a note's words gets no note here; /checks/ then fails the build,
          // naming the note and the block (src/lib/journalism/editorial-notes.ts), once the whole text is known.
          const text = foldFullWidth(toString(node));
          const held = notes.filter((note) => text.includes(foldFullWidth(note.text)));
          const asides = held.map((note) => annotation(note.id, note.brief, options.base));
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
