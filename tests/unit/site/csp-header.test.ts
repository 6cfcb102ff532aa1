import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy, nginxCspInclude, pageHeaderPolicy } from '../../../src/lib/site/csp-header.ts';

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

  it('writes an nginx include, and refuses a policy nginx would misread', () => {
    expect(nginxCspInclude("default-src 'self'")).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(() => nginxCspInclude('default-src "x"')).toThrow(/nginx would misread/);
    expect(() => nginxCspInclude('default-src $uri')).toThrow(/nginx would misread/);
  });
});
