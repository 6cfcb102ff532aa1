import { describe, expect, it } from 'vitest';
import { PREVIEW_SITE, previewWarning, resolveSite } from '../../../src/lib/site/site-url.ts';

describe('SITE_URL', () => {
  it('without it, is a preview build on the preview server\'s address', () => {
    expect(resolveSite({})).toEqual({ site: 'http://localhost:4321', preview: true });
    expect(resolveSite({ SITE_URL: '  ' })).toEqual({ site: PREVIEW_SITE, preview: true });
    expect(previewWarning(PREVIEW_SITE)).toMatch(/PREVIEW BUILD: SITE_URL is not set[\s\S]*http:\/\/localhost:4321[\s\S]*no QR code[\s\S]*Do not deploy/);
  });

  it('with a real origin, is a build to deploy', () => {
    expect(resolveSite({ SITE_URL: 'https://example.gov.cn' })).toEqual({ site: 'https://example.gov.cn', preview: false });
    expect(resolveSite({ SITE_URL: 'https://example.gov.cn/' })).toEqual({ site: 'https://example.gov.cn', preview: false });
  });

  it.each([
    ['https://ln-ip-plan.example', /placeholder/],
    ['https://www.example.com', /placeholder/],
    ['http://site.test', /placeholder/],
    ['example.gov.cn', /not an address/],
    ['ftp://example.gov.cn', /http or https/],
    ['https://example.gov.cn/plan/', /BASE_PATH/],
    ['https://example.gov.cn/?x=1', /origin only/],
  ])('refuses %s', (value, message) => {
    expect(() => resolveSite({ SITE_URL: value })).toThrow(message);
  });
});
