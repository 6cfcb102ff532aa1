import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANT_CONVERSION, HANT_CORRECTIONS, toHant, uncorrected } from '../../../src/lib/hant/convert.ts';
import { buildFoldMaps, foldQuery } from '../../../src/lib/hant/fold.ts';
import { hantPage } from '../../../src/lib/hant/page.ts';
import { hansPath, hantPath, isPageLink } from '../../../src/lib/hant/paths.ts';

const source = readFileSync(new URL('../../fixtures/plan-source.txt', import.meta.url), 'utf8');

describe('the conversion', () => {
  it('names the installed opencc-js version', () => {
    const installed = JSON.parse(readFileSync(new URL('../../../node_modules/opencc-js/package.json', import.meta.url), 'utf8'));
    expect(HANT_CONVERSION.version).toBe(installed.version);
  });

  it('changes character forms only, never words, numbers or marks', () => {
    expect(toHant('加强知识产权质押融资，30.96亿元（2020年），GB/T34833-2017')).toBe('加強知識產權質押融資，30.96億元（2020年），GB/T34833-2017');
    expect(toHant('推进“放管服”改革，建设制造强省')).toBe('推進“放管服”改革，建設製造強省');
    // Every line of the plan keeps its length: a character for a character.
    expect([...toHant(source)].length).toBe([...source].length);
  });

  it.each(HANT_CORRECTIONS.map(([hans, hant]) => [hans, hant]))('corrects OpenCC where it cuts the plan wrongly: %s → %s', (hans, hant) => {
    expect(source).toContain(hans);
    expect(uncorrected(hans)).not.toBe(hant);
    expect(toHant(hans)).toBe(hant);
  });

  it('leaves no hair (髮) nor concurrency (併) in the plan', () => {
    expect(toHant(source)).not.toMatch(/[髮併]/);
  });

  it('keeps the plan title as published where it is cited', () => {
    expect(toHant('见《辽宁省“十四五”知识产权保护和运用规划》三（二）第4段')).toBe('見《辽宁省“十四五”知识产权保护和运用规划》三（二）第4段');
    expect(toHant('辽宁省“十四五”知识产权保护和运用规划')).toBe('遼寧省“十四五”知識產權保護和運用規劃');
  });
});

describe('query folding from the plan text', () => {
  const maps = buildFoldMaps(source, toHant(source));

  it('folds a Traditional query to the Simplified edition and back', () => {
    expect(foldQuery('專利質押', maps.toHans)).toBe('专利质押');
    expect(foldQuery('商標品牌', maps.toHans)).toBe('商标品牌');
    expect(foldQuery('专利质押', maps.toHant)).toBe('專利質押');
    expect(foldQuery('商标品牌', maps.toHant)).toBe('商標品牌');
    expect(foldQuery('10%，PCT', maps.toHant)).toBe('10%，PCT');
  });

  it('decides a character with two Traditional forms by its neighbour, as the plan pairs them', () => {
    expect(toHant('制度')).toBe('制度');
    expect(foldQuery('制度', maps.toHant)).toBe('制度');
    expect(foldQuery('制造', maps.toHant)).toBe('製造');
  });

  it('holds only the characters the plan uses', () => {
    const changed = new Set([...source].filter((c) => toHant(c) !== c));
    expect(Object.keys(maps.toHant.chars).every((c) => source.includes(c))).toBe(true);
    expect(Object.keys(maps.toHant.chars).length).toBeGreaterThanOrEqual(changed.size - 12);
    expect(Object.keys(maps.toHant.chars).length).toBeLessThan(400);
  });
});

describe('paths between editions', () => {
  it('maps a page to its twin and back under any base', () => {
    expect(hantPath('/', '/protection/')).toBe('/zh-hant/protection/');
    expect(hantPath('/plan/', '/plan/')).toBe('/plan/zh-hant/');
    expect(hansPath('/plan/', '/plan/zh-hant/talent/')).toBe('/plan/talent/');
    expect(() => hantPath('/plan/', '/talent/')).toThrow(/not under the base/);
  });

  it('tells pages from files', () => {
    expect(isPageLink('/', '/glossary/#term-x')).toBe(true);
    expect(isPageLink('/', '/search/?q=a')).toBe(true);
    expect(isPageLink('/', '/data/')).toBe(true);
    expect(isPageLink('/', '/charts/t1.svg')).toBe(false);
    expect(isPageLink('/', '/pagefind/')).toBe(false);
    expect(isPageLink('/', '/zh-hant/talent/')).toBe(false);
    expect(isPageLink('/plan/', '/talent/')).toBe(false);
    expect(isPageLink('/', 'https://zscq.ln.gov.cn/')).toBe(false);
  });
});

