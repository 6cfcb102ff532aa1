/** Every page can be shared: its own title, description, canonical URL, Open Graph tags and image. */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, DIST, findAll, listPages, readPage, requireDist, textOf } from '../support/dist.ts';

beforeAll(requireDist);

// npm test builds without SITE_URL: a preview build, on the preview server's address.
const SITE = 'http://localhost:4321';
const meta = (page: ReturnType<typeof readPage>, key: string) =>
  findAll(page, (el) => el.tagName === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key)).map((el) => attr(el, 'content'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('sharing', () => {
  it('prints no placeholder address anywhere in the build', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|txt|json|csv|js|svg)$/.test(file));
    expect(files.length).toBeGreaterThan(40);
    expect(files.filter((file) => /ln-ip-plan\.example|\.example\//.test(readFileSync(`${DIST}/${file}`, 'utf8')))).toEqual([]);
  });

  const pages = listPages().filter((route) => route !== '/404.html');

  it('gives every page its own title and description', () => {
    const titles = pages.map((route) => textOf(findAll(readPage(route), byTag('title'))[0]!));
    expect(new Set(titles).size).toBe(pages.length);
    const descriptions = pages.map((route) => meta(readPage(route), 'description')[0]);
    expect(new Set(descriptions).size).toBe(pages.length);
  });

  it.each(pages)('%s has a canonical URL and Open Graph tags whose image exists', (route) => {
    const page = readPage(route);
    const canonical = attr(findAll(page, (el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical')[0]!, 'href');
    expect(canonical).toBe(`${SITE}${route}`);
    expect(meta(page, 'og:url')).toEqual([canonical]);
    expect(meta(page, 'og:title')[0]).toBeTruthy();
    expect(meta(page, 'og:description')).toEqual(meta(page, 'description'));
    expect(meta(page, 'og:locale')).toEqual([route.startsWith('/zh-hant/') ? 'zh_TW' : 'zh_CN']);
    const image = new URL(meta(page, 'og:image')[0]!);
    expect(image.origin).toBe(SITE);
    expect(pngSize(`${DIST}${image.pathname.slice(1)}`)).toEqual([1200, 630]);
  });

  it('gives each part its own share image', () => {
    expect(meta(readPage('/protection/'), 'og:image')).toEqual([`${SITE}/share/protection.png`]);
    expect(meta(readPage('/protection/'), 'og:type')).toEqual(['article']);
    expect(meta(readPage('/figures/'), 'og:image')).toEqual([`${SITE}/share/plan.png`]);
  });
});
