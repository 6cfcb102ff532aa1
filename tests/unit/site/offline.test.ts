import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { basePath } from '../../../src/build/offline-worker.ts';
import { formatBytes } from '../../../src/lib/site/file-size.ts';
import {
  IMMUTABLE_PATH,
  isCore,
  isOffered,
  offlineConfig,
  offlineVersion,
  pageAssets,
  revisionOf,
  serviceWorkerSource,
  OFFLINE_TEXT,
  urlOfFile,
  type BuiltFile,
} from '../../../src/lib/site/offline.ts';

const file = (path: string, text = path): BuiltFile => ({ path, content: new TextEncoder().encode(text) });

describe('isCore', () => {
  it('keeps the pages and the styles on a first visit', () => {
    for (const path of ['index.html', 'protection/index.html', 'glossary/index.html', '404.html', '_astro/BaseLayout.BNzMWlph.css', 'favicon.svg']) {
      expect(isCore(path), path).toBe(true);
    }
  });

  it('leaves 全文, 数字速查, the site’s reference pages, scripts, the search bundle and the downloads for when they are used', () => {
    for (const path of [
      'full/index.html',
      'figures/index.html',
      'checks/index.html',
      'about/index.html',
      'handout/index.html',
      'search/index.html',
      '_astro/SiteSearch.astro_astro_type_script_index_0_lang.wneKXcDs.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/fragment/zh-cn_11623f8.pf_fragment',
      'charts/t1.svg',
      'charts/t1.png',
      'charts/t1.csv',
      'share/plan.png',
      'data/plan-blocks.json',
      'sw.js',
    ]) {
      expect(isCore(path), path).toBe(false);
    }
  });
});

describe('isOffered', () => {
  it('offers every file but the worker and what is for crawlers', () => {
    expect(['sw.js', 'robots.txt', 'sitemap.xml'].filter(isOffered)).toEqual([]);
    expect(['share/plan.png', 'pagefind/wasm.unknown.pagefind', 'full/index.html'].every(isOffered)).toBe(true);
  });
});

describe('urlOfFile', () => {
  it('gives the URL a reader requests, under the base', () => {
    expect(urlOfFile('/', 'index.html')).toBe('/');
    expect(urlOfFile('/', 'protection/index.html')).toBe('/protection/');
    expect(urlOfFile('/', '404.html')).toBe('/404.html');
    expect(urlOfFile('/plan/', 'index.html')).toBe('/plan/');
    expect(urlOfFile('/plan/', 'protection/index.html')).toBe('/plan/protection/');
    expect(urlOfFile('/plan/', 'pagefind/pagefind.js')).toBe('/plan/pagefind/pagefind.js');
  });
});

describe('IMMUTABLE_PATH', () => {
  it('matches only names that change with their content', () => {
    expect(IMMUTABLE_PATH.test('/_astro/chart-points.CbhdjRB9.js')).toBe(true);
    expect(IMMUTABLE_PATH.test('/plan/_astro/chart-points.CbhdjRB9.js')).toBe(true);
    expect(IMMUTABLE_PATH.test('/pagefind/fragment/zh-cn_11623f8.pf_fragment')).toBe(true);
    expect(IMMUTABLE_PATH.test('/pagefind/pagefind.zh-cn_96a811eaa76fc.pf_meta')).toBe(true);
    for (const path of ['/', '/protection/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.unknown.pagefind', '/charts/t1.svg']) {
      expect(IMMUTABLE_PATH.test(path), path).toBe(false);
    }
  });
});

describe('revisionOf', () => {
  it('is the first 10 hex digits of the SHA-256 of the bytes, as the worker computes it', () => {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(revisionOf(new TextEncoder().encode('abc'))).toBe('ba7816bf8f');
    expect(revisionOf(new TextEncoder().encode('abd'))).not.toBe('ba7816bf8f');
  });
});

describe('offlineVersion', () => {
  const build = [file('index.html', '<h1>规划</h1>'), file('_astro/a.1.js'), file('share/plan.png', 'png')];

  it('is the same for the same files in any order', () => {
    expect(offlineVersion(build)).toMatch(/^[0-9a-f]{16}$/);
    expect(offlineVersion([...build].reverse())).toBe(offlineVersion(build));
  });

  it('changes when any file changes, even one not kept offline, or is renamed', () => {
    const version = offlineVersion(build);
    expect(offlineVersion([file('index.html', '<h1>规划。</h1>'), build[1]!, build[2]!])).not.toBe(version);
    expect(offlineVersion([build[0]!, build[1]!, file('share/plan.png', 'png2')])).not.toBe(version);
    expect(offlineVersion([build[0]!, file('_astro/a.2.js', '_astro/a.1.js'), build[2]!])).not.toBe(version);
  });
});

