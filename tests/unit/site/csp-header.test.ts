import { describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy, nginxCspInclude } from '../../../src/lib/site/csp-header.ts';

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

  it('writes an nginx include, and refuses a policy nginx would misread', () => {
    expect(nginxCspInclude("default-src 'self'")).toContain(`add_header Content-Security-Policy "default-src 'self'" always;`);
    expect(() => nginxCspInclude('default-src "x"')).toThrow(/nginx would misread/);
    expect(() => nginxCspInclude('default-src $uri')).toThrow(/nginx would misread/);
  });
});
