/**
 * Links every 《…》 title in the plan to its entry on the 关联文件 page, as a
 * legal database links a cited document, carrying the document's id, by which
 * the tooltip the glossary's terms use finds its issuer, date and status
 * (src/data/term-tips.ts). Runs before remarkGlossaryTerms,
 * which then leaves these links alone (a term inside a title is not marked
 * twice). The words are only wrapped, never changed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Link, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-to-hast';
import { withBase } from '../site/urls.ts';
import { documentAnchor } from './documents.ts';
import { documentSchema } from './schema.ts';
import { foldWidth, titlesIn, unpairedTitleMark } from './titles.ts';

export interface DocumentLinksOptions {
  chaptersDir: string;
  documentsDir: string;
  base: string;
}

/** The tooltip's last line, telling the reader where the link goes and whose words these are. */
export const DOCUMENT_TIP_HINT = '详见关联文件（本站整理，附来源）';

interface Target {
  id: string;
}

/** The last reading, by the files' names, sizes and dates: every chapter asks, and checking each entry's schema again was most of this plugin's time. */
let lastReading: { signature: string; targets: Map<string, Target> } | undefined;

function readTargets(dir: string): Map<string, Target> {
  let files: string[] = [];
  let signature: string;
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    signature = [dir, ...files.map((file) => {
      const { size, mtimeMs } = statSync(join(dir, file));
      return `${file} ${size} ${mtimeMs}`;
    })].join('\n');
  } catch {
    return new Map();
  }
  if (lastReading?.signature === signature) return lastReading.targets;
  const targets = new Map<string, Target>();
  lastReading = { signature, targets };
  for (const file of files) {
    try {
      // A malformed entry is reported, with its file and field, by the content schema.
      const parsed = documentSchema.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) continue;
      const target = { id: file.replace(/\.json$/, '') };
      for (const name of parsed.data.planNames) targets.set(foldWidth(name), target);
    } catch {
      continue;
    }
  }
  return targets;
}

function link(target: Target, text: string, base: string): Link {
  return {
    type: 'link',
    url: withBase(base, `/documents/#${documentAnchor(target.id)}`),
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['term', 'doc-ref'], dataDocId: target.id, dataTipHint: DOCUMENT_TIP_HINT } },
  };
}

/** Splits one run of text into plain text and links for the titles that have an entry. */
export function linkTitles(value: string, targets: Map<string, Target>, base: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const { title, at } of titlesIn(value)) {
    const target = targets.get(foldWidth(title));
    if (!target) continue;
    if (at > from) out.push({ type: 'text', value: value.slice(from, at) });
    const end = at + title.length + 2;
    out.push(link(target, value.slice(at, end), base));
    from = end;
  }
  if (from < value.length) out.push({ type: 'text', value: value.slice(from) });
  return out;
}

/**
 * A 《 without its 》 would hide a title from its link and its document's
 * check, which then reports the document rather than the chapter: said here,
 * at the chapter's line and column. Astro reads line and column off the error.
 */
function checkTitleMarks(tree: Root, file: string): void {
  visit(tree, 'text', (node: Text) => {
    const unpaired = unpairedTitleMark(node.value);
    const start = node.position?.start;
    if (!unpaired || !start) return;
    // A chapter's paragraph is one line, so the mark's column is the text's plus its index.
    const [line, column] = [start.line, start.column + [...node.value.slice(0, unpaired.at)].length];
    const problem =
      unpaired.mark === '《'
        ? `《 opens a title that no 》 closes: “${node.value.slice(unpaired.at, unpaired.at + 20)}…”`
        : `》 closes a title that no 《 opens: “…${node.value.slice(Math.max(0, unpaired.at - 20), unpaired.at + 1)}”`;
    throw Object.assign(new Error(`${file}:${line}:${column}: ${problem}`), { name: 'PlanContentError', line, column });
  });
}

export function remarkDocumentLinks(options: DocumentLinksOptions) {
  return function transform(tree: Root, file: VFile): void {
    if (!file.path || relative(options.chaptersDir, file.path).startsWith('..')) return;
    checkTitleMarks(tree, relative(process.cwd(), file.path));
    const targets = readTargets(options.documentsDir);
    if (targets.size === 0) return;
    visit(tree, 'paragraph', (node: Paragraph) => {
      if (typeof (node.data?.hProperties as { id?: unknown } | undefined)?.id !== 'string') return;
      node.children = node.children.flatMap((child) => (child.type === 'text' ? linkTitles((child as Text).value, targets, options.base) : [child]));
    });
  };
}
