/**
 * A link check of a whole build: every page's links, scripts, stylesheets,
 * images and form actions that point into the site must name a file that
 * exists, and a #fragment an id on that page. Pages are read as a host
 * serving the build under `base` would serve them.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { attr, findAll, type Node } from './dist.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const REFERENCES: Array<[tag: string, attribute: string]> = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
];

export interface LinkCheck {
  pages: number;
  links: number;
  broken: string[];
}

export function checkLinks(dist: string, base: string): LinkCheck {
  const origin = 'http://site.test';
  const parsed = new Map<string, Node>();
  const pageAt = (file: string) => {
    let page = parsed.get(file);
    if (!page) {
      page = parse(readFileSync(file, 'utf8'));
      parsed.set(file, page);
    }
    return page;
  };
  const fileFor = (pathname: string): string | null => {
    if (!pathname.startsWith(base)) return null;
    const local = join(dist, decodeURIComponent(pathname.slice(base.length)));
    if (existsSync(local) && statSync(local).isFile()) return local;
    const index = join(local, 'index.html');
    return existsSync(index) ? index : null;
  };
  const broken: string[] = [];
  let links = 0;
  const files = htmlFiles(dist);
  for (const file of files) {
    const rel = relative(dist, file).split(sep).join('/');
    const route = `${base}${rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel}`;
    for (const [tag, attribute] of REFERENCES) {
      for (const el of findAll(pageAt(file), (e) => e.tagName === tag)) {
        const value = attr(el, attribute);
        if (value === undefined || value === '' || /^(mailto|data|javascript):/.test(value)) continue;
        const url = new URL(value, `${origin}${route}`);
        if (url.origin !== origin) continue;
        links += 1;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${route}: ${value}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html') && findAll(pageAt(target), (e) => attr(e, 'id') === id).length === 0) {
          broken.push(`${route}: ${value} (no #${id})`);
        }
      }
    }
  }
  return { pages: files.length, links, broken };
}
