/** Safe by default: a CSP on every page without inline script allowances, and outside links that cannot reach back. */
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, findAll, listPages, readPage, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

describe('security', () => {
  it.each(listPages())('%s carries a Content-Security-Policy with no unsafe-inline or unsafe-eval script', (route) => {
    const page = readPage(route);
    const csp = findAll(page, (el) => el.tagName === 'meta' && attr(el, 'http-equiv') === 'content-security-policy').map((el) => attr(el, 'content')!);
    expect(csp).toHaveLength(1);
    const directives = new Map(csp[0]!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    const scripts = directives.get('script-src')!;
    expect(scripts).toContain("'self'");
    // No page runs inline script, so none allows a script by its hash (the build drops Astro's, withoutUnusedScriptHashes).
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Every script the page runs is a file from the site, or hashed inline code Astro itself vouches for;
    // the 繁體中文 edition runs its own converted copies (src/build/hant-edition.ts).
    for (const script of findAll(page, byTag('script'))) {
      const type = attr(script, 'type');
      if (type === 'text/pagefind-template') continue;
      expect(attr(script, 'src') ?? '(inline)', route).toMatch(route.startsWith('/zh-hant/') ? /^\/zh-hant\/_astro\/[\w.-]+\.js$/ : /^\/_astro\/[\w.-]+\.js$/);
    }
  });

  it.each(listPages())('%s opens outside links with rel="noopener"', (route) => {
    const outside = findAll(readPage(route), (el) => el.tagName === 'a' && /^https?:/.test(attr(el, 'href') ?? ''));
    for (const a of outside) expect((attr(a, 'rel') ?? '').split(/\s+/), attr(a, 'href')).toContain('noopener');
  });
});
