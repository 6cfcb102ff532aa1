/**
 * Gives every block of a plan chapter its address (see addresses.ts), adds the
 * anchor link readers use to share it, and rejects chapter files whose
 * structure the site cannot address: unknown components, columns or tables
 * that do not exist, sections out of order, two elements with one id. It also
 * refuses what a chapter must never carry (forbidden-content.ts). Every error
 * names the file and the line.
 *
 * The blocks it finds are handed to the page through the frontmatter
 * (Astro's remarkPluginFrontmatter), so pages that list columns or paragraphs
 * read them from the one parse of the text instead of parsing it again.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Heading, Link, Paragraph, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
// Brings in the hName/hProperties fields that mdast-util-to-hast reads from node data.
import type {} from 'mdast-util-to-hast';
import {
  columnId,
  columnItemId,
  describeAddress,
  paragraphId,
  sectionId,
  sectionNumberFromHeading,
} from './addresses.ts';
import { forbiddenContent } from './forbidden-content.ts';
import { restoreFullWidth } from './punctuation.ts';

export interface PlanAddressOptions {
  /** Folder of the chapter MDX files: only files inside it are treated. */
  chaptersDir: string;
  /** Folder of the indicator table JSON files, which say where each table stands. */
  tablesDir: string;
  /** How many columns (专栏) the plan has. */
  columnCount: number;
}

export type PlanBlockKind = 'heading' | 'paragraph' | 'column' | 'column-item' | 'table';

export interface PlanBlock {
  id: string;
  kind: PlanBlockKind;
  /** The section the block stands in (s3-2), or the part (s3) before any section. */
  within: string;
  text: string;
}

export interface PlanColumn {
  n: number;
  title: string;
  within: string;
  items: Array<{ id: string; text: string }>;
}

export class PlanContentError extends Error {
  /** Read by Astro's MDX plugin for the error's location, which is otherwise the file's line 0. */
  readonly line?: number;
  readonly column?: number;

  constructor(file: string, problem: string, at?: Node) {
    const start = at?.position?.start;
    super(`${file}${start ? `:${start.line}:${start.column}` : ''}: ${problem}`);
    this.name = 'PlanContentError';
    if (start) Object.assign(this, { line: start.line, column: start.column });
  }
}

const KNOWN_COMPONENTS = new Set(['Column', 'IndicatorTable']);

interface TablePlacement {
  standsIn: string;
}

function readTablePlacements(tablesDir: string): Map<string, TablePlacement> {
  const tables = new Map<string, TablePlacement>();
  for (const name of readdirSync(tablesDir).filter((n) => n.endsWith('.json'))) {
    try {
      const data = JSON.parse(readFileSync(join(tablesDir, name), 'utf8')) as { id?: unknown; standsIn?: unknown };
      if (typeof data.id === 'string' && typeof data.standsIn === 'string') {
        tables.set(data.id, { standsIn: data.standsIn });
      }
    } catch {
      // A malformed table file is reported, with its field, by the content schema.
    }
  }
  return tables;
}

function anchorLink(id: string): Link {
  return {
    type: 'link',
    url: `#${id}`,
    children: [],
    data: { hProperties: { className: ['anchor'], ariaLabel: `分享：${describeAddress(id)}` } },
  };
}

function setId(node: Paragraph | Heading, id: string): void {
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
}

/** A paragraph carries its anchor inside, where CSS can place it in the margin. */
function addressParagraph(node: Paragraph, id: string): void {
  setId(node, id);
  node.children.unshift(anchorLink(id));
}

/**
 * A heading's anchor stands beside it, not inside, so that the heading's
 * accessible name, the contents list and search titles stay the published text.
 */
function addressHeading(node: Heading, id: string): RootContent {
  setId(node, id);
  const wrapper = {
    type: 'planHeadingWrapper',
    data: { hName: 'div', hProperties: { className: ['heading-wrapper'] } },
    children: [node, anchorLink(id)],
  };
  return wrapper as unknown as RootContent;
}

function attribute(element: MdxJsxFlowElement, name: string): string | undefined {
  const attr = element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr || attr.value === null || attr.value === undefined) return undefined;
  return typeof attr.value === 'string' ? attr.value : attr.value.value;
}