describe('pageAssets', () => {
  it('finds what a page names and what those modules import statically, not the chunks loaded on demand', () => {
    const files = [
      file('index.html', '<link rel="stylesheet" href="/plan/_astro/Base.A1.css"><script type="module" src="/plan/_astro/Search.B2.js"></script>'),
      file('about/index.html', '<link rel="stylesheet" href="/plan/_astro/Base.A1.css">'),
      file('_astro/Base.A1.css', 'body{}'),
      file('_astro/Search.B2.js', 'import{a as e}from"./helper.C3.js";const m=["_astro/dialog.D4.js"];e(()=>import(`./dialog.D4.js`))'),
      file('_astro/helper.C3.js', 'export const a=1'),
      file('_astro/dialog.D4.js', 'import"./helper.C3.js";'),
      file('_astro/unused.E5.js', ''),
      // The 繁體中文 edition loads its own copies of the scripts, which import their neighbours.
      file('zh-hant/index.html', '<link rel="stylesheet" href="/plan/_astro/Base.A1.css"><script type="module" src="/plan/zh-hant/_astro/Search.B2.js"></script>'),
      file('zh-hant/_astro/Search.B2.js', 'import{a as e}from"./helper.C3.js";'),
      file('zh-hant/_astro/helper.C3.js', 'export const a=1'),
    ];
    expect(Object.fromEntries(pageAssets(files))).toEqual({
      'index.html': ['_astro/Base.A1.css', '_astro/Search.B2.js', '_astro/helper.C3.js'],
      'about/index.html': ['_astro/Base.A1.css'],
      'zh-hant/index.html': ['_astro/Base.A1.css', 'zh-hant/_astro/Search.B2.js', 'zh-hant/_astro/helper.C3.js'],
    });
  });
});

describe('offlineConfig and serviceWorkerSource', () => {
  const files = [
    file('protection/index.html', '<link rel="stylesheet" href="/plan/_astro/x.1.css">'),
    file('index.html'),
    file('full/index.html', 'the whole plan'),
    file('charts/t1.png', 'a'.repeat(1000)),
    file('_astro/x.1.css'),
    file('robots.txt'),
  ];
  const config = offlineConfig('/plan/', files);

  it('lists every file a reader can fetch, under the base, in order, with its revision', () => {
    expect(config.base).toBe('/plan/');
    expect(config.files).toEqual([
      ['/plan/', revisionOf(files[1]!.content)],
      ['/plan/_astro/x.1.css', revisionOf(files[4]!.content)],
      ['/plan/charts/t1.png', revisionOf(files[3]!.content)],
      ['/plan/full/', revisionOf(files[2]!.content)],
      ['/plan/protection/', revisionOf(files[0]!.content)],
    ]);
  });

  it('marks the core by index, and each page’s assets', () => {
    expect(config.core.map((i) => config.files[i]![0])).toEqual(['/plan/', '/plan/_astro/x.1.css', '/plan/protection/']);
    expect(config.assets).toEqual({ 4: [1] });
  });

  it('counts what 离线保存全部 costs, on disk and gzipped', () => {
    const offered = files.filter((f) => f.path !== 'robots.txt');
    expect(config.all.files).toBe(5);
    expect(config.all.bytes).toBe(offered.reduce((sum, f) => sum + f.content.length, 0));
    // The PNG's 1,000 repeated bytes gzip to almost nothing; short files stay at their size, never more.
    const gzipped = offered.reduce((sum, f) => sum + Math.min(f.content.length, gzipSync(f.content, { level: 9 }).length), 0);
    expect(config.all.gzipBytes).toBe(gzipped);
    expect(config.all.gzipBytes).toBeLessThan(config.all.bytes - 900);
  });

  it('puts the configuration before the worker', () => {
    const source = serviceWorkerSource('self.addEventListener("install", () => {});', config);
    const declared = /^const OFFLINE = (.*);$/m.exec(source)![1]!;
    expect(JSON.parse(declared)).toEqual({ ...config, immutable: IMMUTABLE_PATH.source });
    expect(source.endsWith('self.addEventListener("install", () => {});')).toBe(true);
  });

  it('gives the worker each edition’s text, the site’s own last for every other path', () => {
    const hant = { path: 'zh-hant/', text: { ...OFFLINE_TEXT, lang: 'zh-Hant', offline: '您已離線' } };
    const declared = /^const EDITIONS = (.*);$/m.exec(serviceWorkerSource('', config, [hant]))![1]!;
    expect(JSON.parse(declared)).toEqual([hant, { path: '', text: OFFLINE_TEXT }]);
    expect(OFFLINE_TEXT.offline).toBe('您已离线');
  });
});

describe('formatBytes', () => {
  it('writes KB below 1000 KB and MB with one decimal above', () => {
    expect(formatBytes(100)).toBe('1 KB');
    expect(formatBytes(152_000)).toBe('148 KB');
    expect(formatBytes(1_023_999)).toBe('1000 KB');
    expect(formatBytes(1_264_000)).toBe('1.2 MB');
    expect(formatBytes(2_247_000)).toBe('2.1 MB');
  });
});

describe('basePath', () => {
  it('reads BASE_PATH with the slashes Astro gives BASE_URL', () => {
    expect(basePath('/')).toBe('/');
    expect(basePath('plan')).toBe('/plan/');
    expect(basePath('/plan')).toBe('/plan/');
    expect(basePath('/plan/')).toBe('/plan/');
    expect(basePath('/a/b/')).toBe('/a/b/');
  });
});
