/**
 * The checker behind tests/unit/layout/docs-links.test.ts: the README and the
 * guides in docs/ name files, folders and headings of the repository, and a
 * file moved or a heading renamed must not leave them pointing at nothing.
 * It works on text and a list of the repository's paths, so a test can feed it
 * a made-up repository and see it fail.
 *
 * What it checks, outside fenced code blocks (an nginx `# comment` is no heading,
 * an example's path no claim):
 * - every markdown link `[text](target)` whose target is not http(s) or mailto:
 *   the path, relative to the file (or to the repository with a leading `/`),
 *   is a file or folder of the repository; a `#anchor` into a `.md` file (or
 *   into the file itself, `(#anchor)`) is one of its headings' slugs. Anchors
 *   into other files (GitHub's `#L10`) are not checked.
 * - every word of an inline code span that starts with `src/`, `tests/`,
 *   `scripts/`, `docs/`, `public/` or `.ci/` is a path of the repository. A
 *   pattern is accepted when something matches it: `*` stands for any part of
 *   a name, and so does a placeholder `<…>`, or `[…]` where no file carries the
 *   brackets literally (Astro's route files do: `src/pages/[part].astro`).
 *   A code span that is the text of an http(s) link names another
 *   repository's file, and is not checked.
 * - in a table row whose first cell holds only such paths (the README's layout
 *   table), every bare file name in code in the other cells (`chart-growth.ts`:
 *   a name with a source extension and no slash) is a file in one of those
 *   folders (or a file's folder) or below them.
 *
 * The slug rule, GitHub's kept simple: the heading's text with code backticks
 * and link syntax removed, lower-cased, every character that is not a letter,
 * mark, digit, connector (`_`), hyphen or space dropped, each space made a
 * hyphen; a slug seen before in the file gets `-1`, `-2`, … So `## Glossary
 * (术语)` is `#glossary-术语` and `## Journalists' tools` `#journalists-tools`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** The repository as the checker sees it: its paths (files and folders, posix, relative, no trailing slash) and a reader. */
export interface Repository {
  paths: ReadonlySet<string>;
  read(path: string): string;
}

export const PATH_PREFIXES = ['src/', 'tests/', 'scripts/', 'docs/', 'public/', '.ci/'];

/** What is not the project's own: packages, the build's output, caches and git. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', '.astro']);

/** The repository at `root`, read from disk. */
export function diskRepository(root: string): Repository {
  const paths = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      paths.add(path);
      if (entry.isDirectory()) walk(path);
    }
  };
  walk('');
  return { paths, read: (path) => readFileSync(join(root, path), 'utf8') };
}

/** The text with fenced code blocks blanked, line breaks kept, so that offsets and line numbers still hold. */
function blankFences(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      const fence = /^\s*(```|~~~)/.test(line);
      const blank = inFence || fence;
      if (fence) inFence = !inFence;
      return blank ? ' '.repeat(line.length) : line;
    })
    .join('\n');
}

const CODE_SPAN = /(`+)([\s\S]*?[^`])\1(?!`)/g;

/** Inline code spans blanked too: `[name].svg.ts` in backticks is no link. */
const blankCode = (text: string) => text.replace(CODE_SPAN, (span) => span.replace(/[^\n]/g, ' '));

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** GitHub's anchor for a heading's text, by the rule above. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every heading's anchor in a markdown file (ATX headings, outside code fences). */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, text] of blankFences(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const slug = headingSlug(text!);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const EXTERNAL = /^(https?:|mailto:)/i;
const LINK = /!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A glob (`*` any part of one name) as a test on paths. */
function globMatcher(pattern: string): (path: string) => boolean {
  const source = pattern
    .split('*')
    .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  const regex = new RegExp(`^${source}$`);
  return (path) => regex.test(path);
}

/** Whether a path named in code exists, as a path or as a pattern something matches. */
function codePathExists(path: string, repo: Repository): boolean {
  const plain = path.replace(/\/$/, '');
  if (repo.paths.has(plain)) return true;
  const pattern = plain.replace(/<[^>]*>/g, '*').replace(/\[[^\]]*\]/g, '*');
  if (!pattern.includes('*')) return false;
  const matches = globMatcher(pattern);
  for (const candidate of repo.paths) if (matches(candidate)) return true;
  return false;
}

const SOURCE_FILE = /^[\w.[\]-]+\.(ts|mjs|js|astro|mdx|json|css)$/;

/** Whether a file of that name (a pattern where brackets are no file's) is under one of the folders. */
function fileUnder(name: string, folders: string[], repo: Repository): boolean {
  const under = [...repo.paths].filter((p) => folders.some((folder) => p.startsWith(`${folder}/`)));
  if (under.some((p) => posix.basename(p) === name)) return true;
  if (!name.includes('[')) return false;
  const matches = globMatcher(name.replace(/\[[^\]]*\]/g, '*'));
  return under.some((p) => matches(posix.basename(p)));
}

