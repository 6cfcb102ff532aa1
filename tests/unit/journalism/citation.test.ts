import { describe, expect, it } from 'vitest';
import { citedDate, electronicResource, GBT_EDITION, gbtCitation, newsroomCitation } from '../../../src/lib/journalism/citation.ts';

const OFFICIAL = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';

describe('citations', () => {
  it('names the exact place in the newsroom form', () => {
    expect(newsroomCitation('s3-2-p3')).toBe('《辽宁省“十四五”知识产权保护和运用规划》三（二）第3段');
    expect(newsroomCitation('c5-i2')).toBe('《辽宁省“十四五”知识产权保护和运用规划》专栏5第2项');
    expect(newsroomCitation('t2-r4')).toBe('《辽宁省“十四五”知识产权保护和运用规划》表2第4行');
  });

  it('sets an electronic resource exactly as GB/T 7714—2025’s worked examples', () => {
    // GB/T 7714—2025 附录B.10 示例1 and 示例2 (电子资源), as the 2025 style of
    // zepinglee/gbt7714-bibtex-style sets them (tests/testfiles/2025-numeric.tlg, entries gbt7714.b.10:1 and :2):
    //   中国科学院文献情报中心. 中国科学院科技论文预发布平台[EB/OL]. [2025-03-06]. https://chinaxiv.org/home.htm.
    //   北京鲁迅博物馆. 北京鲁迅博物馆志愿服务章程[EB/OL]. （2021-04-21）[2023-05-02]. http://www.luxunmuseum.com.cn/html/202104/a11310.htm.
    expect(
      electronicResource({ creator: '中国科学院文献情报中心', title: '中国科学院科技论文预发布平台', cited: new Date(2025, 2, 6), url: 'https://chinaxiv.org/home.htm' }),
    ).toBe('中国科学院文献情报中心. 中国科学院科技论文预发布平台[EB/OL]. [2025-03-06]. https://chinaxiv.org/home.htm.');
    expect(
      electronicResource({
        creator: '北京鲁迅博物馆',
        title: '北京鲁迅博物馆志愿服务章程',
        published: new Date(2021, 3, 21),
        cited: new Date(2023, 4, 2),
        url: 'http://www.luxunmuseum.com.cn/html/202104/a11310.htm',
      }),
    ).toBe('北京鲁迅博物馆. 北京鲁迅博物馆志愿服务章程[EB/OL]. （2021-04-21）[2023-05-02]. http://www.luxunmuseum.com.cn/html/202104/a11310.htm.');
    expect(GBT_EDITION).toBe('GB/T 7714—2025');
  });

  it('cites a place of the plan by the official page, with the place beside the entry, not inside it', () => {
    const citation = gbtCitation('s1-1-p5', new Date(2026, 10, 26), 'https://ln-ip-plan.example/background/#s1-1-p5');
    expect(citation).toBe(
      `辽宁省知识产权局. 辽宁省“十四五”知识产权保护和运用规划[EB/OL]. [2026-11-26]. ${OFFICIAL}.\n` +
        '引文位置：一（一）第5段（正文中标在该文献序号的“[ ]”之外）',
    );
    expect(citation).not.toContain('[EB/OL]:');
  });

  it('cites a chart as the site’s own work, at the site’s own address', () => {
    const here = 'https://ln-ip-plan.example/indicators/#chart-t2-index-figure';
    expect(newsroomCitation('chart-t1-figure')).toBe('辽宁知识产权“十四五”规划在线版：表1图示（据《辽宁省“十四五”知识产权保护和运用规划》表1绘制）');
    expect(gbtCitation('chart-t2-index-figure', new Date(2026, 10, 26), here)).toBe(
      `辽宁知识产权“十四五”规划在线版. 表2图示（指数）：据《辽宁省“十四五”知识产权保护和运用规划》表2绘制[EB/OL]. [2026-11-26]. ${here}.`,
    );
    expect(gbtCitation('chart-t2-index-figure', new Date(2026, 10, 26), here)).not.toContain(OFFICIAL);
  });

  it('writes the date cited as YYYY-MM-DD in the reader’s calendar', () => {
    expect(citedDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});

describe('gbtCitation with a publication date', () => {
  it('puts the date in round brackets before the cited date, and leaves the field out while it is unknown', () => {
    const page = 'https://ln-ip-plan.example/background/#s1-1-p5';
    expect(gbtCitation('s1-1-p5', new Date(2026, 10, 26), page, '2021-08-01')).toContain('[EB/OL]. （2021-08-01）[2026-11-26]. ');
    expect(gbtCitation('s1-1-p5', new Date(2026, 10, 26), page, undefined)).toContain('[EB/OL]. [2026-11-26]. ');
  });
});
