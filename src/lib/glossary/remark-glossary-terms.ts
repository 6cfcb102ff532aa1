/**
 * Marks the first occurrence of each glossary term in every section of the
 * plan (and in every column) as a link to its glossary entry, carrying the
 * term's id, by which the tooltip script finds its short definition
 * (src/data/term-tips.ts). Runs after remarkPlanAddresses,
 * whose block texts (what search indexes) it leaves as they were: the words
 * are only wrapped, never changed.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { termAnchor, termSpellings, type GlossaryTerm } from './glossary.ts';
import { markingSection, markTerms, type TermSpelling } from './term-marking.ts';
import { withBase } from '../site/urls.ts';

export interface GlossaryTermsOptions {
  chaptersDir: string;
  /** The glossary's JSON file; its schema is checked by the content collection. */
  glossaryFile: string;
  /** The deploy base ("/" or "/plan/"), for the links to /glossary/. */
  base: string;
}

type Entry = Pick<GlossaryTerm, 'id' | 'term' | 'aliases' | 'short'>;

function readTerms(file: string): Entry[] {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(data)) return [];
    return data
      .filter((e): e is Entry => typeof e?.id === 'string' && typeof e?.term === 'string' && typeof e?.short === 'string')
      .map((e) => ({ ...e, aliases: Array.isArray(e.aliases) ? e.aliases.filter((a) => typeof a === 'string' && a) : [] }));
  } catch {
    // A malformed glossary is reported, with its field, by the content schema.
    return [];
  }
}

function termLink(entry: Entry, text: string, base: string): Link {
  return {
    type: 'link',
    url: withBase(base, `/glossary/#${termAnchor(entry.id)}`),
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['term'], dataTermId: entry.id } },
  };
}

export function remarkGlossaryTerms(options: GlossaryTermsOptions) {
  return function transform(tree: Root, file: VFile): void {
    if (!file.path || relative(options.chaptersDir, file.path).startsWith('..')) return;
    const entries = readTerms(options.glossaryFile);
    if (entries.length === 0) return;
    const byId = new Map(entries.map((e) => [e.id, e]));
    const spellings: TermSpelling[] = entries.flatMap((e) => termSpellings(e).map((text) => ({ termId: e.id, text })));
    const markedIn = new Map<string, Set<string>>();

    visit(tree, 'paragraph', (node: Paragraph) => {
      const id = (node.data?.hProperties as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') return;
      const section = markingSection(id);
      let marked = markedIn.get(section);
      if (!marked) markedIn.set(section, (marked = new Set()));
      const children: PhrasingContent[] = [];
      for (const child of node.children) {
        if (child.type !== 'text') {
          children.push(child);
          continue;
        }
        for (const piece of markTerms((child as Text).value, spellings, marked)) {
          children.push(piece.termId ? termLink(byId.get(piece.termId)!, piece.text, options.base) : { type: 'text', value: piece.text });
        }
      }
      node.children = children;
    });
  };
}
