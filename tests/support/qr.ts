/** Reading a share QR code as a phone would, from the image the page shows or the SVG file the build wrote. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

/**
 * Draws a QR code's SVG at `width` pixels and decodes it. A code has no text,
 * so resvg loads no fonts: by default it reads every font file on the system
 * for each image, which is most of its time (0.1 s of system time a code when
 * idle, over a second under load; 20 ms a code without).
 */
export function decodeQrSvg(svg: string, width: number): string | undefined {
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: width } }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

/** Draws a loaded QR image onto a canvas in the page, and decodes it here from its pixels, thresholded (a short string crosses faster than the RGBA array). */
export async function decodeQrIn(page: Page, selector: string): Promise<string | undefined> {
  const size = 240;
  const bits = await page.locator(selector).evaluate(async (img: HTMLImageElement, size: number) => {
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(img, 0, 0, size, size);
    const data = context.getImageData(0, 0, size, size).data;
    let out = '';
    for (let i = 0; i < data.length; i += 4) out += data[i]! < 128 ? '1' : '0';
    return out;
  }, size);
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < bits.length; i += 1) rgba.fill(bits[i] === '1' ? 0 : 255, i * 4, i * 4 + 3).fill(255, i * 4 + 3, i * 4 + 4);
  return jsQR(rgba, size, size)?.data;
}

/** A PNG's pixel size, from its IHDR chunk (bytes 16–23). */
export const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

/**
 * Decodes the QR code in a PNG (a 分享图), drawn 1:1 by resvg from an SVG that
 * holds it and read by jsQR: only its lower right corner, `corner` px square,
 * where the card puts the code; jsQR reads a whole 1080 px card in seconds
 * on a busy machine, a corner in a fraction of that.
 */
export function decodeQrPng(png: Buffer, corner = 400): string | undefined {
  const { width, height } = pngSize(png);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${corner}" height="${corner}" viewBox="${width - corner} ${height - corner} ${corner} ${corner}">` +
    `<image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height)?.data;
}

/** The bytes of an image the page made (a data: address in an <img>), as the reader would save them. */
export async function imageBytesIn(page: Page, selector: string): Promise<Buffer> {
  const src = (await page.locator(selector).getAttribute('src')) ?? '';
  const [head, data = ''] = src.split(',');
  if (head !== 'data:image/png;base64') throw new Error(`${selector} is not a PNG data: address: ${src.slice(0, 40)}`);
  return Buffer.from(data, 'base64');
}
