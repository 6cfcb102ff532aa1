/**
 * Issue 14's reader tools: the whole plan's contents beside the text on wide
 * screens, the reader settings (theme, text size, high contrast) kept across
 * visits and applied before the first paint, read aloud, share with a QR code
 * that decodes to the address, and the 打印 button, each in the light, dark
 * and high-contrast schemes and at the largest text size. Every page's own
 * check in those states is in tests/support/every-page.ts.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SITE } from '../../src/lib/site/site-url.ts';
import { STATE_RULES } from '../support/axe-rules.ts';
import { axeReport, siteInBrowser } from '../support/browser.ts';
import { decodeQrIn as decodeQr } from '../support/qr.ts';
import { colours, rootFontSize, saveSettings, STATES, type ReaderState, type StateName } from '../support/reader-states.ts';

const site = siteInBrowser();

type State = ReaderState;

/** A page in a fresh context whose saved settings are `state`'s, as a returning reader's would be. */
async function open(route: string, state: State, options: BrowserContextOptions = {}, init?: () => void): Promise<Page> {
  const context = await site.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: state.colorScheme, ...options });
  if (init) await context.addInitScript(init);
  if ('settings' in state && state.settings) await saveSettings(context, state);
  const page = await context.newPage();
  await page.goto(site.url(route));
  return page;
}

const close = (page: Page) => page.context().close();

