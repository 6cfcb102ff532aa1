/** Reading a share QR code as a phone would, from the image the page shows. */
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';

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
