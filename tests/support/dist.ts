/** Reading the built site in dist/ as a reader's browser would get it, without a browser. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` first (npm test does)');
  }
}

/** Every HTML page of the build, as the route a reader requests ("/", "/full/", "/404.html"). */
export function listPages(dir = DIST): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) routes.push(...listPages(path));
    else if (entry.name.endsWith('.html')) {
      const rel = relative(DIST, path).split(sep).join('/');
      routes.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
    }
  }
  return routes.sort();
}

/**
 * Every page of both editions: the Simplified routes ("/", "/protection/",
 * "/404.html"), then their 繁體中文 twins ("/zh-hant/", "/zh-hant/protection/"),
 * in the same order. Fails if an edition lacks a page the other has.
 */
export function listEditionPages(dir = DIST): string[] {
  const all = listPages(dir);
  const twin = (route: string) => `/zh-hant${route}`;
  const simplified = all.filter((route) => !route.startsWith('/zh-hant/'));
  const traditional = all.filter((route) => route.startsWith('/zh-hant/'));
  const missing = [...simplified.filter((route) => !traditional.includes(twin(route))), ...traditional.filter((route) => !simplified.some((r) => twin(r) === route))];
  if (missing.length > 0) throw new Error(`dist/ has pages without a twin in the other edition: ${missing.join(', ')} (run \`npm run build\`)`);
  return [...simplified, ...simplified.map(twin)];
}

/**
 * Every other page of each edition, from the first (half 0) or the second
 * (half 1): the two halves of the per-page browser checks, which cost about
 * the same, so that two test workers share them.
 */
export function halfOfEveryPage(half: 0 | 1, dir = DIST): string[] {
  const all = listEditionPages(dir);
  const alternate = (routes: string[]) => routes.filter((_, i) => i % 2 === half);
  return [...alternate(all.filter((route) => !route.startsWith('/zh-hant/'))), ...alternate(all.filter((route) => route.startsWith('/zh-hant/')))];
}

export function fileForRoute(route: string): string {
  return join(DIST, route.endsWith('/') ? `${route}index.html` : route);
}

export function readPage(route: string): Node {
  const html = readFileSync(fileForRoute(route), 'utf8');
  return parse(html);
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function* walk(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = isElement(node) && node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : [];
  for (const child of [...children, ...content]) yield* walk(child);
}

export function findAll(root: Node, predicate: (el: Element) => boolean): Element[] {
  return [...walk(root)].filter(predicate);
}

export const byTag = (tag: string) => (el: Element) => el.tagName === tag;
export const byId = (id: string) => (el: Element) => attr(el, 'id') === id;

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'nav', 'header', 'footer', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'br', 'dl', 'dt', 'dd',
]);

/** The text a reader sees: blocks separated, inline elements joined, white space folded. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeName === '#text' && 'value' in n) {
      parts.push(n.value as string);
      return;
    }
    if (!isElement(n)) {
      if ('childNodes' in n) for (const child of n.childNodes) visit(child);
      return;
    }
    if (SKIPPED.has(n.tagName) || attr(n, 'hidden') !== undefined) return;
    const block = BLOCKS.has(n.tagName);
    if (block) parts.push(' ');
    for (const child of n.childNodes) visit(child);
    if (block) parts.push(' ');
  };
  visit(node);
  return normaliseWhitespace(parts.join(''));
}

/** Folds every run of white space, the source's no-break spaces included, into one space. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The tooltip's note for a term or document link, from the edition's tooltips
 * file (src/data/term-tips.ts), as the tooltip script looks it up.
 */
export function tipOf(link: Element, edition: '' | 'zh-hant/' = ''): string | undefined {
  const tips = JSON.parse(readFileSync(join(DIST, edition, 'glossary/tips.json'), 'utf8')) as { terms: Record<string, string>; documents: Record<string, string> };
  const termId = attr(link, 'data-term-id');
  const docId = attr(link, 'data-doc-id');
  return termId ? tips.terms[termId] : docId ? tips.documents[docId] : undefined;
}
