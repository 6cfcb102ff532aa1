/**
 * A QR code as an SVG string, made at build time: one path of unit squares,
 * black on white whatever the theme, with the quiet zone the standard asks
 * for so phone cameras find it on paper.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import qrcode from 'qrcode-generator';
import { cachedText } from './build-cache.ts';

export interface QrOptions {
  /** The accessible name: what the code opens. */
  label: string;
  /** Quiet zone in modules; the standard asks for 4. */
  margin?: number;
}

/** qrcode-generator's version, from the package.json above its entry point (the package exports no package.json). */
function qrLibraryVersion(): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve('qrcode-generator')); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'qrcode-generator' && pkg.version) return pkg.version;
    }
  }
  throw new Error('qrcode-generator: no package.json with its version above its entry point');
}
const QR_VERSION = qrLibraryVersion();
/**
 * Codes made by earlier builds, by content (build-cache.ts): a build draws
 * about 600 of them (a page's and each paragraph's, in both editions), and
 * qrcode-generator's choice of mask pattern is most of a second of CPU; an
 * unchanged address is not encoded again, as an unchanged chart is not drawn again.
 */
export function qrModules(text: string): boolean[][] {
  const rows = cachedText('qr-modules', [`qrcode-generator ${QR_VERSION} M Byte`, text], () => {
    // Level M survives a smudge or a fold in a printed handout.
    const code = qrcode(0, 'M');
    code.addData(text, 'Byte');
    code.make();
    const size = code.getModuleCount();
    return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => (code.isDark(row, col) ? '1' : '0')).join('')).join('\n');
  });
  return rows.split('\n').map((row) => [...row].map((bit) => bit === '1'));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function qrSvg(text: string, { label, margin = 4 }: QrOptions): string {
  const modules = qrModules(text);
  const size = modules.length + margin * 2;
  // One rectangle per horizontal run of dark modules rather than per module:
  // about half the bytes, which counts when every paragraph has its own code.
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run += 1;
      path += `M${x + margin} ${y + margin}h${run}v1h-${run}z`;
      x += run - 1;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(label)}" class="qr-code" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
