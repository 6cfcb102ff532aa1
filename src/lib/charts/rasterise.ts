/**
 * The PNG downloads and share images, made at build time from SVG with resvg,
 * which ships its binary in the npm package (no download at install).
 *
 * resvg is given one Chinese font file explicitly, found once per build,
 * instead of loading every system font for every image (most of the PNGs'
 * time). Before drawing, every character the SVG shows is looked up in that
 * font: a build on a machine without one, or with a font that lacks a
 * character, fails naming the font and the characters, rather than shipping
 * boxes in their place. A PNG already drawn from the same SVG with the same
 * font and resvg is taken from a cache (node_modules/.cache/chart-png/), so an
 * unchanged chart is not drawn again, and what a font file holds is
 * remembered by its size and date (png-font/), so it is not read again either.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { cachedBytes, cachedText } from '../site/build-cache.ts';

/** The family an image names (the share cards do); where another is found, resvg draws with that one. */
export const PNG_FONT = 'Noto Sans CJK SC';

/** The families the charts name, in the order the build prefers them. */
const PREFERRED_FAMILIES = [PNG_FONT, 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'WenQuanYi Zen Hei'];

/** A font to draw with: its regular file first, then a bold one where there is one (the share cards' titles). */
export interface FontChoice {
  files: string[];
}

