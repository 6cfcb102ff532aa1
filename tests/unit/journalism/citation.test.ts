import { describe, expect, it } from 'vitest';
import { citedDate, gbtCitation, newsroomCitation } from '../../../src/lib/journalism/citation.ts';

const OFFICIAL = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';

describe('citations', () => {
  it('names the exact place in the newsroom form', () => {
    expect(newsroomCitation('s3-2-p4')).toBe('《辽宁省“十四五”知识产权保护和运用规划》三（二）第4段');
    expect(newsroomCitation('c5-i2')).toBe('《辽宁省“十四五”知识产权保护和运用规划》专栏5第2项');
    expect(newsroomCitation('t2-r4')).toBe('《辽宁省“十四五”知识产权保护和运用规划》表2第4行');
  });

  it('gives GB/T 7714-2015 with [EB/OL], the place, the date cited and the official URL', () => {
    expect(gbtCitation('s1-1-p5', new Date(2026, 10, 26))).toBe(
      `辽宁省知识产权局. 辽宁省“十四五”知识产权保护和运用规划[EB/OL]: 一（一）第5段. [2026-11-26]. ${OFFICIAL}.`,
    );
  });

  it('cites a chart as the table it is drawn from', () => {
    expect(newsroomCitation('chart-t1-figure')).toBe('《辽宁省“十四五”知识产权保护和运用规划》表1图示');
    expect(newsroomCitation('chart-t2-index-figure')).toBe('《辽宁省“十四五”知识产权保护和运用规划》表2图示（指数）');
  });

  it('writes the date cited as YYYY-MM-DD in the reader’s calendar', () => {
    expect(citedDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
  });
});
