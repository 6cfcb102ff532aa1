/**
 * site.newPage (tests/support/browser.ts) hands one page on from test to test:
 * the next test must find it as a first visit would, or tests would pass or
 * fail by the order they run in.
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();

describe('a page that site.newPage hands on', () => {
  it('comes back cleared: nothing stored, no permission, no listener, the viewport and scheme asked for', async () => {
    const first = await site.newPage({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
    await first.goto(site.url('/protection/'));
    await first.evaluate(() => {
      localStorage.setItem('ln-plan-reader', JSON.stringify({ theme: 'dark', size: 4, contrast: true }));
      sessionStorage.setItem('left', 'behind');
    });
    await first.context().grantPermissions(['clipboard-read'], { origin: new URL(site.server.url).origin });
    const heard: string[] = [];
    first.on('console', (message) => heard.push(message.text()));
    await first.close();

    const second = await site.newPage();
    expect(second).toBe(first);
    expect(second.url()).toBe('about:blank');
    await second.goto(site.url('/protection/'));
    expect(await second.evaluate(() => [localStorage.length, sessionStorage.length, document.documentElement.hasAttribute('data-text-size')])).toEqual([0, 0, false]);
    expect(await second.evaluate(() => navigator.permissions.query({ name: 'clipboard-read' as PermissionName }).then((p) => p.state))).not.toBe('granted');
    expect(second.viewportSize()).toEqual({ width: 1280, height: 720 });
    expect(await second.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
    await second.evaluate(() => console.log('after the hand-over'));
    expect(heard).toEqual([]);
    await second.close();
  });

  it('refuses what it could not clear: an init script or a fake clock', async () => {
    const page = await site.newPage();
    await expect(page.context().addInitScript(() => undefined)).rejects.toThrow('site.newContext');
    await expect(page.addInitScript(() => undefined)).rejects.toThrow('site.newContext');
    await expect(page.clock.install()).rejects.toThrow('site.newContext');
    await page.close();
  });

  it('gives a context of its own for other options, closed with the page', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    const context = page.context();
    await page.close();
    expect(context.pages()).toEqual([]);
  });
});
