/**
 * The reader's settings: theme, text size and contrast, kept in localStorage
 * and shown as attributes on <html>, which the stylesheet reads.
 *
 * src/client/reader-boot.js applies the saved settings before the first paint,
 * so a page never shows the wrong theme or size for a moment: a classic
 * blocking script in <head>, loaded as a file because the CSP allows no inline
 * script, in plain ES5 because it runs before anything else in whatever browser
 * the reader has. It also sets data-reader, which shows the page tools that
 * need scripts. A storage error or a broken value leaves the defaults. It
 * repeats these names and values; a unit test runs it against them.
 */
export const STORAGE_KEY = 'ln-plan-reader';

export const THEMES = [
  { value: 'auto', label: '跟随系统' },
  { value: 'light', label: '浅色' },
  { value: 'dark', label: '深色' },
] as const;
export type Theme = (typeof THEMES)[number]['value'];

/** Text size steps as a share of the default; the last is twice it. Step 0 is the default. */
export const TEXT_SIZES = [
  { step: 0, percent: 100, label: '标准' },
  { step: 1, percent: 125, label: '1.25倍' },
  { step: 2, percent: 150, label: '1.5倍' },
  { step: 3, percent: 175, label: '1.75倍' },
  { step: 4, percent: 200, label: '2倍' },
] as const;
export const LARGEST_TEXT_STEP = TEXT_SIZES.length - 1;

export interface ReaderSettings {
  theme: Theme;
  /** An index into TEXT_SIZES. */
  size: number;
  contrast: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = { theme: 'auto', size: 0, contrast: false };

/** The saved settings, or the defaults for anything missing or unreadable. */
export function parseSettings(raw: string | null): ReaderSettings {
  let saved: unknown;
  try {
    saved = JSON.parse(raw ?? 'null');
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  if (!saved || typeof saved !== 'object') return { ...DEFAULT_SETTINGS };
  const { theme, size, contrast } = saved as Record<string, unknown>;
  return {
    theme: THEMES.some((t) => t.value === theme && t.value !== 'auto') ? (theme as Theme) : 'auto',
    size: Number.isInteger(size) && (size as number) > 0 && (size as number) <= LARGEST_TEXT_STEP ? (size as number) : 0,
    contrast: contrast === true,
  };
}

export function serializeSettings(settings: ReaderSettings): string {
  return JSON.stringify(settings);
}

/** The attributes <html> carries for these settings; a default leaves its attribute off. */
export function settingsAttributes(settings: ReaderSettings): Record<'data-theme' | 'data-text-size' | 'data-contrast', string | null> {
  return {
    'data-theme': settings.theme === 'auto' ? null : settings.theme,
    'data-text-size': settings.size === 0 ? null : String(settings.size),
    'data-contrast': settings.contrast ? 'more' : null,
  };
}
