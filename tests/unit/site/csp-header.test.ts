import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy, nginxCspInclude, pageHeaderPolicy, withoutUnusedScriptHashes } from '../../../src/lib/site/csp-header.ts';

describe('the CSP header', () => {
  it('reads the policy from a page <meta>, entities decoded', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;;img-src 'self' data:;"></head>`)).toBe("default-src 'self';img-src 'self' data:;");
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeNull();
  });

  it('joins the pages\' policies source by source and adds frame-ancestors, which a <meta> cannot carry', () => {
    expect(headerPolicy(["default-src 'self';script-src 'self' 'sha256-a';", "default-src 'self'; script-src 'self' 'sha256-b'; frame-ancestors *"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; frame-ancestors 'none'",
    );
    expect(headerPolicy([null])).toBe("frame-ancestors 'none'");
  });

  it('adds the hash of every inline <style>, which a <meta> before which it stands does not cover', () => {
    const html = `<head><style>a{color:red}</style><meta http-equiv="content-security-policy" content="style-src 'self' 'sha256-x'"></head>`;
    // sha256 of "a{color:red}", base64.
    const hash = createHash('sha256').update('a{color:red}').digest('base64');
    expect(pageHeaderPolicy(html)).toBe(`style-src 'self' 'sha256-x'; style-src 'sha256-${hash}'`);
    expect(headerPolicy([pageHeaderPolicy(html)])).toBe(`style-src 'self' 'sha256-x' 'sha256-${hash}'; frame-ancestors 'none'`);
  });

  it('drops the script hashes from a page that runs no inline script, and only those', () => {
    const meta = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/1=' 'sha256-x='; style-src 'self' 'sha256-s='">`;
    const lean = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-s='">`;
    const files = '<script src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script><script type="text/pagefind-template"><p>x</p></script>';
    expect(withoutUnusedScriptHashes(`<head>${meta}</head><body>${files}</body>`)).toBe(`<head>${lean}</head><body>${files}</body>`);
    for (const inline of ['<script>go()</script>', '<script type="module">go()</script>', '<script type="text/javascript">go()</script>']) {
      expect(withoutUnusedScriptHashes(`<head>${meta}</head><body>${inline}</body>`)).toBe(`<head>${meta}</head><body>${inline}</body>`);
    }
  });

  it('writes an nginx include, and refuses a policy nginx would misread', () => {
    expect(nginxCspInclude("default-src 'self'")).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(() => nginxCspInclude('default-src "x"')).toThrow(/nginx would misread/);
    expect(() => nginxCspInclude('default-src $uri')).toThrow(/nginx would misread/);
  });

  it('sets a policy longer than nginx reads in one parameter (4096 bytes) in pieces that join back to it', () => {
    const hashes = Array.from({ length: 120 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`);
    const policy = `default-src 'self'; style-src ${hashes.join(' ')}; frame-ancestors 'none'`;
    expect(policy.length).toBeGreaterThan(6000);
    const include = nginxCspInclude(policy);
    const sets = [...include.matchAll(/^set \$csp_(\d+) "([^"]*)";$/gm)];
    expect(sets.map((m) => Number(m[1]))).toEqual([0, 1, 2, 3]);
    expect(sets.every((m) => m[2]!.length <= 2000)).toBe(true);
    expect(sets.map((m) => m[2]).join('')).toBe(policy);
    expect(include).toContain('add_header Content-Security-Policy "$csp_0$csp_1$csp_2$csp_3" always;');
  });
});
