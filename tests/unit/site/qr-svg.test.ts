import { describe, expect, it } from 'vitest';
import { decodeQrSvg } from '../../support/qr.ts';
import { qrModules, qrSvg } from '../../../src/lib/site/qr-svg.ts';

const URL_TEXT = 'https://ln-ip-plan.example/';

const decode = (svg: string) => decodeQrSvg(svg, 400);

describe('qrSvg', () => {
  it('encodes the text so that a reader decodes it back', () => {
    expect(decode(qrSvg(URL_TEXT, { label: '本站网址' }))).toBe(URL_TEXT);
    expect(decode(qrSvg('https://example.org/plan/', { label: '本站网址' }))).toBe('https://example.org/plan/');
  });

  it('is an image named by its label, with a quiet zone of 4 modules', () => {
    const size = qrModules(URL_TEXT).length;
    const svg = qrSvg(URL_TEXT, { label: '二维码：本站网址 "x" <y>' });
    expect(svg).toContain('role="img" aria-label="二维码：本站网址 &quot;x&quot; &lt;y&gt;"');
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    // The top-left finder pattern starts at the quiet zone's edge: its top row is one run of 7 modules.
    expect(svg).toContain('M4 4h7v1h-7z');
    expect(svg).not.toContain('M3 3h');
  });

  it('makes a version 3 code (29 modules) with its finder pattern for the 27-byte URL at level M', () => {
    const modules = qrModules(URL_TEXT);
    expect(modules.length).toBe(29);
    expect(modules[0]!.slice(0, 7)).toEqual(Array(7).fill(true));
    expect(modules[1]!.slice(0, 7)).toEqual([true, false, false, false, false, false, true]);
  });
});