export function remarkPlanAddresses(options: PlanAddressOptions) {
  return function transform(tree: Root, file: VFile): void {
    const path = file.path ? relative(process.cwd(), file.path) : '(unnamed file)';
    if (!file.path || relative(options.chaptersDir, file.path).startsWith('..')) return;
    const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    const frontmatter = astro?.frontmatter;
    const part = frontmatter?.order;
    if (typeof part !== 'number') return; // the content schema reports a missing order

    let at: Node | undefined;
    const fail = (problem: string): never => {
      throw new PlanContentError(path, problem, at);
    };
    const refused = forbiddenContent(tree);
    if (refused) {
      at = refused.node;
      fail(refused.problem);
    }
    // The chapter files hold the plan as displayed, with its full-width marks; an ASCII one would reach every page, quote and download.
    const requireFullWidth = (text: string): string => {
      const [chars, restored] = [[...text], [...restoreFullWidth(text)]];
      const at = chars.findIndex((ch, i) => ch !== restored[i]);
      if (at !== -1) {
        fail(`ASCII punctuation in Chinese text at “${chars.slice(Math.max(0, at - 6), at + 6).join('')}”: write ${restored[at]} as the official document does`);
      }
      return text;
    };
    const tables = readTablePlacements(options.tablesDir);
    const seen = new Set<string>();
    const claim = (id: string, what: string): string => {
      if (seen.has(id)) fail(`two elements are given the same id "${id}" (${what})`);
      seen.add(id);
      return id;
    };

    const blocks: PlanBlock[] = [];
    const columns: PlanColumn[] = [];
    let section: number | null = null;
    let paragraph = 0;
    const within = () => (section === null ? `s${part}` : sectionId(part, section));

    const children: RootContent[] = [];
    for (const node of tree.children as RootContent[]) {
      at = node;
      children.push(node);
      if (node.type === 'heading') {
        const text = requireFullWidth(toString(node));
        if (node.depth !== 2) fail(`heading "${text}" must be a section heading (##), not depth ${node.depth}`);
        const number = sectionNumberFromHeading(text);
        if (number === null) fail(`section heading "${text}" must start with its label, （一） to （十）`);
        const expected: number = (section ?? 0) + 1;
        if (number !== expected) fail(`section heading "${text}" is out of order: expected section ${expected}`);
        section = number;
        paragraph = 0;
        const id = claim(sectionId(part, section!), 'section heading');
        children[children.length - 1] = addressHeading(node, id);
        blocks.push({ id, kind: 'heading', within: id, text });
      } else if (node.type === 'paragraph') {
        paragraph += 1;
        const id = claim(paragraphId(part, section, paragraph), 'paragraph');
        const text = requireFullWidth(toString(node));
        addressParagraph(node, id);
        blocks.push({ id, kind: 'paragraph', within: within(), text });
      } else if (node.type === 'mdxJsxFlowElement') {
        const name = node.name ?? '(fragment)';
        if (!KNOWN_COMPONENTS.has(name)) fail(`unknown component <${name}>: use <Column> or <IndicatorTable>`);
        if (name === 'Column') {
          const n = Number(attribute(node, 'n'));
          const title = attribute(node, 'title');
          if (!Number.isInteger(n) || n < 1 || n > options.columnCount) {
            fail(`<Column n={${attribute(node, 'n') ?? ''}}> names a column that does not exist: the plan has 专栏1 to 专栏${options.columnCount}`);
          }
          if (!title) fail(`<Column n={${n}}> has no title`);
          requireFullWidth(title!);
          const id = claim(columnId(n), `专栏${n}`);
          blocks.push({ id, kind: 'column', within: within(), text: title! });
          const column: PlanColumn = { n, title: title!, within: within(), items: [] };
          let item = 0;
          for (const child of node.children) {
            at = child;
            if (child.type !== 'paragraph') fail(`专栏${n} may hold only paragraphs, found ${child.type}`);
            item += 1;
            const itemId = claim(columnItemId(n, item), `专栏${n} item`);
            const text = requireFullWidth(toString(child));
            addressParagraph(child as Paragraph, itemId);
            blocks.push({ id: itemId, kind: 'column-item', within: within(), text });
            column.items.push({ id: itemId, text });
          }
          columns.push(column);
        } else {
          const id = attribute(node, 'id') ?? '';
          const table = tables.get(id);
          if (!table) {
            fail(`<IndicatorTable id="${id}"> names a table that does not exist: known tables are ${[...tables.keys()].join(', ')}`);
          }
          if (table!.standsIn !== within()) {
            fail(`<IndicatorTable id="${id}"> stands in ${within()}, but its data (standsIn) places it in ${table!.standsIn}`);
          }
          claim(id, 'table');
          blocks.push({ id, kind: 'table', within: within(), text: '' });
        }
      } else if (node.type !== 'yaml') {
        fail(`unexpected ${node.type} block: chapter files hold section headings, paragraphs, <Column> and <IndicatorTable>`);
      }
    }

    tree.children = children;
    frontmatter!.planBlocks = blocks;
    frontmatter!.planColumns = columns;
  };
}
