/**
 * The treemap of the plan: each block's main theme is the one whose trigger
 * words occur most often in it (the dictionary's order breaking ties, 综述 with none),
 * and the SVG has one link per block, to the block, the same on every build.
 */
import { describe, expect, it } from 'vitest';
import { mainTheme, NO_THEME, overviewSvg, THEME_FILLS, type OverviewPart } from '../../../src/lib/explorer/overview.ts';
import type { BlockTag } from '../../../src/lib/explorer/tagging.ts';

const ORDER = ['保护', '运用', '服务', '人才', '国际合作', '文化', '保障'];
const theme = (value: string, ...triggers: string[]): BlockTag => ({ facet: 'theme', value, triggers });

describe('mainTheme', () => {
  it('picks the theme whose words occur most often in the block, not the one with most distinct words', () => {
    // 人才 three times against 培训 once and 运营 once: one trigger word can still win.
    const text = '人才培养，人才引进，人才评价，培训，运营';
    expect(mainTheme([theme('人才', '人才'), theme('运用', '运营'), theme('保护', '培训')], ORDER, text)).toBe('人才');
    expect(mainTheme([theme('保护', '执法'), theme('运用', '转化', '运营', '许可')], ORDER, '执法，转化，运营，许可')).toBe('运用');
  });

  it('breaks a tie by the dictionary’s order, not the tags’ order', () => {
    const text = '代理，服务机构，执法，维权';
    expect(mainTheme([theme('服务', '代理', '服务机构'), theme('保护', '执法', '维权')], ORDER, text)).toBe('保护');
    expect(mainTheme([theme('服务', '代理', '服务机构'), theme('保护', '执法', '维权')], ['服务', '保护'], text)).toBe('服务');
  });

  it('counts only theme tags, and is 综述 when there is none', () => {
    const others: BlockTag[] = [
      { facet: 'means', value: '金融', triggers: ['质押', '融资', '保险'] },
      { facet: 'place', value: '大连', triggers: ['大连'] },
    ];
    const text = '大连质押融资保险，人才';
    expect(mainTheme(others, ORDER, text)).toBe(NO_THEME);
    expect(NO_THEME).toBe('综述');
    expect(mainTheme([...others, theme('人才', '人才')], ORDER, text)).toBe('人才');
    expect(mainTheme([], ORDER, text)).toBe('综述');
  });
});

describe('overviewSvg', () => {
  const block = (id: string, chars: number, theme: string) => ({ id, place: `${id}的位置`, href: `/part/#${id}`, chars, theme });
  const parts: OverviewPart[] = [
    {
      title: '一、规划背景',
      href: '/background/',
      sections: [
        { title: '（一）发展成就', blocks: [block('s1-1-p1', 120, '保护'), block('s1-1-p2', 300, '运用'), block('t1-r1', 40, NO_THEME)] },
        { title: '（二）发展形势', blocks: [block('s1-2-p1', 200, '国际合作')] },
      ],
    },
    { title: '三、强化知识产权保护，促进经济高质量发展', href: '/protection/', sections: [{ title: '（一）完善制度', blocks: [block('s3-1-p1', 500, '保护'), block('c1-i1', 80, '文化')] }] },
  ];
  const svg = overviewSvg(parts, '规划全貌 <测试>');
  const anchors = [...svg.matchAll(/<a href="([^"]*)" tabindex="-1">/g)].map((m) => m[1]);

  it('has one link per block, to the block, and one per part label; none of them in the tab order', () => {
    const blockIds = parts.flatMap((p) => p.sections.flatMap((s) => s.blocks.map((b) => b.id)));
    expect(blockIds).toHaveLength(6);
    expect(anchors.filter((href) => href!.includes('#')).sort()).toEqual(blockIds.map((id) => `/part/#${id}`).sort());
    expect(anchors.filter((href) => !href!.includes('#'))).toEqual(['/background/', '/protection/']);
    expect(svg.match(/<a /g)).toHaveLength(8);
    expect(svg).toContain('aria-hidden="true"');
  });

  it('titles each cell with its place, characters and theme, fills it with its theme’s colour and escapes the title', () => {
    expect(svg).toContain('<title>规划全貌 &lt;测试&gt;</title>');
    expect(svg).toMatch(new RegExp(`<a href="/part/#s3-1-p1" tabindex="-1"><title>s3-1-p1的位置：500字，主题：保护</title><rect [^>]*fill="${THEME_FILLS['保护']}"`));
    expect(svg).toMatch(/<a href="\/part\/#t1-r1" tabindex="-1"><title>t1-r1的位置：40字，主题：综述<\/title><rect [^>]*fill="#e6e6e6"/);
  });

  it('sizes cells by characters: the 500-character block gets more area than the 40-character one', () => {
    const area = (id: string) => {
      const m = new RegExp(`#${id}" tabindex="-1"><title>[^<]*</title><rect x="[\\d.]+" y="[\\d.]+" width="([\\d.]+)" height="([\\d.]+)"`).exec(svg)!;
      return Number(m[1]) * Number(m[2]);
    };
    expect(area('s3-1-p1')).toBeGreaterThan(area('s1-1-p2'));
    expect(area('s1-1-p2')).toBeGreaterThan(area('t1-r1'));
  });

  it('is the same string on every call', () => {
    expect(overviewSvg(structuredClone(parts), '规划全貌 <测试>')).toBe(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 960 600" class="plan-overview-map"')).toBe(true);
  });
});
