/**
 * What a chapter must never carry, since its text is the plan's and the pages
 * allow no script: links to script (javascript:, data:, vbscript:), images from
 * outside the site, raw HTML or JSX inside the text, and MDX import, export or
 * {expressions}. remark-plan-addresses.ts refuses a chapter that has any,
 * naming the file and the line of the node found here.
 */
import type { Link, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Link schemes a chapter may use; anything else (javascript:, data:, vbscript:, file:…) could run or smuggle code. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would see: it drops ASCII whitespace and control characters inside it ("java\tscript:"). */
function schemeOf(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return match ? match[1]!.toLowerCase() : null;
}

/** What no chapter may carry, anywhere in its tree: the first one found, with its node. */
export function forbiddenContent(tree: Root): { problem: string; node: Node } | null {
  let found: { problem: string; node: Node } | null = null;
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => {
    definitions.set(node.identifier, node.url);
  });
  visit(tree, (node: Node) => {
    if (found) return false;
    const refuse = (problem: string) => {
      found = { problem, node };
      return false;
    };
    switch (node.type) {
      case 'link':
      case 'definition': {
        const url = (node as Link).url;
        const scheme = schemeOf(url);
        if (scheme && !LINK_SCHEMES.has(scheme)) return refuse(`link to "${url.slice(0, 60)}": a ${scheme}: link is not allowed in a chapter; use an http(s) address`);
        return;
      }
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? (node as unknown as { url: string }).url : (definitions.get((node as unknown as { identifier: string }).identifier) ?? '');
        if (schemeOf(url) || url.replace(/[\u0000-\u0020]/g, '').startsWith('//')) {
          return refuse(`image "${url.slice(0, 60)}" is not on this site: chapters show no outside images (the pages load nothing from elsewhere)`);
        }
        return;
      }
      case 'html':
        return refuse('raw HTML is not allowed in a chapter');
      case 'mdxjsEsm':
        return refuse('import and export statements are not allowed in a chapter: its components (<Column>, <IndicatorTable>) are provided by the site');
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return refuse(`the expression {${String((node as unknown as { value: string }).value).slice(0, 40)}} is not allowed in a chapter: write the text itself`);
      case 'mdxJsxTextElement':
        return refuse(`<${(node as unknown as { name: string | null }).name ?? ''}> inside the text is not allowed: a chapter's text is plain, with <Column> and <IndicatorTable> between paragraphs`);
    }
    return;
  });
  return found;
}
