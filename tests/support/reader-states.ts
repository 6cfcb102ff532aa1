/**
 * The reader states issue 14 asks every page to pass in: the system's light
 * and dark schemes, the high-contrast setting in each, and the largest text
 * size. A state's settings are stored as a returning reader's would be, so
 * the page's own boot script applies them before the first paint.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ReaderSettings } from '../../src/lib/reader/settings.ts';

export interface ReaderState {
  colorScheme: 'light' | 'dark';
  settings?: Partial<ReaderSettings>;
  /** The page's background and text colours in this state. */
  colours: [string, string];
}

export const STATES = {
  light: { colorScheme: 'light', colours: ['rgb(253, 252, 249)', 'rgb(28, 27, 25)'] },
  dark: { colorScheme: 'dark', colours: ['rgb(22, 23, 26)', 'rgb(233, 230, 224)'] },
  'high contrast': { colorScheme: 'light', settings: { contrast: true }, colours: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'] },
  'high contrast, dark': { colorScheme: 'dark', settings: { contrast: true }, colours: ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'] },
  'the largest text': { colorScheme: 'light', settings: { size: 4 }, colours: ['rgb(253, 252, 249)', 'rgb(28, 27, 25)'] },
} as const satisfies Record<string, ReaderState>;

export type StateName = keyof typeof STATES;

/** The settings as reader-boot.js reads them from localStorage. */
export const savedSettings = (state: ReaderState) => JSON.stringify({ theme: 'auto', size: 0, contrast: false, ...state.settings });

/** Stores `state`'s settings for every page the context opens from now on. */
export async function saveSettings(context: BrowserContext, state: ReaderState): Promise<void> {
  await context.addInitScript((value) => localStorage.setItem('ln-plan-reader', value), savedSettings(state));
}

export const colours = (page: Page) => page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
export const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
