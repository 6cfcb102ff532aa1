/**
 * The QR codes to share a page or one of its paragraphs into WeChat, which
 * shows no link previews for a static site: SVG files made at build time, one
 * per page and one per anchor (#) on it, under /qr/<page>/. The page loads one
 * only when the reader asks for it.
 */
import { qrSvg } from '../site/qr-svg.ts';
import { pageUrl } from '../site/sitemap.ts';

/** The file name of a page's own code inside its folder; no anchor id is "page". */
export const PAGE_QR = 'page';

/** The folder of a page's codes, relative to the site's base: "" → "qr/", "protection/" → "qr/protection/". */
export function qrFolder(route: string): string {
  const path = route.replace(/^\/+|\/+$/g, '');
  return path ? `qr/${path}/` : 'qr/';
}

/** The ids of the anchor links (#) in a built page, in order, once each. */
export function anchorIds(html: string): string[] {
  const ids = new Set<string>();
  for (const [tag] of html.matchAll(/<a\s[^>]*>/g)) {
    if (!/\sclass="anchor"/.test(tag)) continue;
    const id = /\shref="#([A-Za-z0-9_-]+)"/.exec(tag)?.[1];
    if (id) ids.add(id);
  }
  return [...ids];
}

export interface QrFile {
  /** Relative to the build's root: "qr/protection/s3-2-p4.svg". */
  file: string;
  /** What the code opens. */
  url: string;
  svg: string;
}

/** A code for a file under qr/ ("protection/s3-2-p3.svg", "page.svg"), as the build draws it; undefined for a name no anchor can have. */
export function qrForAddress(site: string, base: string, file: string): string | undefined {
  const match = /^((?:[a-z0-9-]+\/)*)([A-Za-z0-9_-]+)\.svg$/.exec(file);
  if (!match) return undefined;
  const [, folder = '', name = ''] = match;
  const page = pageUrl(site, base, folder);
  const url = name === PAGE_QR ? page : `${page}#${name}`;
  return qrSvg(url, { label: `二维码：${url}` });
}

/** A page's code and one for each anchor on it, for the page at `route` ("", "protection/"). */
export function qrFilesForPage(site: string, base: string, route: string, html: string): QrFile[] {
  const folder = qrFolder(route);
  const page = pageUrl(site, base, route);
  const ids = anchorIds(html);
  if (ids.includes(PAGE_QR)) throw new Error(`${route}: an anchor with the id "${PAGE_QR}" would overwrite the page's QR code`);
  return [
    { file: `${folder}${PAGE_QR}.svg`, url: page, svg: qrSvg(page, { label: `二维码：${page}` }) },
    ...ids.map((id) => {
      const url = `${page}#${id}`;
      return { file: `${folder}${id}.svg`, url, svg: qrSvg(url, { label: `二维码：${url}` }) };
    }),
  ];
}
