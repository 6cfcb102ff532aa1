import { describe, expect, it } from 'vitest';
import { pageUrl, robotsTxt, sitemapXml } from '../../../src/lib/site/sitemap.ts';

describe('sitemap and robots', () => {
  it('makes absolute page URLs under the deploy base', () => {
    expect(pageUrl('https://example.org', '/', '')).toBe('https://example.org/');
    expect(pageUrl('https://example.org', '/plan/', 'protection/')).toBe('https://example.org/plan/protection/');
    expect(pageUrl('https://example.org/', '/plan', '/full/')).toBe('https://example.org/plan/full/');
  });

  it('writes the sitemap and points robots.txt at it', () => {
    expect(sitemapXml(['https://example.org/', 'https://example.org/a&b/'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://example.org/</loc></url>\n  <url><loc>https://example.org/a&amp;b/</loc></url>\n</urlset>\n',
    );
    expect(robotsTxt('https://example.org/plan/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/plan/sitemap.xml\n');
  });
});
