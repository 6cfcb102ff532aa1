/**
 * What a first visit costs a reader with the offline worker, besides the page
 * itself: issue 11 allows about 150 KB gzipped. The whole plan must still read
 * offline after it: home with the preamble, every part, 专栏, 指标 and the
 * glossary their terms link to.
 */
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/offline-worker.ts';
import { offlineConfig, wireBytes } from '../../src/lib/site/offline.ts';
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

  it('costs at most 150 KB gzipped besides the page being read', () => {
    const gzip = core.reduce((sum, url) => sum + wireBytes(byUrl.get(url)!.content), 0);
    expect(gzip).toBeGreaterThan(50_000);
    expect(gzip).toBeLessThanOrEqual(150_000);
  });
});