describe.each(Object.entries(STATES))('in %s', (name, state) => {
  // One context in the state, its settings saved, for the tests that need nothing else of it: each is a new
  // load in it, on the screen it asks for and with no media emulated. A context each would cost a renderer each.
  let statePage: Page;
  beforeAll(async () => {
    const context = await site.newContext({ colorScheme: state.colorScheme });
    if ('settings' in state && state.settings) await saveSettings(context, state);
    statePage = await context.newPage();
  });
  afterAll(() => statePage?.context().close());

  /** `route` loaded in the state's page, on a screen `viewport` wide (1280 × 800 by default). */
  async function openInState(route: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    await statePage.emulateMedia({ media: null });
    await statePage.setViewportSize(viewport);
    await statePage.goto(site.url(route));
    return statePage;
  }

  // The side contents' place, marks and stickiness read no colour (every page's colours in each state are the sweep's):
  // checked where the layout differs, at the default and the largest text.
  if (name === 'light' || name === 'the largest text') {
    it('shows the whole plan’s contents beside the text on a wide screen, marks the section being read, and hides it in print', async () => {
      const page = await openInState('/protection/');
      expect(await colours(page)).toEqual(state.colours);
      const side = page.getByRole('navigation', { name: '规划目录' });
      expect(await side.isVisible()).toBe(true);
      // Every part and its sections: 1 preamble + 8 parts + 28 sections.
      expect(await side.getByRole('link').count()).toBe(37);
      expect(await side.locator('a[aria-current="page"]').textContent()).toBe('三、强化知识产权保护，促进经济高质量发展');
      // Beside the text, not above it.
      const [sideBox, textBox] = [await side.boundingBox(), await page.locator('article.plan-text').boundingBox()];
      expect(sideBox!.x + sideBox!.width).toBeLessThanOrEqual(textBox!.x);
      const marked = () => side.locator('a[aria-current="location"]').allTextContents();
      expect(await marked()).toEqual([]);
      await page.evaluate(() => {
        document.getElementById('s3-3')!.scrollIntoView({ block: 'start' });
        window.scrollBy(0, 10);
      });
      await expect.poll(marked).toEqual(['（三）统筹推进知识产权保护体系建设']);
      // Sticky: still in view far down the part.
      const box = await side.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y).toBeLessThan(800);
      // By keyboard: a section link followed with Enter moves there and the mark follows.
      await side.getByRole('link', { name: '（四）加强知识产权文化建设' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#s3-4$/);
      await expect.poll(marked).toEqual(['（四）加强知识产权文化建设']);
      // Other parts' sections lead to their own pages.
      expect(await side.getByRole('link', { name: '（四）深化知识产权金融服务' }).getAttribute('href')).toBe('/utilization/#s4-4');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('toc-current.side-contents').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    });
  }

  // Sharing reads no colour either: it runs where the layout differs; the panels' looks in every state are the
  // axe-core test's below. In all five it cost five new contexts (a renderer each) for the same answers.
  if (name === 'light' || name === 'the largest text') {
    it('shares the page and a paragraph: copy the link, a QR code that decodes to the address, and the system share sheet', async () => {
      // The system share sheet, as a phone browser offers it, recording what it is given.
      const page = await open('/protection/', state, {}, () => {
        (window as unknown as { shared: unknown[] }).shared = [];
        Object.defineProperty(navigator, 'share', { value: async (data: unknown) => (window as unknown as { shared: unknown[] }).shared.push(data) });
      });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      // The test build sets no SITE_URL: its addresses are the preview's.
      expect(canonical).toBe(`${PREVIEW_SITE}/protection/`);

      const share = page.getByRole('button', { name: '分享', exact: true });
      await share.focus();
      await page.keyboard.press('Enter');
      // The tools' code may load on this first press (site-boot.ts), which it then handles.
      await expect.poll(() => share.getAttribute('aria-expanded')).toBe('true');
      const panel = page.getByRole('group', { name: '分享本页' });
      expect(await panel.isVisible()).toBe(true);
      expect(await panel.getByRole('img').getAttribute('alt')).toBe(`本页地址的二维码：${PREVIEW_SITE}/protection/`);
      expect(await decodeQr(page, '#share-page img')).toBe(canonical);
      await panel.getByRole('button', { name: '复制链接' }).click();
      // The canonical address, not the test server's (the copy is never location.href).
      const here = canonical!;
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(here);
      await expect.poll(() => page.locator('reader-tools [role="status"]').textContent()).toBe(`已复制链接：${here}`);
      // Esc closes the panel and gives focus back to its button.
      await page.keyboard.press('Escape');
      expect(await panel.isVisible()).toBe(false);
      expect(await share.evaluate((el) => el === document.activeElement)).toBe(true);

      // A paragraph's anchor menu has its own code and share button.
      await page.locator('#s3-2-p2 a.anchor').focus();
      await page.keyboard.press('Enter');
      const menu = page.locator('.cite-menu');
      const qr = menu.getByRole('button', { name: '二维码' });
      await qr.focus();
      await page.keyboard.press('Enter');
      expect(await qr.getAttribute('aria-expanded')).toBe('true');
      expect(await decodeQr(page, '.cite-menu img')).toBe(`${PREVIEW_SITE}/protection/#s3-2-p2`);
      await menu.getByRole('button', { name: '系统分享…' }).click();
      expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([
        { title: '三、强化知识产权保护，促进经济高质量发展 - 辽宁知识产权“十四五”规划在线版', url: `${PREVIEW_SITE}/protection/#s3-2-p2` },
      ]);
      // The page's own panel offers the share sheet too.
      await page.getByRole('button', { name: '分享', exact: true }).click();
      await page.getByRole('group', { name: '分享本页' }).getByRole('button', { name: '系统分享…' }).click();
      expect(await page.evaluate(() => (window as unknown as { shared: Array<{ url: string }> }).shared.map((s) => s.url))).toEqual([
        `${PREVIEW_SITE}/protection/#s3-2-p2`,
        `${PREVIEW_SITE}/protection/`,
      ]);
      await close(page);
    });
  }

  // Not in high contrast: its screen colours are print's own (black on white), so a leak of them into print could not
  // show; in high contrast, dark, it could, and is checked.
  if (name !== 'high contrast') it('prints with the 打印 button, and prints exactly as before: no tools, black on white, the print size', async () => {
    const page = await openInState('/background/', name === 'the largest text' ? { width: 360, height: 740 } : undefined);
    // On a phone the tools are a bar at the foot of the screen, one tap away.
    if (name === 'the largest text') {
      expect(await page.locator('reader-tools').evaluate((el) => Math.round(el.getBoundingClientRect().bottom))).toBe(740);
      expect(await page.getByRole('navigation', { name: '网站导航' }).isVisible()).toBe(false);
    }
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => (window as unknown as { printed: number }).printed++;
    });
    const print = page.getByRole('button', { name: '打印' });
    await print.focus();
    await page.keyboard.press('Enter');
    // The tools' code loads on this first press (site-boot.ts), which it then handles: once.
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // Without a Chinese voice (headless Chromium has none), there is no read-aloud button.
    expect(await page.getByRole('button', { name: '朗读本页' }).count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('reader-tools').evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await colours(page)).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    // 11pt, whatever the text size chosen for the screen.
    expect(await rootFontSize(page)).toBe('14.6667px');
  });

  it('passes axe-core with the settings and share panels open', async () => {
    const page = await openInState('/protection/', name === 'the largest text' ? { width: 360, height: 740 } : undefined);
    await page.getByRole('button', { name: '阅读设置' }).click();
    // On a phone the panel opens over the text, above the tools' bar, and each of its 9 choices is a 44 px target.
    if (name === 'the largest text') {
      const targets = await page.locator('#reader-settings label').evaluateAll((labels) => labels.map((l) => Math.min(l.getBoundingClientRect().width, l.getBoundingClientRect().height)));
      expect([targets.length, Math.min(...targets) >= 44]).toEqual([9, true]);
      const [panelBottom, barTop] = await page.evaluate(() => [document.querySelector('#reader-settings')!.getBoundingClientRect().bottom, document.querySelector('reader-tools')!.getBoundingClientRect().top]);
      expect(Math.round(panelBottom)).toBe(Math.round(barTop));
    }
    // The panels' markup is the same in every state but for which of their controls is checked, which no rule
    // reads: the whole set in the light state, and in the others the rules the state can change (axe-rules.ts).
    // Only the tools themselves: the page around them is the every-page sweep's, in each state.
    const rules = STATE_RULES[name as StateName];
    const include = ['reader-tools'];
    let report = await axeReport(page, { rules, include });
    expect(report.violations).toEqual([]);
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await page.locator('#share-page img').evaluate((img: HTMLImageElement) => img.decode());
    report = await axeReport(page, { rules, include });
    expect(report.violations).toEqual([]);
    if (name.startsWith('high contrast')) expect(report.checked).toContain('color-contrast-enhanced');
  });
});

