/**
 * What a chapter must never carry, since its text is the plan's and the pages
 * allow no script: links to script (javascript:, data:, vbscript:), images from
 * outside the site, raw HTML or JSX inside the text, MDX import, export or
 * {expressions}, and on <Column> and <IndicatorTable> anything but their own
 * attributes written once as literals: an attribute's {expression} or a
 * {...spread} is code that runs at build time, and a name given twice is read
 * once by the checks and once more by the page. remark-plan-addresses.ts
 * refuses a chapter that has any, naming the file, line and column of the node
 * found here.
 */
import type { Link, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';

/** Link schemes a chapter may use; anything else (javascript:, data:, vbscript:, file:…) could run or smuggle code. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would see: it drops ASCII whitespace and control characters inside it ("java\tscript:"). */
function schemeOf(url: string): string | null {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''));
  return match ? match[1]!.toLowerCase() : null;
}

/** Each component's attributes, and how each is written: text in quotes, or a whole number in braces. */
const COMPONENT_ATTRIBUTES: Record<string, Record<string, 'text' | 'whole number'>> = {
  Column: { n: 'whole number', title: 'text' },
  IndicatorTable: { id: 'text' },
};

/** How an attribute of this kind is written: title="…", n={3}. */
const written = (name: string, kind: 'text' | 'whole number') => (kind === 'text' ? `${name}="…"` : `${name}={3}`);

/** Why a component's attributes are refused, with the attribute's node; null when each is its own, once, as a literal. */
function refusedAttribute(element: MdxJsxFlowElement): { problem: string; node: Node } | null {
  const allowed = COMPONENT_ATTRIBUTES[element.name ?? ''];
  // An unknown component is remark-plan-addresses.ts's to name.
  if (!allowed) return null;
  const tag = `<${element.name}>`;
  const takes = Object.entries(allowed)
    .map(([name, kind]) => `${name} (${kind}, ${written(name, kind)})`)
    .join(' and ');
  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return { problem: `${tag} has {${attribute.value.slice(0, 40)}}: a chapter's components take only ${takes}, written out`, node: attribute as Node };
    }
    const kind = allowed[attribute.name];
    if (!kind) return { problem: `${tag} has no attribute ${attribute.name}: it takes ${takes}`, node: attribute as Node };
    if (seen.has(attribute.name)) return { problem: `${tag} gives ${attribute.name} twice: give each attribute once`, node: attribute as Node };
    seen.add(attribute.name);
    const value = attribute.value;
    const literal = kind === 'text' ? typeof value === 'string' : typeof value === 'object' && value !== null && /^\s*\d+\s*$/.test(value.value);
    if (!literal) {
      const given = typeof value === 'string' ? `"${value.slice(0, 40)}"` : value ? `{${value.value.slice(0, 40)}}` : 'no value';
      return { problem: `${tag} gives ${attribute.name} as ${given}: write it as ${written(attribute.name, kind)}, a ${kind}`, node: attribute as Node };
    }
  }
  return null;
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
      case 'mdxJsxFlowElement': {
        const refused = refusedAttribute(node as MdxJsxFlowElement);
        if (refused) {
          found = refused;
          return false;
        }
        return;
      }
      case 'mdxJsxTextElement':
        return refuse(`<${(node as unknown as { name: string | null }).name ?? ''}> inside the text is not allowed: a chapter's text is plain, with <Column> and <IndicatorTable> between paragraphs`);
    }
    return;
  });
  return found;
}
