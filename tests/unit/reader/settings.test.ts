import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, LARGEST_TEXT_STEP, parseSettings, serializeSettings, settingsAttributes, STORAGE_KEY, TEXT_SIZES, THEMES } from '../../../src/lib/reader/settings.ts';

const BOOT = readFileSync(new URL('../../../src/client/reader-boot.js', import.meta.url), 'utf8');

/** Runs the head script against a stored value (or a storage that throws) and returns the attributes it set on <html>. */
function boot(stored: string | null | Error): Record<string, string> {
  const attributes: Record<string, string> = {};
  const localStorage = {
    getItem(key: string) {
      if (stored instanceof Error) throw stored;
      return key === STORAGE_KEY ? stored : null;
    },
  };
  runInNewContext(BOOT, {
    window: { localStorage },
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
    JSON,
    String,
  });
  return attributes;
}

const expected = (raw: string | null) => {
  const attrs = Object.fromEntries(Object.entries(settingsAttributes(parseSettings(raw))).filter(([, v]) => v !== null));
  return { 'data-reader': '', ...attrs };
};

describe('reader settings', () => {
  it('offers three themes, five text sizes up to twice the default', () => {
    expect(THEMES.map((t) => t.label)).toEqual(['跟随系统', '浅色', '深色']);
    expect(TEXT_SIZES.map((s) => s.percent)).toEqual([100, 125, 150, 175, 200]);
    expect(LARGEST_TEXT_STEP).toBe(4);
  });

  it('reads back what it saved, and falls back to the defaults for anything else', () => {
    const chosen = { theme: 'dark', size: 4, contrast: true } as const;
    expect(parseSettings(serializeSettings(chosen))).toEqual(chosen);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{broken')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"theme":"sepia","size":9,"contrast":"yes"}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"size":2.5}').size).toBe(0);
  });

  it('puts only the chosen settings on <html>', () => {
    expect(settingsAttributes(DEFAULT_SETTINGS)).toEqual({ 'data-theme': null, 'data-text-size': null, 'data-contrast': null });
    expect(settingsAttributes({ theme: 'light', size: 2, contrast: true })).toEqual({ 'data-theme': 'light', 'data-text-size': '2', 'data-contrast': 'more' });
  });

  it.each([
    null,
    '{broken',
    '"dark"',
    '{"theme":"dark"}',
    '{"theme":"light","size":1}',
    '{"theme":"auto","size":4,"contrast":true}',
    '{"theme":"sepia","size":5,"contrast":1}',
    '{"size":"3"}',
    '{"size":3,"contrast":true}',
  ])('the head script sets the same attributes as the settings module for %s', (raw) => {
    expect(boot(raw)).toEqual(expected(raw));
  });

  it('the head script still marks scripts as running when storage is refused', () => {
    expect(boot(new Error('SecurityError'))).toEqual({ 'data-reader': '' });
  });
});