/** Records, at the first frame that has a body, what the page looks like: what a reader would see first. */
async function recordFirstFrame(page: Page): Promise<void> {
  await page.context().addInitScript(() => {
    const record = () => {
      if (!document.body) return requestAnimationFrame(record);
      (window as unknown as { firstFrame: unknown }).firstFrame = {
        attributes: ['data-theme', 'data-text-size', 'data-contrast'].map((a) => document.documentElement.getAttribute(a)),
        colours: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color],
        fontSize: getComputedStyle(document.documentElement).fontSize,
      };
    };
    requestAnimationFrame(record);
  });
}

/**
 * What recordFirstFrame saw, once the first frame has come: a load event can come before any frame
 * on a busy machine, so this waits for the record rather than reading it once.
 */
const firstFrame = (page: Page) => () => page.evaluate(() => (window as unknown as { firstFrame?: unknown }).firstFrame);

const current = (page: Page) =>
  page.evaluate(() => ({
    attributes: ['data-theme', 'data-text-size', 'data-contrast'].map((a) => document.documentElement.getAttribute(a)),
    colours: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color],
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));

describe('reader settings, chosen with the keyboard, kept across visits, with no flash of the wrong state', () => {
  it.each([
    { choice: '深色', system: 'light', attributes: ['dark', null, null], colours: STATES.dark!.colours, fontSize: '16px' },
    { choice: '浅色', system: 'dark', attributes: ['light', null, null], colours: STATES.light!.colours, fontSize: '16px' },
    { choice: '2倍', system: 'light', attributes: [null, '4', null], colours: STATES.light!.colours, fontSize: '32px' },
    { choice: '1.25倍', system: 'dark', attributes: [null, '1', null], colours: STATES.dark!.colours, fontSize: '20px' },
    { choice: '高对比度', system: 'light', attributes: [null, null, 'more'], colours: STATES['high contrast']!.colours, fontSize: '16px' },
    { choice: '高对比度', system: 'dark', attributes: [null, null, 'more'], colours: STATES['high contrast, dark']!.colours, fontSize: '16px' },
  ] as const)('$choice on a $system system', async ({ choice, system, attributes, colours: expected, fontSize }) => {
    const page = await open('/services/', { colorScheme: system, colours: ['', ''] });
    await recordFirstFrame(page);
    const before = await current(page);
    expect(before.attributes).toEqual([null, null, null]);
    const toggle = page.getByRole('button', { name: '阅读设置' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const control = page.getByRole('group', { name: '阅读设置' }).getByLabel(choice, { exact: true });
    await control.focus();
    await page.keyboard.press('Space');
    expect(await control.isChecked()).toBe(true);
    const now = await current(page);
    expect(now).toEqual({ attributes, colours: expected, fontSize });

    await page.reload();
    await expect.poll(firstFrame(page)).toEqual(now);
    expect(await current(page)).toEqual(now);
    // The panel shows the choice again.
    await page.getByRole('button', { name: '阅读设置' }).click();
    expect(await page.getByRole('group', { name: '阅读设置' }).getByLabel(choice, { exact: true }).isChecked()).toBe(true);
    // And another page of the site opens in it.
    await page.goto(site.url('/glossary/'));
    await expect.poll(firstFrame(page)).toEqual(now);
    await close(page);
  });

  it('applies the settings from a blocking script file in <head>, before the body is parsed', async () => {
    const page = await open('/', STATES.light!);
    const head = await page.evaluate(() => {
      const script = document.head.querySelector<HTMLScriptElement>('script[src*="reader-boot"]');
      return script && { async: script.async, defer: script.defer, type: script.type, module: script.type === 'module', inHead: script.parentElement === document.head };
    });
    expect(head).toEqual({ async: false, defer: false, type: '', module: false, inHead: true });
    await close(page);
  });

  it('shows no settings, share or print controls without JavaScript, and the page reads as before', async () => {
    const page = await open('/protection/', STATES.light!, { javaScriptEnabled: false });
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-reader'))).toBe(false);
    expect(await page.locator('reader-tools').isVisible()).toBe(false);
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await page.locator('#s3-2-p2').textContent()).toContain('揭榜挂帅');
    expect(await page.getByRole('navigation', { name: '规划目录' }).isVisible()).toBe(true);
    await close(page);
  });

  it('keeps today’s layout on a narrower screen: no side contents', async () => {
    const page = await open('/protection/', STATES.light!, { viewport: { width: 1099, height: 800 } });
    expect(await page.getByRole('navigation', { name: '规划目录' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '本部分目录' }).isVisible()).toBe(true);
    await close(page);
  });
});

describe('read aloud (朗读)', () => {
  it('reads the page, or one paragraph, in a Chinese voice where the browser has one', async () => {
    const context = await site.newContext({ viewport: { width: 1280, height: 800 } });
    // A browser with a Chinese voice, recording what it is asked to say.
    await context.addInitScript(() => {
      const spoken: string[] = [];
      const queue: Array<{ text: string; onstart?: () => void; onend?: () => void }> = [];
      class Utterance {
        text: string;
        lang = '';
        voice: unknown = null;
        onstart?: () => void;
        onend?: () => void;
        constructor(text: string) {
          this.text = text;
        }
      }
      const voices = [{ lang: 'en-US', name: 'English', default: true }, { lang: 'zh-CN', name: '普通话', default: false }];
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          addEventListener() {},
          removeEventListener() {},
          speak(u: Utterance) {
            spoken.push(`${(u.voice as { name: string }).name}|${u.lang}|${u.text}`);
            queue.push(u);
          },
          cancel() {
            queue.length = 0;
          },
        },
      });
      Object.assign(window, {
        spoken,
        /** Plays the queue to its end, as the engine would. */
        finishSpeaking() {
          for (const u of queue.splice(0)) {
            u.onstart?.();
            u.onend?.();
          }
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.url('/talent/'));
    const read = page.getByRole('button', { name: '朗读本页' });
    await read.focus();
    await page.keyboard.press('Enter');
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    // The tools' code may load on this first press (site-boot.ts), which it then handles.
    await expect.poll(async () => (await spoken()).length).toBeGreaterThan(1);
    const said = await spoken();
    // The text from its heading, not the breadcrumb or the contents before it.
    expect(said[0]).toBe('普通话|zh-CN|六、加强知识产权人才队伍建设，提供坚实人才保障');
    expect(said[1]).toBe('普通话|zh-CN|（一）强化知识产权人才的培养和引进');
    expect(said.some((s) => s.includes('本部分目录') || s.endsWith('|首页'))).toBe(false);
    expect(said.every((s) => s.startsWith('普通话|zh-CN|'))).toBe(true);
    expect(await page.getByRole('button', { name: '停止朗读' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '停止朗读' }).click();
    expect(await page.getByRole('button', { name: '朗读本页' }).isVisible()).toBe(true);

    await page.evaluate(() => ((window as unknown as { spoken: string[] }).spoken.length = 0));
    await page.locator('#s6-1-p1 a.anchor').focus();
    await page.keyboard.press('Enter');
    await page.locator('.cite-menu').getByRole('button', { name: '朗读本处' }).click();
    const paragraph = (await page.locator('#s6-1-p1').textContent())!.trim();
    expect((await spoken()).map((s) => s.split('|')[2]).join('')).toBe(paragraph);
    await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
    expect(await page.locator('[data-reading]').count()).toBe(0);
    await context.close();
  });
});
