/**
 * The PNG downloads, made at build time from the same SVG with resvg, which
 * ships its binary in the npm package (no download at install). It reads the
 * machine's fonts, so Chinese needs a CJK font there (CI installs fonts-noto-cjk);
 * a build without one fails rather than shipping boxes in place of characters.
 */
import { Resvg } from '@resvg/resvg-js';

export const PNG_FONT = 'Noto Sans CJK SC';

/** `scale` 2 gives an image sharp enough to print or project at full width. */
export function svgToPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: PNG_FONT }, fitTo: { mode: 'width', value: width } });
  return resvg.render().asPng();
}

/**
 * Fails the build, saying what to install, when no font on the machine draws
 * Chinese: resvg would otherwise leave the characters out of the PNG silently.
 */
export function assertChineseFont(): void {
  const probe = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><text x="0" y="30" font-size="20">指标</text></svg>', {
    font: { loadSystemFonts: true, defaultFontFamily: PNG_FONT },
  });
  if (!((probe.innerBBox()?.width ?? 0) > 0)) {
    throw new Error(`No font on this machine draws Chinese, so the chart PNGs cannot be made: install one (apt-get install fonts-noto-cjk)`);
  }
}
