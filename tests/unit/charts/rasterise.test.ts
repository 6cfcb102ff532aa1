/** The PNG font: found on this machine, checked glyph by glyph, and named when missing. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawnCharacters, findPngFont, fontconfigChoices, knownFontFiles, svgToPng } from '../../../src/lib/charts/rasterise.ts';

const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

describe('the Chinese font for the PNGs', () => {
  it('is found on this machine (CI installs fonts-noto-cjk), regular and bold', () => {
    const font = findPngFont({});
    expect(font.family).toBe('Noto Sans CJK SC');
    expect(font.files).toEqual(['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc']);
  });

  it('is named by PNG_FONT_FILES, and a font without Chinese is refused, naming what it lacks', () => {
    expect(existsSync(DEJAVU)).toBe(true);
    expect(() => findPngFont({ PNG_FONT_FILES: DEJAVU })).toThrow(/^PNG_FONT_FILES names \/usr\/share\/fonts\/truetype\/dejavu\/DejaVuSans.ttf, which does not draw .*辽宁省/);
    expect(() => findPngFont({ PNG_FONT_FILES: '/nowhere/font.ttc' })).toThrow('PNG_FONT_FILES names /nowhere/font.ttc, which does not exist');
  });

  it('prefers the families the charts name, from fontconfig’s list, regular before bold', () => {
    const listing = [
      '/f/wqy-microhei.ttc: WenQuanYi Micro Hei,文泉驛微米黑:style=Regular',
      '/f/NotoSansCJK-Bold.ttc: Noto Sans CJK SC,Noto Sans CJK SC Bold:style=Bold',
      '/f/NotoSansCJK-Regular.ttc: Noto Sans CJK SC:style=Regular',
    ].join('\n');
    expect(fontconfigChoices(listing)[0]).toEqual({ files: ['/f/NotoSansCJK-Regular.ttc', '/f/NotoSansCJK-Bold.ttc'] });
    expect(fontconfigChoices(listing).map((c) => c.files[0])).toContain('/f/wqy-microhei.ttc');
  });

  it('is looked for where macOS and Windows keep theirs', () => {
    expect(knownFontFiles('darwin', {})[0]!.files).toEqual(['/System/Library/Fonts/PingFang.ttc']);
    expect(knownFontFiles('win32', { WINDIR: 'C:\\Windows' })[0]!.files[0]).toMatch(/msyh\.ttc$/);
  });
});

describe('drawing', () => {
  it('reads the characters an SVG draws, not its markup, styles or title', () => {
    expect(drawnCharacters('<svg><title>标题</title><style>text{font:x}</style><text>指标 &amp; 1%</text></svg>').join('')).toBe('%&1指标');
  });

  it('fails naming a character the font cannot draw, instead of drawing a box', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text y="15">指\uE000</text></svg>';
    expect(() => svgToPng(svg, 40)).toThrow(/Noto Sans CJK SC .* has no glyph for \uE000, which a PNG must draw/);
  });

  it('draws an image once, then takes it from the cache', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="30"><text y="20">缓存${Date.now()}</text></svg>`;
    const cache = join(process.cwd(), 'node_modules/.cache/chart-png');
    const before = existsSync(cache) ? readdirSync(cache).length : 0;
    const first = svgToPng(svg, 160);
    expect(readdirSync(cache).length).toBe(before + 1);
    const second = svgToPng(svg, 160);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(cache).length).toBe(before + 1);
    expect(new DataView(first.buffer, first.byteOffset).getUint32(16)).toBe(160);
  });
});
