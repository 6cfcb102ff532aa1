/** The reader tools in the built pages: the head script, the side contents, the share codes, the footer by default. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { anchorIds } from '../../src/lib/reader/share-qr.ts';
import { PREVIEW_SITE } from '../../src/lib/site/site-url.ts';
import { attr, byTag, DIST, fileForRoute, findAll, listPages, readPage, requireDist, textOf } from '../support/dist.ts';
import { decodeQrSvg } from '../support/qr.ts';

beforeAll(requireDist);

const routes = listPages();
const decode = (file: string) => decodeQrSvg(readFileSync(join(DIST, file), 'utf8'), 300);

describe('the reader tools in the build', () => {
  it.each(routes)('%s applies the saved settings from one blocking script file, first in <head>', (route) => {
    const head = findAll(readPage(route), byTag('head'))[0]!;
    const scripts = findAll(head, byTag('script'));
    const boot = scripts.filter((s) => /\/_astro\/reader-boot\.[\w-]+\.js$/.test(attr(s, 'src') ?? ''));
    expect(boot).toHaveLength(1);
    // Classic and blocking: no type="module", async or defer.
    expect(boot[0]!.attrs.map((a) => a.name)).toEqual(['src']);
    // Before every stylesheet and other script, so it runs before the body is parsed.
    const elements = findAll(head, (el) => el.tagName === 'script' || (el.tagName === 'link' && attr(el, 'rel') === 'stylesheet'));
    expect(elements[0]).toBe(boot[0]);
  });

  it('shows the whole plan’s contents beside the text on the home page, the parts and 全文 only', () => {
    const withSide = routes.filter((route) => findAll(readPage(route), (el) => attr(el, 'class') === 'side-contents').length > 0);
    const simplified = [
      '/',
      '/background/',
      '/full/',
      '/general-requirements/',
      '/implementation/',
      '/international-cooperation/',
      '/protection/',
      '/services/',
      '/talent/',
      '/utilization/',
    ];
    expect(withSide).toEqual([...simplified, ...simplified.map((route) => `/zh-hant${route}`)].sort());
    const side = findAll(readPage('/full/'), (el) => attr(el, 'class') === 'side-contents')[0]!;
    const links = findAll(side, byTag('a'));
    expect(links).toHaveLength(37);
    // On 全文 every link stays on the page, and every section is marked as it is read.
    expect(links.every((a) => attr(a, 'href')!.startsWith('#'))).toBe(true);
    expect(links.filter((a) => attr(a, 'data-section') !== undefined)).toHaveLength(28);
    for (const a of links) expect(readFileSync(fileForRoute('/full/'), 'utf8'), attr(a, 'href')).toContain(`id="${attr(a, 'href')!.slice(1)}"`);
  });

  const notFound = ['/404.html', '/zh-hant/404.html'];
  it('writes the share codes of both editions', () => {
    const shareable = routes.filter((r) => !notFound.includes(r));
    expect(shareable.filter((r) => r.startsWith('/zh-hant/'))).toEqual(shareable.filter((r) => !r.startsWith('/zh-hant/')).map((r) => `/zh-hant${r}`));
    expect(shareable).toHaveLength(74);
  });

  it.each(routes.filter((r) => !notFound.includes(r)))('%s has its QR code and one for each of its anchors, each decoding to its address', (route) => {
    const tools = findAll(readPage(route), byTag('reader-tools'))[0]!;
    const folder = attr(tools, 'data-qr-folder')!;
    expect(folder).toBe(`/qr${route}`);
    const image = findAll(tools, byTag('img'))[0]!;
    expect(attr(image, 'data-src')).toBe(`${folder}page.svg`);
    // The test build sets no SITE_URL: its addresses are the preview's. A 繁體中文 page's codes open that edition.
    const address = `${PREVIEW_SITE}${route}`;
    const caption = findAll(tools, byTag('figcaption'))[0]!;
    expect(textOf(caption)).toContain(address);
    expect(attr(image, 'alt')).toBe(`${route.startsWith('/zh-hant/') ? '本頁地址的QR碼' : '本页地址的二维码'}：${address}`);
    expect(decode(`${folder}page.svg`)).toBe(address);
    const ids = anchorIds(readFileSync(fileForRoute(route), 'utf8'));
    for (const id of ids) expect(existsSync(join(DIST, `${folder}${id}.svg`)), `${folder}${id}.svg`).toBe(true);
    // Decoding every code is slow; the first and last anchor stand for the rest.
    for (const id of [ids[0], ids.at(-1)].filter(Boolean)) expect(decode(`${folder}${id}.svg`)).toBe(`${address}#${id}`);
  });

  it.each(notFound)('the 404 page %s has no address to share', (route) => {
    const tools = findAll(readPage(route), byTag('reader-tools'))[0]!;
    expect(attr(tools, 'data-qr-folder')).toBeUndefined();
    expect(findAll(tools, byTag('img'))).toEqual([]);
  });

  it('shows no hosting records by default', () => {
    for (const route of routes) expect(findAll(readPage(route), (el) => attr(el, 'class') === 'site-records'), route).toEqual([]);
  });
});
