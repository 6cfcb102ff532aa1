/**
 * WCAG 2.2 AA beyond axe-core: the main tasks done with the keyboard alone,
 * the term tooltips, reduced motion and print. Every page's own checks (axe in
 * both schemes, landmarks and headings, 200% zoom and a phone) are in every-page-*.test.ts (tests/support/every-page.ts),
 * one load per page for each.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STATE_RULES, TWIN_TEXT_RULES } from '../support/axe-rules.ts';
import { axeReport, axeViolationsInBothSchemes, preloadAxe, siteInBrowser } from '../support/browser.ts';
import { markContrastSamples, SAMPLE_SELECTOR } from '../support/contrast-sample.ts';
import { colours, saveSettings, STATES } from '../support/reader-states.ts';

const site = siteInBrowser();

const url = (route: string) => new URL(route.slice(1), site.server.url).href;

async function open(route: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.newPage({ viewport: { width: 1000, height: 800 }, ...options });
  await page.goto(url(route));
  return page;
}

const close = (page: Page) => page.close();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', href: el?.getAttribute('href') ?? '', id: el?.id ?? '', label: el?.getAttribute('aria-label') ?? '', text: el?.textContent?.trim() ?? '' };
  });

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, matches: (el: Awaited<ReturnType<typeof focused>>) => boolean, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`);
}

describe('the axe-core check itself', () => {
  // axe-core comes preloaded (the every-page sweep) or injected once (elsewhere): either way it must run its rules.
  it('finds what a page gets wrong, whether axe-core was preloaded or not', async () => {
    for (const preloaded of [true, false]) {
      // Preloaded, a context of its own (an init script); injected, the file's reused page, which has none.
      const context = preloaded ? await site.newContext({ viewport: { width: 1000, height: 800 } }) : undefined;
      if (context) await preloadAxe(context);
      const page = context ? await context.newPage() : await site.newPage({ viewport: { width: 1000, height: 800 } });
      await page.goto(url('/protection/'));
      expect(await page.evaluate(() => 'axe' in window)).toBe(preloaded);
      await page.evaluate(() => {
        const p = document.querySelector('#s3-1-p1')!;
        (p as HTMLElement).style.color = '#ccc';
        p.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" id="no-alt">');
      });
      const { violations } = await axeReport(page);
      expect(violations.map((v) => v.split(':')[0]).sort()).toEqual(['color-contrast', 'image-alt']);
      expect(violations.join('\n')).toContain('#no-alt');
      await (context ? context.close() : page.close());
    }
  });
});

describe('the axe-core check itself, in each reader state', () => {
  // The sweep runs, in each state but the first, only the rules that state can change (axe-rules.ts): each such run must
  // still fail on what it is there for, and report nothing else (the image without alt is the full run's to find).
  it.each([
    ['dark', '#3a3a3a', ['color-contrast']],
    // 4.5:1 on the high-contrast white: enough for AA, not for the 7:1 high contrast promises.
    ['high contrast', '#767676', ['color-contrast-enhanced']],
    ['the largest text', undefined, ['target-size']],
  ] as const)('in %s, finds what that state can break', async (name, colour, found) => {
    const state = STATES[name];
    const context = await site.newContext({ viewport: name === 'the largest text' ? { width: 360, height: 740 } : { width: 1280, height: 800 }, colorScheme: state.colorScheme });
    await saveSettings(context, state);
    const page = await context.newPage();
    await page.goto(url('/protection/'));
    expect(await colours(page)).toEqual(state.colours);
    await page.evaluate((colour) => {
      const p = document.querySelector<HTMLElement>('#s3-1-p1')!;
      if (colour) p.style.color = colour;
      // Two 12 px buttons side by side, outside the text (a link in a sentence is exempt): too small, and too close
      // for the space around them to make up for it.
      else p.insertAdjacentHTML('afterend', '<div><button id="tiny-1" aria-label="一" style="all: unset; display: inline-block; width: 12px; height: 12px"></button><button id="tiny-2" aria-label="二" style="all: unset; display: inline-block; width: 12px; height: 12px"></button></div>');
      p.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" id="no-alt">');
    }, colour);
    // As the sweep runs it: in a colour state, on one element of each look (contrast-sample.ts), the greyed paragraph one of them.
    const samples = colour ? await markContrastSamples(page) : undefined;
    if (samples) expect(samples.looks).toBeLessThan(samples.elements / 4);
    const { violations } = await axeReport(page, { rules: STATE_RULES[name], ...(samples ? { include: [SAMPLE_SELECTOR] } : {}) });
    expect(violations.map((v) => v.split(':')[0])).toEqual(found);
    expect(violations[0]).toContain(colour ? '#s3-1-p1' : '#tiny-1');
    await context.close();
  });

  it('on a 繁體 page, finds what conversion can break: a name, a lang', async () => {
    const page = await site.newPage();
    await page.goto(url('/zh-hant/protection/'));
    await page.evaluate(() => {
      // A link whose only text the conversion emptied, and a lang that is no language.
      document.querySelector('#s3-1-p1')!.insertAdjacentHTML('beforeend', '<a id="no-name" href="/"></a><span id="bad-lang" lang="zh_TW">字</span>');
      (document.querySelector('#s3-1-p1') as HTMLElement).style.color = '#ccc';
    });
    const { violations } = await axeReport(page, { rules: TWIN_TEXT_RULES });
    // The grey paragraph is its 简体 twin's runs' to find: the colours are the same there.
    expect(violations.map((v) => v.split(':')[0]).sort()).toEqual(['link-name', 'valid-lang']);
    await page.close();
  });
});

describe('keyboard only', () => {
  it('opens a part from the home page with Tab and Enter', async () => {
    const page = await open('/');
    await tabTo(page, (el) => el.href === '/protection/' && el.text.startsWith('三、'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/protection\/$/);
    expect(await page.locator('h1').textContent()).toBe('三、强化知识产权保护，促进经济高质量发展');
    await close(page);
  });

  it('reaches a section of a part from the home page overview', async () => {
    const page = await open('/');
    await tabTo(page, (el) => el.href === '/utilization/#s4-4');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/utilization\/#s4-4$/);
    expect(await page.locator('#s4-4').textContent()).toBe('（四）深化知识产权金融服务');
    await close(page);
  });

  it('searches with / and opens a result with the arrow keys and Enter', async () => {
    const page = await open('/glossary/');
    await page.keyboard.press('/');
    await page.locator('dialog.pf-modal').waitFor({ state: 'visible' });
    await page.keyboard.type('揭榜挂帅');
    await expect.poll(() => page.locator('dialog pagefind-results a.pf-result-link').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).href).toMatch(/\/protection\/\?highlight=.*#s3-2-p2$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/protection\/\?highlight=.*#s3-2-p2$/);
    await expect.poll(() => page.locator('#s3-2-p2 mark.search-highlight').allTextContents()).toContain('揭榜挂帅');
    await close(page);
  });

  it('uses chart B: arrow keys between its points, then the progress check with the form controls', async () => {
    const page = await open('/general-requirements/');
    await tabTo(page, (el) => el.label.startsWith('每万人口高价值发明专利拥有量') && el.tag.toLowerCase() !== 'a');
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).label).toMatch(/^每万人口高价值发明专利拥有量.*2021年/);
    await tabTo(page, (el) => el.id === 'chart-t2-check-row');
    // Down one option, from 每万人口… to 海外发明专利授权量, as a closed select takes arrow keys.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('chart-t2-check-year');
    await page.keyboard.type('2023');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('chart-t2-check-value');
    await page.keyboard.type('400');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.chart-check__result').textContent())
      .toBe('2023年海外发明专利授权量：报告值400件，规划路径值423件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径23件，即低5.5%。');
    await close(page);
  });

  it('shows a term’s definition on focus, dismisses it with Esc, and Enter opens the glossary entry', async () => {
    const page = await open('/protection/');
    const term = page.locator('#s3-2-p2 a.term', { hasText: '揭榜挂帅' });
    await page.locator('#s3-2-p2 a.anchor').focus();
    await tabTo(page, (el) => el.text === '“卡脖子”');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('揭榜挂帅');
    const tip = page.locator('#term-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('揭榜挂帅：把需要攻克的关键技术难题公开“张榜”，谁有本事谁来“揭榜”领衔攻关，不论资历。详见术语表（本站解释）');
    expect(await term.getAttribute('aria-describedby')).toBe('term-tip');
    expect(await tip.getAttribute('role')).toBe('tooltip');
    // WCAG 1.4.13: it does not cover the term, and Esc hides it without moving focus.
    const [tipBox, termBox] = [await tip.boundingBox(), await term.boundingBox()];
    expect(tipBox!.y).toBeGreaterThanOrEqual(termBox!.y + termBox!.height);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expect((await focused(page)).text).toBe('揭榜挂帅');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/#term-jiebang-guashuai$/);
    expect(await page.locator('#term-jiebang-guashuai h3').textContent()).toBe('揭榜挂帅');
    await close(page);
  });

  it('passes axe-core with a term tooltip open, in either scheme', async () => {
    const page = await open('/utilization/');
    await page.locator('#s4-4-p1 a.term').first().focus();
    await page.locator('#term-tip').waitFor({ state: 'visible' });
    expect(await axeViolationsInBothSchemes(page, { include: ['#term-tip', '#s4-4-p1'] })).toEqual({ light: [], dark: [] });
    await close(page);
  });

  it('keeps a hovered tooltip while the pointer moves onto it, and shows it on a first tap', async () => {
    // The tooltip hides on a timer once the pointer leaves; a fake clock runs that timer out without waiting for it.
    const context = await site.newContext({ viewport: { width: 1000, height: 800 } });
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(url('/protection/'));
    const term = page.locator('#s3-2-p2 a.term', { hasText: '揭榜挂帅' });
    const tip = page.locator('#term-tip');
    await term.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await tip.hover();
    await page.clock.runFor(2_000);
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await page.clock.runFor(2_000);
    expect(await tip.isVisible()).toBe(false);
    await close(page);

    const phone = await open('/protection/', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await phone.locator('#s3-2-p2 a.term', { hasText: '揭榜挂帅' }).tap();
    await expect.poll(() => phone.locator('#term-tip').isVisible()).toBe(true);
    expect(new URL(phone.url()).pathname).toBe('/protection/');
    const box = (await phone.locator('#term-tip').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    await phone.locator('#s3-2-p2 a.term', { hasText: '揭榜挂帅' }).tap();
    await phone.waitForURL(/\/glossary\/#term-jiebang-guashuai$/);
    await close(phone);
  });
});

describe('reading aids', () => {
  it('marks the section being read in the contents, and back to top returns to the heading', async () => {
    const page = await open('/protection/', { reducedMotion: 'reduce' });
    const current = () => page.locator('nav.toc a[aria-current="location"]').allTextContents();
    expect(await current()).toEqual([]);
    await page.evaluate(() => {
      document.getElementById('s3-3')!.scrollIntoView({ block: 'start' });
      window.scrollBy(0, 10);
    });
    await expect.poll(current).toEqual(['（三）统筹推进知识产权保护体系建设']);
    // Focus moving to the link at the end of the part scrolls there: the last section is being read.
    await page.locator('back-to-top a').focus();
    await expect.poll(current).toEqual(['（四）加强知识产权文化建设']);
    await page.keyboard.press('Enter');
    // The part's heading is back at the top of the screen (the header above it is as tall as the reader's tools make it).
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('s3')!.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
    expect(await page.evaluate(() => document.getElementById('s3')!.getBoundingClientRect().top)).toBeLessThan(120);
    expect(new URL(page.url()).hash).toBe('#s3');
    // Back at the contents, the mark still says where the reader was.
    expect(await current()).toEqual(['（四）加强知识产权文化建设']);
    await close(page);
  });
});

describe('reduced motion', () => {
  it('animates nothing when the reader asks for reduced motion, and eases only when they do not', async () => {
    const reduced = await open('/protection/', { reducedMotion: 'reduce' });
    await reduced.locator('#s3-2-p2 a.term').first().focus();
    const tip = reduced.locator('#term-tip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(await reduced.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    // Back to top jumps at once.
    await reduced.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await reduced.locator('back-to-top a').click();
    // At once: the part's heading is at the top of the screen without waiting for an animation.
    const headingTop = await reduced.evaluate(() => document.getElementById('s3')!.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(0);
    expect(headingTop).toBeLessThan(120);
    expect(await reduced.evaluate(() => document.getAnimations().length)).toBe(0);
    await close(reduced);

    const moving = await open('/protection/', { reducedMotion: 'no-preference' });
    await moving.locator('#s3-2-p2 a.term').first().focus();
    await moving.locator('#term-tip').waitFor({ state: 'visible' });
    expect(await moving.locator('#term-tip').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.12s');
    await close(moving);
  });
});

describe('print', () => {
  it('prints without navigation, with outside links written out and charts in black, from either scheme', async () => {
    const page = await open('/background/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumb', '.pagination', 'nav.toc', 'back-to-top', '.chart-downloads']) {
      expect(await page.locator(selector).first().evaluate((el) => getComputedStyle(el).display), selector).toBe('none');
    }
    expect(await page.locator('#chart-t1 .c-data-fill').first().evaluate((el) => getComputedStyle(el).fill)).toBe('rgb(0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await close(page);

    const home = await open('/', { colorScheme: 'dark' });
    await home.emulateMedia({ media: 'print' });
    const official = home.locator('.plan-source a');
    expect(await official.evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
      '" (https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml)"',
    );
    // Printed from a dark screen, still black on white.
    expect(await home.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor])).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    // Links inside the site are not written out.
    expect(await home.locator('a.plan-overview__part').first().evaluate((el) => getComputedStyle(el, '::after').content)).toBe('none');
    await close(home);
  });

  it('prints 全文 as a booklet: every part starts a new page, with its contents list kept', async () => {
    const page = await open('/full/');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('.plan-part').evaluateAll((parts) => parts.map((p) => getComputedStyle(p).breakBefore));
    expect(breaks).toEqual(Array(8).fill('page'));
    expect(await page.locator('nav.toc').evaluate((el) => getComputedStyle(el).display)).toBe('block');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(8);
    await close(page);
  });

  it('prints the handout on exactly one A4 page', async () => {
    const page = await open('/handout/');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    const size = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/);
    // A4 is 595 × 842 points.
    expect([Math.round(Number(size![1])), Math.round(Number(size![2]))]).toEqual([595, 842]);
    await close(page);
  });
});
