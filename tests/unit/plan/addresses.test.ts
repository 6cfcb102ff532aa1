import { describe, expect, it } from 'vitest';
import {
  columnItemId,
  describeAddress,
  paragraphId,
  parseAddress,
  sectionId,
  sectionNumberFromHeading,
  tableRowId,
} from '../../../src/lib/plan/addresses.ts';

describe('the address scheme', () => {
  it('builds ids from positions', () => {
    expect(sectionId(3, 2)).toBe('s3-2');
    expect(paragraphId(3, 2, 3)).toBe('s3-2-p3');
    expect(paragraphId(0, null, 1)).toBe('s0-p1');
    expect(columnItemId(5, 2)).toBe('c5-i2');
    expect(tableRowId(1, 5)).toBe('t1-r5');
  });

  it('reads every kind of id back', () => {
    expect(parseAddress('s3')).toEqual({ kind: 'part', part: 3 });
    expect(parseAddress('s3-2')).toEqual({ kind: 'section', part: 3, section: 2 });
    expect(parseAddress('s3-2-p3')).toEqual({ kind: 'paragraph', part: 3, section: 2, paragraph: 3 });
    expect(parseAddress('s0-p1')).toEqual({ kind: 'paragraph', part: 0, section: null, paragraph: 1 });
    expect(parseAddress('c1-i3')).toEqual({ kind: 'column-item', column: 1, item: 3 });
    expect(parseAddress('t2-r1')).toEqual({ kind: 'table-row', table: 2, row: 1 });
    expect(parseAddress('toc')).toBeNull();
    expect(parseAddress('s3-2-p')).toBeNull();
    // The quiz's question ids (s01, j01, p01) are not places in the plan: a leading zero is no address.
    expect(parseAddress('s01')).toBeNull();
    expect(parseAddress('s3-02')).toBeNull();
    expect(parseAddress('t02-r1')).toBeNull();
  });

  it('names places the way a Chinese reader cites them', () => {
    expect(describeAddress('s3-2-p3')).toBe('三（二）第3段');
    expect(describeAddress('s8-4')).toBe('八（四）');
    expect(describeAddress('s6')).toBe('六');
    expect(describeAddress('s0-p1')).toBe('前言第1段');
    expect(describeAddress('c3-i7')).toBe('专栏3第7项');
    expect(describeAddress('t1')).toBe('表1');
    expect(describeAddress('t2-r3')).toBe('表2第3行');
    expect(() => describeAddress('s9-1')).toThrow(/No part 9/);
    expect(() => describeAddress('main')).toThrow(/not a plan address/);
  });

  it('reads the section number from a published heading', () => {
    expect(sectionNumberFromHeading('（二）优化知识产权人才的发展环境')).toBe(2);
    expect(sectionNumberFromHeading('（六）促进知识产权转化运用')).toBe(6);
    expect(sectionNumberFromHeading('二、总体要求')).toBeNull();
  });
});
