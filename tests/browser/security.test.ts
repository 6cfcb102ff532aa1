/** The Content-Security-Policy holds while the site is used: searching, charts, citing. */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();
const url = site.url;

describe('under the Content-Security-Policy', () => {
  it('searches, draws charts, checks progress and copies citations without a single violation', async () => {
    // With the offline worker, as a reader has it: its registration and fetches are under the policy too.
    const context = await site.newContext({ serviceWorkers: 'allow' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    await context.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = log;
      document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const violations = () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

    await page.goto(url('/general-requirements/?check=4&year=2023&value=6000'));
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal input').waitFor();
    await page.keyboard.type('质押融资');
    await page.locator('dialog pagefind-results a.pf-result-link').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('a.anchor[href="#t2-r3"]').click();
    await page.getByRole('button', { name: '复制引用（简式）' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('《辽宁省“十四五”知识产权保护和运用规划》表2第3行');
    expect(await violations()).toEqual([]);

    await page.goto(url('/utilization/?highlight=%E8%B4%A8%E6%8A%BC%E8%9E%8D%E8%B5%84#s4-4-p1'));
    await page.locator('mark.search-highlight').first().waitFor();
    await page.goto(url('/search/?q=PCT'));
    await page.locator('pagefind-results a.pf-result-link').first().waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);

    // And the policy is really in force: injected inline code does not run.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
    });
    // One report per policy in force: the page's <meta> and, from the local server as from nginx, the header.
    await expect.poll(async () => [...new Set(await violations())]).toEqual(['script-src-elem inline']);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await context.close();
  });
});
