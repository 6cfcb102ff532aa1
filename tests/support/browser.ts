/** Debian's Chromium driven by playwright-core, against dist/ served on 127.0.0.1. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.ts';
import { DIST, requireDist } from './dist.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // No background traffic: this machine has no network, and a test must see only the site's own requests.
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function serveDist(base = '/') {
  return startStaticServer({ root: DIST, base, host: '127.0.0.1', port: 0 });
}

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface SiteInBrowser {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveDist>>;
  /** The served address of a route such as "/protection/#s3-2-p3". */
  url(route: string): string;
}

/** For a test file: serves dist/ and starts Chromium before its tests, and stops both after them. */
export function siteInBrowser(base = '/'): SiteInBrowser {
  const site = {
    url: (route: string) => new URL(route.slice(1), site.server.url).href,
  } as SiteInBrowser;
  beforeAll(async () => {
    requireDist();
    site.server = await serveDist(base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
