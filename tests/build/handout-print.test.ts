/** 课堂讲义's figures, the QR code and the per-page print footer, as built. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, byTag, fileForRoute, findAll, readPage, requireDist, textOf } from '../support/dist.ts';

beforeAll(requireDist);

describe('课堂讲义', () => {
  const page = () => readPage('/handout/');
  const rows = (n: number) => findAll(findAll(page(), byTag('table'))[n]!, byTag('tr')).slice(1).map(textOf);

  it('gives the outcome of 表1: four indicators met, one missed, with attainment marked 本站计算', () => {
    expect(textOf(findAll(page(), byTag('h2'))[0]!)).toBe('“十三五”成绩单：4项指标完成，1项未完成');
    expect(rows(0)).toEqual([
      '万人有效发明专利拥有量（件） 7.36 10.98 ✓ 已完成 149.2%',
      'PCT国际专利申请量（件） 285 456 ✓ 已完成 160.0%',
      '规模以上制造业每亿元主营业务收入的有效专利数（件） 0.18 2.195 ✓ 已完成 1219.4%',
      '有效外观设计（件） 14332 16604 ✓ 已完成 115.9%',
      '拥有有效发明专利的规模以上制造业企业（户） 1600 1429 ✗ 未完成 89.3%',
    ]);
    expect(textOf(findAll(page(), byTag('thead'))[0]!)).toContain('达成率（本站计算）');
  });

  it('gives the 2025 values implied by 表2, as chart B rounds them', () => {
    expect(rows(1)).toEqual([
      '每万人口高价值发明专利拥有量（件） 4.09 6% 5.47',
      '海外发明专利授权量（件） 318 10% 512',
      '知识产权质押融资金额（亿元） 30.96 10% 49.86',
      '专利转让（件） 4872 10% 7846',
      '高等学校专利转让（件） 913 10% 1470',
    ]);
    expect(textOf(findAll(page(), byTag('thead'))[1]!)).toContain('2025年（本站计算）');
  });

  // npm test builds without SITE_URL: a preview, whose handout says why it has no QR code.
  // tests/content/sub-path.test.ts checks the QR code of a build with SITE_URL.
  it('prints no QR code in a preview build, and says so where it would be', () => {
    expect(findAll(page(), (el) => el.tagName === 'svg' && attr(el, 'class') === 'qr-code')).toEqual([]);
    const note = findAll(page(), (el) => attr(el, 'class') === 'handout-qr handout-qr--missing')[0]!;
    expect(textOf(note)).toBe('本页是本地预览版本（构建时未设置网站地址 SITE_URL），不印二维码；正式发布的讲义在此处印有本站网址的二维码。');
  });
});

describe('the printed footer', () => {
  it.each(['/full/', '/protection/', '/handout/'])('%s prints the source and its own address at the foot of every page', (route) => {
    const html = readFileSync(fileForRoute(route), 'utf8');
    expect(html).toContain(`@bottom-left { content: "来源：辽宁省知识产权局 · 本页：http://localhost:4321${route}"`);
    expect(html).toContain('counter(page)');
  });
});
