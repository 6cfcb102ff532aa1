/**
 * The charts in a real browser: complete with JavaScript off; with it on,
 * keyboard focus and tooltips on the data points, the data table toggle, and
 * the progress check's answers, kept in the URL.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolationsInBothSchemes, siteInBrowser } from '../support/browser.ts';

const site = siteInBrowser();
const url = site.url;

async function open(route: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<Page> {
  const page = await site.newPage({
    ...(options.javaScriptEnabled === false ? { javaScriptEnabled: false } : {}),
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1000, height: 800 },
  });
  await page.goto(url(route));
  return page;
}

const close = (page: Page) => page.close();
const active = (page: Page) => page.evaluate(() => ({ label: document.activeElement?.getAttribute('aria-label'), className: document.activeElement?.getAttribute('class') }));

describe('with JavaScript off', () => {
  it('shows chart A complete: markers, real values and the missed target', async () => {
    const page = await open('/background/', { javaScriptEnabled: false });
    const svg = page.locator('svg#chart-t1');
    expect(await svg.isVisible()).toBe(true);
    expect((await svg.boundingBox())!.width).toBeGreaterThan(300);
    // Five of the plan's figures, and three values 国家知识产权局 published since (PCT 2022, 2023; designs 2023).
    expect(await svg.locator('.chart-point').count()).toBe(8);
    expect(await svg.locator('.chart-point--reported').count()).toBe(3);
    const text = await svg.textContent();
    expect(text).toContain('2015年 757户　目标 1600户　2020年 1429户');
    expect(text).toContain('达成率 89.3%（本站计算）　未完成');
    expect(await page.locator('#chart-t1 title').textContent()).toMatch(/^表1图示/);
    await close(page);
  });

  it('shows chart B’s panels and index view, and says the check needs JavaScript', async () => {
    const page = await open('/general-requirements/', { javaScriptEnabled: false });
    for (let n = 1; n <= 5; n += 1) expect(await page.locator(`svg#chart-t2-p${n}`).isVisible()).toBe(true);
    expect(await page.locator('#chart-t2-p4').textContent()).toContain('2025年 7846件（本站计算）');
    expect(await page.locator('svg#chart-t2-index').isVisible()).toBe(true);
    expect(await page.locator('form.chart-check').isVisible()).toBe(false);
    expect(await page.locator('.chart-check-off').innerText()).toBe('对照实际数值的工具需要启用JavaScript；各年规划路径数值见下方数据表。');
    await close(page);
  });

  it('opens the data table from its toggle', async () => {
    const page = await open('/background/', { javaScriptEnabled: false });
    const table = page.locator('#chart-t1-data');
    expect(await table.isVisible()).toBe(false);
    await page.locator('#chart-t1-figure summary').click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').nth(2).innerText()).toBe('规模以上制造业每亿元主营业务收入的有效专利数（件）\t0.08\t0.18\t2.195\t1219.4%\t2115.0%\t93.9%\t已完成');
    await close(page);
  });
});

describe('with JavaScript on', () => {
  it('reaches the data points with one Tab and moves between them with the arrow keys', async () => {
    const page = await open('/background/');
    await page.locator('#chart-t1-figure figcaption a:not(.anchor)').focus();
    await page.keyboard.press('Tab');
    expect(await active(page)).toEqual({
      label: '万人有效发明专利拥有量：2015年5.29件，2020年目标7.36件，2020年10.98件，达成率149.2%（本站计算），已完成',
      className: 'chart-point is-active',
    });
    const tip = page.locator('#chart-t1-figure .chart-tooltip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('万人有效发明专利拥有量：2015年5.29件，2020年目标7.36件，2020年10.98件，达成率149.2%（本站计算），已完成');
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).label).toMatch(/^PCT国际专利申请量：2015年/);
    // A reported value is a data point too, its source in its label and tooltip.
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).label).toMatch(/^PCT国际专利申请量：2022年337件，公开数据（非规划数字），来源：国家知识产权局：2023知识产权统计年报，表6-4。/);
    expect(await tip.textContent()).toMatch(/^PCT国际专利申请量：2022年337件/);
    await page.keyboard.press('End');
    expect((await active(page)).label).toBe('拥有有效发明专利的规模以上制造业企业：2015年757户，2020年目标1600户，2020年1429户，达成率89.3%（本站计算），未完成');
    expect(await tip.textContent()).toMatch(/未完成$/);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // One tab stop: the next Tab leaves the chart for the data table's toggle.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await page.locator('#chart-t1-data').isVisible()).toBe(true);
    await close(page);
  });

  it('shows a tooltip on hover over a point of chart B', async () => {
    const page = await open('/general-requirements/');
    await page.locator('#chart-t2-p3 .chart-point[data-year="2025"]').hover();
    const tip = page.locator('#chart-t2-figure .chart-tooltip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('知识产权质押融资金额 2025年：49.86亿元（本站计算）');
    await close(page);
  });

  it('checks a reported value against the path and keeps the question in the URL', async () => {
    const page = await open('/general-requirements/');
    const result = page.locator('.chart-check__result');
    await page.locator('#chart-t2-check-row').selectOption('2');
    expect(await page.locator('.chart-check__unit').textContent()).toBe('件');
    await page.locator('#chart-t2-check-year').selectOption('2023');
    await page.locator('#chart-t2-check-value').fill('400');
    await page.getByRole('button', { name: '对照' }).click();
    expect(await result.textContent()).toBe('2023年海外发明专利授权量：报告值400件，规划路径值423件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径23件，即低5.5%。');
    expect(new URL(page.url()).search).toBe('?check=2&year=2023&value=400');
    expect(await page.locator('#chart-t2-p2 .chart-check-mark').count()).toBe(1);
    expect(await page.locator('#chart-t2-p2 .chart-check-mark text').textContent()).toBe('报告值');
    await page.locator('#chart-t2-check-row').selectOption('3');
    expect(await page.locator('.chart-check__unit').textContent()).toBe('亿元');
    await page.locator('#chart-t2-check-year').selectOption('2025');
    await page.locator('#chart-t2-check-value').fill('50');
    await page.locator('#chart-t2-check-value').press('Enter');
    expect(await result.textContent()).toBe('2025年知识产权质押融资金额：报告值50亿元，规划路径值49.86亿元（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。高于规划路径0.14亿元，即高0.3%。');
    expect(await page.locator('.chart-check-mark').count()).toBe(1);
    await close(page);
  });

  it('answers a shared link on arrival, and says what is wrong with a bad one', async () => {
    let page = await open('/general-requirements/?check=1&year=2021&value=4.2#t2');
    expect(await page.locator('.chart-check__result').textContent()).toBe(
      '2021年每万人口高价值发明专利拥有量：报告值4.2件，规划路径值4.34件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径0.14件，即低3.1%。',
    );
    expect(await page.locator('#chart-t2-check-value').inputValue()).toBe('4.2');
    await close(page);
    page = await open('/indicators/?check=4&year=2030&value=1');
    expect(await page.locator('.chart-check__result').textContent()).toBe('年份应在2021年至2025年之间。');
    await close(page);
  });

  it('refuses what is not a plain decimal in Chinese, and keeps the reader\'s input and the URL', async () => {
    const page = await open('/general-requirements/?check=2&year=2023&value=0x190');
    const result = page.locator('.chart-check__result');
    const value = page.locator('#chart-t2-check-value');
    expect(await result.textContent()).toBe('“0x190”不是一个数值：请只用数字和小数点，例如 400 或 30.96。');
    expect(await value.inputValue()).toBe('0x190');
    expect(await value.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#chart-t2-check-row').inputValue()).toBe('2');
    expect(await page.locator('#chart-t2-check-year').inputValue()).toBe('2023');
    // Superscript, circled and mathematical digits are not a figure typed to check, though NFKC reads them as 400.
    for (const typed of ['1e21', 'Infinity', '-5', '⁴⁰⁰', '④⓪⓪', '𝟒𝟎𝟎', '']) {
      await value.fill(typed);
      await value.press('Enter');
      expect(await result.textContent()).toBe(typed ? `“${typed}”不是一个数值：请只用数字和小数点，例如 400 或 30.96。` : '请输入实际数值。');
      expect(await value.inputValue()).toBe(typed);
      expect(new URL(page.url()).search).toBe('?check=2&year=2023&value=0x190');
    }
    // What the reader typed is quoted whole character by character, its controls shown, not obeyed.
    const family = '👨‍👩‍👧‍👦';
    for (const [typed, quoted] of [
      ['4\u202e00', '4〈U+202E〉00'],
      [`${'1'.repeat(19)}${family}2`, `${'1'.repeat(19)}${family}…`],
      [`${'1'.repeat(19)}𝟒𝟎𝟎`, `${'1'.repeat(19)}𝟒…`],
    ]) {
      await value.fill(typed!);
      await value.press('Enter');
      expect(await result.textContent()).toBe(`“${quoted}”不是一个数值：请只用数字和小数点，例如 400 或 30.96。`);
    }
    await value.fill('99999');
    await value.press('Enter');
    expect(await result.textContent()).toBe('数值过大：海外发明专利授权量的实际数值应在0至31800件之间（2020年数值的100倍以内）。');
    expect(await page.locator('.chart-check-mark').count()).toBe(0);
    await value.fill('400');
    await value.press('Enter');
    expect(await result.textContent()).toBe('2023年海外发明专利授权量：报告值400件，规划路径值423件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径23件，即低5.5%。');
    expect(await value.getAttribute('aria-invalid')).toBeNull();
    expect(new URL(page.url()).search).toBe('?check=2&year=2023&value=400');
    await close(page);
  });

  it('makes no request for the check: it runs in the browser', async () => {
    const page = await open('/general-requirements/');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    // The browser may still fetch the page's icon; anything else would be the check's.
    page.on('request', (request) => {
      if (!request.url().endsWith('/favicon.svg')) requests.push(request.url());
    });
    await page.locator('#chart-t2-check-value').fill('5000');
    await page.locator('#chart-t2-check-row').selectOption('4');
    await page.getByRole('button', { name: '对照' }).click();
    expect(await page.locator('.chart-check__result').textContent()).toMatch(/^2021年专利转让：报告值5000件，规划路径值5359件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径359件，即低6.7%。$/);
    expect(requests).toEqual([]);
    await close(page);
  });
});

describe('axe-core, charts in use', () => {
  it.each(['/background/', '/general-requirements/?check=2&year=2023&value=400', '/indicators/?check=5&year=2024&value=2000'])('%s has no violation with tables open and a point focused, in either scheme', async (route) => {
    const page = await open(route);
    for (const summary of await page.locator('.chart-data summary').all()) await summary.click();
    await page.locator('.chart-point').first().focus();
    expect(await axeViolationsInBothSchemes(page, { include: ['figure.chart'] })).toEqual({ light: [], dark: [] });
    await close(page);
  });
});

describe('in print', () => {
  it('draws the charts in black on white and leaves out the downloads and the check', async () => {
    const page = await open('/general-requirements/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const style = (selector: string, property: string) =>
      page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
    expect(await style('#chart-t2-p1 .c-data', 'stroke')).toBe('rgb(0, 0, 0)');
    expect(await style('#chart-t2-p1 text', 'fill')).toBe('rgb(0, 0, 0)');
    expect(await style('#chart-t2-p1 .c-hollow', 'fill')).toBe('rgb(255, 255, 255)');
    expect(await page.locator('.chart-downloads').first().isVisible()).toBe(false);
    expect(await page.locator('growth-progress-check').isVisible()).toBe(false);
    await close(page);
  });
});

describe('on a 360 px phone', () => {
  it.each(['/background/', '/general-requirements/', '/indicators/'])('%s keeps its charts within the screen, the check answered', async (route) => {
    const page = await open(`${route}?check=2&year=2025&value=600`, { width: 360 });
    for (const summary of await page.locator('.chart-data summary').all()) await summary.click();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    for (const svg of await page.locator('.chart-svg').all()) expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(320);
    await close(page);
  });
});
