import { describe, expect, it } from 'vitest';
import { basePath } from '../../../scripts/build-offline.ts';
import { IMMUTABLE_PATH, isPrecached, offlineConfig, offlineVersion, serviceWorkerSource, urlOfFile, type BuiltFile } from '../../../src/lib/site/offline.ts';

const file = (path: string, text = path): BuiltFile => ({ path, content: new TextEncoder().encode(text) });

describe('isPrecached', () => {
  it('keeps the pages, the bundles, the whole search bundle and the charts’ SVG', () => {
    for (const path of [
      'index.html',
      'protection/index.html',
      '404.html',
      '_astro/SiteSearch.astro_astro_type_script_index_0_lang.wneKXcDs.js',
      '_astro/BaseLayout.BNzMWlph.css',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-component-ui.js',
      'pagefind/pagefind-component-ui.css',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zh-cn_96a811eaa76fc.pf_meta',
      'pagefind/index/zh-cn_4dffbaf.pf_index',
      'pagefind/fragment/zh-cn_11623f8.pf_fragment',
      'pagefind/filter/zh-cn_a47c605.pf_filter',
      'charts/t2-index.svg',
      'favicon.svg',
    ]) {
      expect(isPrecached(path), path).toBe(true);
    }
  });

  it('leaves the heavy downloads to the network', () => {
    for (const path of ['charts/t1.png', 'charts/t1.csv', 'share/plan.png', 'data/plan-blocks.json', 'data/figures.csv', 'sw.js']) {
      expect(isPrecached(path), path).toBe(false);
    }
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

describe('offlineConfig and serviceWorkerSource', () => {
  it('lists the kept URLs in order under the base and puts them before the worker', () => {
    const config = offlineConfig('/plan/', [file('protection/index.html'), file('index.html'), file('charts/t1.png'), file('_astro/x.1.css')]);
    expect(config.base).toBe('/plan/');
    expect(config.precache).toEqual(['/plan/_astro/x.1.css', '/plan/', '/plan/protection/']);
    const source = serviceWorkerSource('self.addEventListener("install", () => {});', config);
    const declared = /^const OFFLINE = (.*);$/m.exec(source)![1]!;
    expect(JSON.parse(declared)).toEqual({ ...config, immutable: IMMUTABLE_PATH.source });
    expect(source.endsWith('self.addEventListener("install", () => {});')).toBe(true);
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