/** Where Debian/Ubuntu, Fedora/Arch, macOS and Windows keep a Chinese font: regular, then bold. */
export function knownFontFiles(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): FontChoice[] {
  if (platform === 'win32') {
    const fonts = join(env.WINDIR ?? 'C:\\Windows', 'Fonts');
    return [{ files: [join(fonts, 'msyh.ttc'), join(fonts, 'msyhbd.ttc')] }, { files: [join(fonts, 'simhei.ttf')] }];
  }
  if (platform === 'darwin') {
    return [
      { files: ['/System/Library/Fonts/PingFang.ttc'] },
      { files: ['/System/Library/Fonts/Hiragino Sans GB.ttc'] },
      { files: ['/System/Library/Fonts/STHeiti Light.ttc', '/System/Library/Fonts/STHeiti Medium.ttc'] },
    ];
  }
  return [
    { files: ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'] },
    { files: ['/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/noto-cjk/NotoSansCJK-Bold.ttc'] },
    { files: ['/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Bold.ttc'] },
    { files: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'] },
    { files: ['/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc'] },
  ];
}

/**
 * Fonts fontconfig knows to cover Chinese (`fc-list :lang=zh`), where it is
 * installed: the preferred families first, each as its regular and bold files.
 */
export function fontconfigChoices(listing: string): FontChoice[] {
  const byFamily = new Map<string, { regular?: string; bold?: string; other?: string }>();
  for (const line of listing.split('\n')) {
    const match = /^(.+?): (.+?):style=(.+)$/.exec(line.trim());
    if (!match) continue;
    const [, file, families, styles] = match as unknown as [string, string, string, string];
    for (const family of families.split(',')) {
      const entry = byFamily.get(family) ?? {};
      if (/\bRegular\b/.test(styles)) entry.regular ??= file;
      else if (/\bBold\b/.test(styles)) entry.bold ??= file;
      else entry.other ??= file;
      byFamily.set(family, entry);
    }
  }
  const rank = (family: string) => {
    const i = PREFERRED_FAMILIES.indexOf(family);
    return i < 0 ? PREFERRED_FAMILIES.length : i;
  };
  return [...byFamily.entries()]
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([, entry]) => ({ files: [entry.regular ?? entry.other, entry.bold].filter((file): file is string => Boolean(file)) }))
    .filter((choice) => choice.files.length > 0);
}

function fontconfigListing(): string {
  const listed = spawnSync('fc-list', [':lang=zh', 'file', 'family', 'style'], { encoding: 'utf8' });
  return listed.status === 0 ? listed.stdout : '';
}

/** The faces of a font file, or of a collection; undefined for what is not a font. */
function openFaces(file: string): Font[] | undefined {
  try {
    const opened = create(readFileSync(file));
    return 'fonts' in opened ? (opened.fonts as Font[]) : [opened as Font];
  } catch {
    return undefined;
  }
}

interface FaceChoice {
  /** The face's place in the file (a collection holds several). */
  index: number;
  family: string;
  missing: string[];
}

/**
 * The face of a font file that draws the most of the given characters.
 * Remembered across builds by the file's size and date (build-cache.ts):
 * reading a 20 MB collection to learn what it was last time is most of a
 * build's font cost.
 */
function bestFace(file: string, characters: string[]): FaceChoice | undefined {
  const { size, mtimeMs } = statSync(file);
  const found = cachedText('png-font', ['fontkitten faces', file, String(size), String(mtimeMs), characters.join('')], () => {
    const faces = openFaces(file);
    if (!faces) return 'null';
    const scored = faces.map((face, index) => ({ index, family: face.familyName, missing: characters.filter((c) => !face.hasGlyphForCodePoint(c.codePointAt(0)!)) }));
    scored.sort((a, b) => a.missing.length - b.missing.length || PREFERRED_FAMILIES.indexOf(b.family) - PREFERRED_FAMILIES.indexOf(a.family));
    return JSON.stringify(scored[0] ?? null);
  });
  return (JSON.parse(found) as FaceChoice | null) ?? undefined;
}

/** Characters every chart and share card draws; a font without them is no Chinese font. */
const PROBE = [...'辽宁省知识产权规划指标达成率本站计算万人件亿元0123456789.%（）'];

export interface PngFont {
  family: string;
  files: string[];
  /** The face itself, read from its file when first asked for: a build whose PNGs are all cached never reads it. */
  readonly face: Font;
}

function pngFont(family: string, files: string[], index: number): PngFont {
  let face: Font | undefined;
  return {
    family,
    files,
    get face() {
      face ??= openFaces(files[0]!)?.[index];
      if (!face) throw new Error(`The font file ${files[0]} can no longer be read`);
      return face;
    },
  };
}

/**
 * The font the PNGs are drawn with: `PNG_FONT_FILES` (paths separated as in
 * PATH, regular first) if set, else Noto Sans CJK where Linux systems keep
 * it, else the first font from fontconfig or the systems' usual places that
 * draws Chinese. Throws, naming what it looked for and where, when there is none.
 */
export function findPngFont(env: NodeJS.ProcessEnv = process.env): PngFont {
  const named = env.PNG_FONT_FILES?.split(delimiter).filter(Boolean);
  // The family the charts name, where it is found, is the best there is: fontconfig is asked (a process started, 20 to 30 ms) only when it is absent.
  const known = knownFontFiles();
  const choices: Iterable<FontChoice> = named?.length
    ? [{ files: named }]
    : (function* () {
        yield* known.filter((choice) => /NotoSansCJK/.test(choice.files[0]!));
        yield* fontconfigChoices(fontconfigListing());
        yield* known;
      })();
  const looked: string[] = [];
  for (const choice of choices) {
    const files = choice.files.filter((file) => existsSync(file));
    looked.push(choice.files[0]!);
    if (files.length === 0 || files[0] !== choice.files[0]) continue;
    const best = bestFace(files[0]!, PROBE);
    if (best && best.missing.length === 0) return pngFont(best.family, files, best.index);
    if (named?.length) {
      throw new Error(`PNG_FONT_FILES names ${files[0]}, which does not draw ${best ? best.missing.join('') : 'anything (not a font file)'}: the chart PNGs need a Chinese font`);
    }
  }
  if (named?.length) throw new Error(`PNG_FONT_FILES names ${named[0]}, which does not exist`);
  throw new Error(
    'No font that draws Chinese was found, so the chart PNGs and share images cannot be made. ' +
      'Install one (Debian/Ubuntu: apt-get install fonts-noto-cjk; macOS and Windows have one already), ' +
      `or name its file with PNG_FONT_FILES. Looked at: fc-list :lang=zh, ${[...new Set(looked)].join(', ')}`,
  );
}

let font: PngFont | undefined;

/** Finds the font once per build; fails the build when there is none. */
export function assertChineseFont(): PngFont {
  font ??= findPngFont();
  return font;
}

/** The characters an SVG draws: its text, without markup, styles, titles or descriptions. */
export function drawnCharacters(svg: string): string[] {
  const text = svg
    .replace(/<(style|title|desc)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return [...new Set(text)].filter((c) => !/\s/.test(c)).sort();
}

const requireHere = createRequire(import.meta.url);
const RESVG_VERSION = (requireHere('@resvg/resvg-js/package.json') as { version: string }).version;
// Loaded when an image is drawn, not on import: a rebuild finds its PNGs cached, and loading
// resvg (its native binding, and the libc probe that finds it) cost about 10 ms of each build.
const loadResvg = () => (requireHere('@resvg/resvg-js') as typeof import('@resvg/resvg-js')).Resvg;

/** What a PNG is drawn from besides its SVG: resvg's version, the width, and the font files as they are on disk. */
function cacheKey(svg: string, width: number, chosen: PngFont): string[] {
  const fonts = chosen.files.map((file) => {
    const { size, mtimeMs } = statSync(file);
    return `font ${file} ${size} ${mtimeMs}`;
  });
  return [`resvg ${RESVG_VERSION}`, `width ${width}`, ...fonts, svg];
}

/** `width` twice the SVG's own gives an image sharp enough to print or project at full width. */
export function svgToPng(svg: string, width: number): Uint8Array {
  const chosen = assertChineseFont();
  // A cached image was drawn after the glyph check below passed, with these very font files (the key has their size and date).
  return cachedBytes(
    'chart-png',
    cacheKey(svg, width, chosen),
    () => {
      const missing = drawnCharacters(svg).filter((c) => !chosen.face.hasGlyphForCodePoint(c.codePointAt(0)!));
      if (missing.length > 0) {
        throw new Error(`The font ${chosen.family} (${chosen.files[0]}) has no glyph for ${missing.join(' ')}, which a PNG must draw: install a fuller Chinese font or name one with PNG_FONT_FILES`);
      }
      const Resvg = loadResvg();
      return new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles: chosen.files, defaultFontFamily: chosen.family, sansSerifFamily: chosen.family },
        fitTo: { mode: 'width', value: width },
      })
        .render()
        .asPng();
    },
    'png',
    // Every build draws every chart: an image no build drew since is of a chart that changed.
    { prunable: true },
  );
}