describe('the printed footer', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const style = '@page { @bottom-left { content: "来源：辽宁省知识产权局 · 本页：https://x.example/talent/"; } }';
  const html = `<html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="style-src 'self' ${hash(style)}"><style>${style}</style></head><body></body></html>`;

  it("names the edition's own address in its script, and the CSP allows the new style", () => {
    const out = hantPage(html, { base: '/', path: '/talent/' });
    const next = '@page { @bottom-left { content: "來源：遼寧省知識產權局 · 本頁：https://x.example/zh-hant/talent/"; } }';
    expect(out).toContain(`<style>${next}</style>`);
    expect(out).toContain(`content="style-src 'self' ${hash(next)}"`);
    expect(out).not.toContain(hash(style));
  });

  it('leaves a <meta> policy that does not list the style (it comes before the meta) as it is', () => {
    const out = hantPage(html.replace(hash(style), "'sha256-x'"), { base: '/', path: '/talent/' });
    expect(out).toContain(`content="style-src 'self' 'sha256-x'"`);
  });
});

describe('a page converted', () => {
  const html = [
    '<!doctype html><html lang="zh-CN"><head><title>知识产权</title>',
    '<link rel="canonical" href="https://x.example/plan/talent/">',
    '<meta property="og:url" content="https://x.example/plan/talent/"><meta name="description" content="人才队伍">',
    '<script type="module" src="/plan/_astro/a.js"></script><style>.a::before{content:"标"}</style></head>',
    '<body><a href="/plan/zh-hant/talent/" data-edition-switch>繁體中文</a>',
    '<p id="s6-1-p1" class="verdict--一致">加强<a href="/plan/glossary/#term-a" data-definition="专利权">专利</a>保护 &amp; 30.96亿元</p>',
    '<a href="/plan/charts/t1.svg" aria-label="下载图表">SVG</a><svg><text>质押</text></svg>',
    '<site-search data-bundle="/plan/pagefind/"><template><pagefind-config bundle-path="/plan/pagefind/" lang="zh-cn"></pagefind-config><p>搜索规划</p></template></site-search>',
    '</body></html>',
  ].join('');
  const out = hantPage(html, { base: '/plan/', path: '/plan/talent/' });

  it('converts the text, the attributes read aloud or shown, SVG and templates', () => {
    expect(out).toContain('<title>知識產權</title>');
    expect(out).toContain('content="人才隊伍"');
    expect(out).toContain('加強<a href="/plan/zh-hant/glossary/#term-a" data-definition="專利權">專利</a>保護 &amp; 30.96億元');
    expect(out).toContain('aria-label="下載圖表"');
    expect(out).toContain('<text>質押</text>');
    expect(out).toContain('<p>搜索規劃</p>');
  });

  it('keeps code, classes, assets and ids as they are, and points search at its own index', () => {
    expect(out).toContain('<script type="module" src="/plan/_astro/a.js"></script><style>.a::before{content:"标"}</style>');
    expect(out).toContain('class="verdict--一致"');
    expect(out).toContain('href="/plan/charts/t1.svg"');
    expect(out).toContain('data-bundle="/plan/zh-hant/pagefind/"');
    expect(out).toContain('bundle-path="/plan/zh-hant/pagefind/" lang="zh-tw"');
  });

  it('is the edition zh-Hant, with its own address and a switch back to the same page', () => {
    expect(out).toContain('<html lang="zh-Hant">');
    expect(out).toContain('<link rel="canonical" href="https://x.example/plan/zh-hant/talent/">');
    expect(out).toContain('<meta property="og:url" content="https://x.example/plan/zh-hant/talent/">');
    expect(out).toContain('<a href="/plan/talent/" hreflang="zh-Hans" lang="zh-Hans" class="edition-switch" data-edition-switch>简体中文</a>');
  });
});
