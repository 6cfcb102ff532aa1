/** The build's content-keyed cache (src/lib/site/build-cache.ts): computed once per key, pruned of what a build left unused. */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_CACHE_ROOT, CacheTable, cacheFile, cachedText, cachedTextAsync, placeCached, pruneBuildCache } from '../../../src/lib/site/build-cache.ts';

// A kind of this test's own, so that no build's entries are touched.
const KIND = `unit-test-${process.pid}-${Date.now()}`;
afterAll(() => {
  rmSync(join(BUILD_CACHE_ROOT, KIND), { recursive: true, force: true });
  rmSync(join(BUILD_CACHE_ROOT, `${KIND}.json`), { force: true });
});

describe('the build cache', () => {
  it('computes a result once per key, and again when any part of the key changes', () => {
    let computed = 0;
    const compute = () => `结果${(computed += 1)}`;
    expect(cachedText(KIND, ['甲', '乙'], compute)).toBe('结果1');
    expect(cachedText(KIND, ['甲', '乙'], compute)).toBe('结果1');
    expect(cachedText(KIND, ['甲乙'], compute)).toBe('结果2');
    expect(cachedText(KIND, ['乙', '甲'], compute)).toBe('结果3');
    expect(computed).toBe(3);
  });

  it('does not keep a result whose computation failed', () => {
    expect(() => cachedText(KIND, ['失败'], () => { throw new Error('转换失败'); })).toThrow('转换失败');
    expect(existsSync(cacheFile(KIND, ['失败']))).toBe(false);
    expect(cachedText(KIND, ['失败'], () => '这次成功')).toBe('这次成功');
  });

  it('awaits an asynchronous computation once, and keeps nothing when it fails', async () => {
    let computed = 0;
    const compute = async () => `异步${(computed += 1)}`;
    expect(await cachedTextAsync(KIND, ['异步'], compute)).toBe('异步1');
    expect(await cachedTextAsync(KIND, ['异步'], compute)).toBe('异步1');
    await expect(cachedTextAsync(KIND, ['异步失败'], async () => { throw new Error('编译失败'); })).rejects.toThrow('编译失败');
    expect(existsSync(cacheFile(KIND, ['异步失败']))).toBe(false);
  });

  it('places a file with the content given, linked to its kept copy where links are allowed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-cached-'));
    try {
      placeCached(KIND, '<svg>甲</svg>', join(dir, 'a.svg'), 'svg');
      placeCached(KIND, '<svg>甲</svg>', join(dir, 'b.svg'), 'svg');
      placeCached(KIND, '<svg>乙</svg>', join(dir, 'c.svg'), 'svg');
      expect(readFileSync(join(dir, 'a.svg'), 'utf8')).toBe('<svg>甲</svg>');
      expect(readFileSync(join(dir, 'b.svg'), 'utf8')).toBe('<svg>甲</svg>');
      expect(readFileSync(join(dir, 'c.svg'), 'utf8')).toBe('<svg>乙</svg>');
      const kept = cacheFile(KIND, ['<svg>甲</svg>'], 'svg');
      expect(readFileSync(kept, 'utf8')).toBe('<svg>甲</svg>');
      // One copy on disk for the same content when the temporary folder shares the cache's volume (as here); a copy of its own otherwise.
      if (statSync(dir).dev === statSync(kept).dev) expect(statSync(join(dir, 'a.svg')).ino).toBe(statSync(kept).ino);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prunes the entries a build did not use and that are older than it, and keeps the rest', () => {
    const used = cachedText(KIND, ['用到的'], () => 'a', { prunable: true });
    expect(used).toBe('a');
    const old = cacheFile(KIND, ['以前的']);
    const recent = cacheFile(KIND, ['别的构建刚写的']);
    cachedText(KIND, ['以前的'], () => 'b');
    cachedText(KIND, ['别的构建刚写的'], () => 'c');
    // An entry from an earlier build; the other stands for one a build beside this one has just written.
    utimesSync(old, new Date(2020, 0, 1), new Date(2020, 0, 1));
    utimesSync(recent, new Date(Date.now() + 60_000), new Date(Date.now() + 60_000));
    // The entries the tests above wrote are newer than this process too: only the old one goes.
    expect(pruneBuildCache([KIND])).toBe(1);
    expect(existsSync(cacheFile(KIND, ['用到的']))).toBe(true);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(old)).toBe(false);
  });

  it('keeps small results in one table, and a flush keeps only those this process asked for', () => {
    const table = new CacheTable(KIND);
    let computed = 0;
    expect(table.get('甲', () => String((computed += 1)))).toBe('1');
    expect(table.get('甲', () => String((computed += 1)))).toBe('1');
    table.flush();
    const again = new CacheTable(KIND);
    expect(again.get('甲', () => 'recomputed')).toBe('1');
    expect(again.get('乙', () => '2')).toBe('2');
    again.flush();
    const third = new CacheTable(KIND);
    expect(third.get('乙', () => 'recomputed')).toBe('2');
    expect(third.get('甲', () => 'recomputed')).toBe('1');
  });
});
