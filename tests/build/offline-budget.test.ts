/**
 * What a first visit costs. With the offline worker, besides the page
 * itself: issue 11 allows about 150 KB gzipped; 160 KB since the fact-checks'
 * sources on the glossary (41.3 KB of it) took it to 152.2 KB. The whole plan must still read
 * offline after it: home with the preamble, every part, 专栏, 指标 and the
 * glossary their terms link to. The page itself, part 三 on a phone: issue 25
 * allows 22 KB gzipped in 12 requests (src/lib/site/first-load.ts).
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/offline-worker.ts';
import { FIRST_LOAD_BUDGET, firstLoadOf } from '../../src/lib/site/first-load.ts';
import { offlineConfig, pageAssets, wireBytes } from '../../src/lib/site/offline.ts';
import { DIST, requireDist } from '../support/dist.ts';

describe('the first visit with the offline worker', () => {
  requireDist();
  const files = listFiles(DIST);
  const config = offlineConfig('/', files);
  const byUrl = new Map(config.files.map(([url]) => [url, files.find((f) => `/${f.path}`.replace(/index\.html$/, '') === url)!]));
  const core = config.core.map((i) => config.files[i]![0]);

  it('keeps every page of the plan and the glossary, and no page that repeats them', () => {
    const pages = core.filter((url) => url.endsWith('/') || url.endsWith('.html'));
    expect(pages).toEqual([
      '/',
      '/404.html',
      '/background/',
      '/columns/',
      '/general-requirements/',
      '/glossary/',
      '/implementation/',
      '/indicators/',
      '/international-cooperation/',
      '/protection/',
      '/services/',
      '/talent/',
      '/utilization/',
    ]);
  });

  it('costs at most 160 KB gzipped besides the page being read', () => {
    const gzip = core.reduce((sum, url) => sum + wireBytes(byUrl.get(url)!.content), 0);
    expect(gzip).toBeGreaterThan(50_000);
    // In the site's own unit: a KB is 1,024 bytes, as the build's summary, /about/ and 离线保存全部 count it (formatBytes).
    expect(gzip).toBeLessThanOrEqual(160 * 1024);
    // /about/ states the budget this test holds, not a figure the site outgrew (review 19: it said 约140 KB at 145.8 KB).
    const about = new TextDecoder().decode(files.find((f) => f.path === 'about/index.html')!.content);
    expect(about).toContain('没有网络时也可以阅读整部规划；这部分不超过160 KB（压缩传输）。');
    expect(about).not.toContain('约140 KB');
    expect(about).not.toContain('不超过150 KB');
  });
});

describe('the first load of part 三, the plan’s longest part', () => {
  requireDist();
  const files = listFiles(DIST);
  const assets = pageAssets(files);

  it.each(['protection/index.html', 'zh-hant/protection/index.html'])('%s: at most 22 KB gzipped in at most 12 requests, one script of the site’s own', (page) => {
    const load = firstLoadOf(files, page, assets);
    expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET.gzipBytes);
    expect(load.requests).toBeLessThanOrEqual(FIRST_LOAD_BUDGET.requests);
    // The blocking settings script in the head, the one boot script and the helper its on-demand imports share.
    const scripts = load.files.map((f) => f.path.replace(/^(zh-hant\/)?_astro\//, '').replace(/\.[\w-]+\.js$/, '.js')).filter((path) => path.endsWith('.js'));
    expect(scripts.sort()).toEqual(['BaseLayout.astro_astro_type_script_index_0_lang.js', 'preload-helper.js', 'reader-boot.js']);
  });
});
