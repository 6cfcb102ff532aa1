import { describe, expect, it } from 'vitest';
import { decodeQrSvg } from '../../support/qr.ts';
import { anchorIds, qrFilesForPage, qrFolder } from '../../../src/lib/reader/share-qr.ts';

const decode = (svg: string) => decodeQrSvg(svg, 400);

const PAGE = `<h1 id="s3">三</h1><a class="anchor" href="#s3" aria-label="本处链接：三"></a>
<p id="s3-2-p4">…<a href="#s3-2-p4" class="anchor" aria-label="x"></a></p>
<a href="#s3-2-p4" class="anchor"></a><a class="term" href="#t">术语</a><a href="/protection/#s3-1">其他</a>`;

describe('share QR codes', () => {
  it('keeps each page’s codes in its own folder', () => {
    expect(qrFolder('')).toBe('qr/');
    expect(qrFolder('/')).toBe('qr/');
    expect(qrFolder('protection/')).toBe('qr/protection/');
    expect(qrFolder('/data/figures/')).toBe('qr/data/figures/');
  });

  it('finds the anchor links of a page whatever the order of their attributes, once each', () => {
    expect(anchorIds(PAGE)).toEqual(['s3', 's3-2-p4']);
  });

  it('makes a code for the page and one for each anchor, each decoding to its address', () => {
    const files = qrFilesForPage('https://example.gov.cn', '/plan/', 'protection/', PAGE);
    expect(files.map((f) => [f.file, f.url])).toEqual([
      ['qr/protection/page.svg', 'https://example.gov.cn/plan/protection/'],
      ['qr/protection/s3.svg', 'https://example.gov.cn/plan/protection/#s3'],
      ['qr/protection/s3-2-p4.svg', 'https://example.gov.cn/plan/protection/#s3-2-p4'],
    ]);
    for (const { svg, url } of files) expect(decode(svg)).toBe(url);
  });

  it('refuses an anchor that would overwrite the page’s own code', () => {
    expect(() => qrFilesForPage('https://a.example', '/', 'x/', '<a class="anchor" href="#page"></a>')).toThrow('x/: an anchor with the id "page"');
  });
});
