import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostProblem, PREVIEW_SITE, previewWarning, resolveSite } from '../../../src/lib/site/site-url.ts';

describe('SITE_URL', () => {
  it('without it, is a preview build on the preview server\'s address', () => {
    expect(resolveSite({})).toEqual({ site: 'http://localhost:4321', preview: true });
    expect(resolveSite({ SITE_URL: '  ' })).toEqual({ site: PREVIEW_SITE, preview: true });
    expect(previewWarning(PREVIEW_SITE)).toMatch(/PREVIEW BUILD: SITE_URL is not set[\s\S]*http:\/\/localhost:4321[\s\S]*no QR code[\s\S]*Do not deploy/);
  });

  it('with a public host name, is a build to deploy', () => {
    expect(resolveSite({ SITE_URL: 'https://ipplan.ln.cn' })).toEqual({ site: 'https://ipplan.ln.cn', preview: false });
    expect(resolveSite({ SITE_URL: 'https://ipplan.ln.cn/' })).toEqual({ site: 'https://ipplan.ln.cn', preview: false });
    expect(resolveSite({ SITE_URL: 'https://zscq.ln.gov.cn' })).toEqual({ site: 'https://zscq.ln.gov.cn', preview: false });
    expect(resolveSite({ SITE_URL: 'https://知识产权.中国' }).site).toMatch(/^https:\/\/xn--[a-z0-9]+\.xn--fiqs8s$/);
  });

  it.each([
    ['https://ln-ip-plan.example', /placeholder or local name \("example"\)/],
    ['https://ln-ip-plan.example.', /ends with a dot/],
    ['https://ipplan.ln.cn.', /ends with a dot/],
    ['https://www.example.com', /placeholder/],
    ['https://example.gov.cn', /placeholder or local name \("example"\)/],
    ['https://your.host', /placeholder or local name \("your"\)/],
    ['https://yourdomain.com', /placeholder/],
    ['http://site.test', /placeholder/],
    ['http://localhost:4321', /single-label/],
    ['http://plan.localhost', /placeholder or local name \("localhost"\)/],
    ['http://printer.local', /placeholder/],
    ['http://127.0.0.1', /IP address/],
    ['http://10.0.0.8:8080', /IP address/],
    ['http://[::1]', /IP address/],
    ['http://0x7f.1', /IP address/],
    ['https://intranet', /single-label/],
    ['https://plan.ln.c1', /top-level domain/],
    ['ipplan.ln.cn', /not an address/],
    ['ftp://ipplan.ln.cn', /http or https/],
    ['https://ipplan.ln.cn/plan/', /BASE_PATH/],
    ['https://ipplan.ln.cn/?x=1', /origin only/],
  ])('refuses %s', (value, message) => {
    expect(() => resolveSite({ SITE_URL: value })).toThrow(message);
  });

  it('names the host and what to do in its message', () => {
    expect(() => resolveSite({ SITE_URL: 'https://your.host' })).toThrow('SITE_URL is a placeholder or local name ("your") (your.host): set the public host name the site will really have');
    expect(hostProblem('ipplan.ln.cn')).toBeUndefined();
  });

  it('suggests no host in its warning that the build would refuse, and the guide\'s examples are hosts it accepts', () => {
    expect(previewWarning(PREVIEW_SITE)).not.toMatch(/your\.host|example/);
    const guide = readFileSync(new URL('../../../docs/deploying.md', import.meta.url), 'utf8') + readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const examples = [...guide.matchAll(/SITE_URL=(\S+)/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(resolveSite({ SITE_URL: example }).preview, example).toBe(false);
  });
});