/** The layout table's rule: bare file names in a row are files of the folders its first cell names. */
function tableRowProblems(file: string, text: string, repo: Repository): string[] {
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.startsWith('|')) return;
    const [first = '', ...rest] = line.split('|').slice(1);
    const paths = [...first.matchAll(CODE_SPAN)].map((m) => m[2]!.trim());
    if (paths.length === 0 || first.replace(CODE_SPAN, '').replace(/[\s,]/g, '') !== '') return;
    if (!paths.every((p) => PATH_PREFIXES.some((prefix) => p.startsWith(prefix)))) return;
    const folders = paths.map((p) => (p.endsWith('/') ? p.slice(0, -1) : posix.dirname(p)));
    for (const m of rest.join('|').matchAll(CODE_SPAN)) {
      const name = m[2]!.trim();
      if (SOURCE_FILE.test(name) && !fileUnder(name, folders, repo)) problems.push(`${file}:${index + 1}: \`${name}\` — no such file under ${folders.map((f) => `${f}/`).join(', ')}`);
    }
  });
  return problems;
}

/** Every broken reference in one markdown file (its repository path `file`), as `file:line: what`. */
export function docProblems(file: string, markdown: string, repo: Repository): string[] {
  const problems: string[] = [];
  const noFences = blankFences(markdown);
  const prose = blankCode(noFences);
  const dir = posix.dirname(file);
  const ownAnchors = headingAnchors(markdown);

  for (const match of prose.matchAll(LINK)) {
    const target = match[1]!;
    const at = `${file}:${lineAt(prose, match.index)}`;
    if (EXTERNAL.test(target)) continue;
    if (target === '') {
      problems.push(`${at}: a link with no target`);
      continue;
    }
    const hash = target.indexOf('#');
    const pathPart = decode(hash === -1 ? target : target.slice(0, hash));
    const anchor = hash === -1 ? undefined : decode(target.slice(hash + 1));
    let resolved = file;
    if (pathPart) {
      resolved = posix.normalize(pathPart.startsWith('/') ? pathPart.slice(1) : posix.join(dir, pathPart)).replace(/\/$/, '');
      if (resolved === '.') resolved = '';
      if (resolved.startsWith('..')) {
        problems.push(`${at}: ${target} leads outside the repository`);
        continue;
      }
      if (resolved !== '' && !repo.paths.has(resolved)) {
        problems.push(`${at}: ${target} — no file or folder ${resolved}`);
        continue;
      }
    }
    if (anchor !== undefined && resolved.endsWith('.md')) {
      const anchors = resolved === file ? ownAnchors : headingAnchors(repo.read(resolved));
      if (!anchors.has(anchor)) problems.push(`${at}: ${target} — ${resolved} has no heading #${anchor} (it has: ${[...anchors].map((a) => `#${a}`).join(' ')})`);
    }
  }

  // Links are found with code blanked, but their spans are the same in both texts: blank the external ones' here.
  let named = noFences;
  for (const match of prose.matchAll(LINK)) {
    if (EXTERNAL.test(match[1]!)) named = named.slice(0, match.index) + match[0].replace(/[^\n]/g, ' ') + named.slice(match.index + match[0].length);
  }
  for (const match of named.matchAll(CODE_SPAN)) {
    for (const word of match[2]!.split(/\s+/)) {
      if (!PATH_PREFIXES.some((prefix) => word.startsWith(prefix))) continue;
      if (!codePathExists(word, repo)) problems.push(`${file}:${lineAt(named, match.index)}: \`${word}\` — no such path in the repository`);
    }
  }
  problems.push(...tableRowProblems(file, named, repo));
  return problems;
}
