import { describe, expect, it } from 'vitest';
import { checkAgainstPath, checkQuery, parseCheck } from '../../../src/lib/charts/progress-check.ts';
import { t2 } from '../../support/indicators.ts';

const parse = (query: string) => parseCheck(new URLSearchParams(query), t2());

describe('the progress check', () => {
  it('answers 400 overseas patents in 2023: 23 below the path of 423 (423.258), 5.5% below', () => {
    const result = checkAgainstPath(t2(), { row: 2, year: 2023, value: 400 });
    expect(result.message).toBe('2023年海外发明专利授权量：报告值400件，规划路径值423件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径23件，即低5.5%。');
    expect(result.position).toBe('below');
  });

  it('answers 50 亿元 of pledge financing in 2025: 0.14 above 49.86 (0.1386), 0.3% above (0.278%)', () => {
    expect(checkAgainstPath(t2(), { row: 3, year: 2025, value: 50 }).message).toBe(
      '2025年知识产权质押融资金额：报告值50亿元，规划路径值49.86亿元（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。高于规划路径0.14亿元，即高0.3%。',
    );
  });

  it('answers 4.2 high-value patents per 10,000 people in 2021: 0.14 below 4.34 (4.3354), 3.1% below (3.12%)', () => {
    expect(checkAgainstPath(t2(), { row: 1, year: 2021, value: 4.2 }).message).toBe(
      '2021年每万人口高价值发明专利拥有量：报告值4.2件，规划路径值4.34件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。低于规划路径0.14件，即低3.1%。',
    );
  });

  it('calls a value within rounding of the path level', () => {
    expect(checkAgainstPath(t2(), { row: 4, year: 2022, value: 5895 }).message).toBe(
      '2022年专利转让：报告值5895件，规划路径值5895件（本站计算；按年均增长逐年连乘推算，这样算是本站推断）。与规划路径持平。',
    );
  });

  it('reads and writes its state as URL parameters', () => {
    expect(checkQuery({ row: 2, year: 2023, value: 400 })).toBe('?check=2&year=2023&value=400');
    expect(parse('check=2&year=2023&value=400')).toEqual({ ok: true, state: { row: 2, year: 2023, value: 400 } });
    expect(parse('q=专利')).toBeNull();
  });

  it('says in Chinese what is wrong with a bad state', () => {
    expect(parse('check=6&year=2023&value=1')).toEqual({ ok: false, error: '请选择表2中的一项指标。' });
    expect(parse('check=1&year=2020&value=1')).toEqual({ ok: false, error: '年份应在2021年至2025年之间。' });
    expect(parse('check=1&year=2026&value=1')).toEqual({ ok: false, error: '年份应在2021年至2025年之间。' });
    expect(parse('check=1&year=2022&value=')).toEqual({ ok: false, error: '请输入实际数值。' });
    expect(parse('check=1&year=2022&value=abc')).toEqual({ ok: false, error: '“abc”不是一个数值：请只用数字和小数点，例如 400 或 30.96。' });
    expect(parse('check=1&year=2022&value=-3')).toEqual({ ok: false, error: '“-3”不是一个数值：请只用数字和小数点，例如 400 或 30.96。' });
  });

  it.each(['0x190', '1e21', '1e3', 'Infinity', '-Infinity', 'NaN', '-0', '+400', '4,000', '0b11', '0o17', '400.', '.5', '1.2.3', '４００元', '1_000', '400 500', '1'.repeat(16), '0.1234567'])(
    'refuses %s, which Number() would read or half-read, as not a number',
    (value) => {
      const parsed = parse(`check=2&year=2023&value=${encodeURIComponent(value)}`);
      expect(parsed).toEqual({ ok: false, error: `“${value.slice(0, 20)}”不是一个数值：请只用数字和小数点，例如 400 或 30.96。` });
    },
  );

  // NFKC would read these as 400; a reader who typed them did not write a plain number.
  it.each(['⁴⁰⁰', '④⓪⓪', '𝟒𝟎𝟎', '٤٠٠', '४००', '4⁰0', '400₀', '400。5', 'Ⅳ'])('refuses %s: only ASCII and full-width digits are digits', (value) => {
    const parsed = parse(`check=2&year=2023&value=${encodeURIComponent(value)}`);
    expect(parsed).toEqual({ ok: false, error: `“${value}”不是一个数值：请只用数字和小数点，例如 400 或 30.96。` });
  });

  it('quotes a refused value whole character by character, controls shown as U+ codes, never obeyed', () => {
    const refusal = (quoted: string) => ({ ok: false, error: `“${quoted}”不是一个数值：请只用数字和小数点，例如 400 或 30.96。` });
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('4\u202e00')}`)).toEqual(refusal('4〈U+202E〉00'));
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('\u2067400\u2069\u200e')}`)).toEqual(refusal('〈U+2067〉400〈U+2069〉〈U+200E〉'));
    expect(parse(`check=2&year=2023&value=${encodeURIComponent(`${'1'.repeat(19)}𝟒𝟎𝟎`)}`)).toEqual(refusal(`${'1'.repeat(19)}𝟒…`));
    const family = '👨‍👩‍👧‍👦';
    expect(parse(`check=2&year=2023&value=${encodeURIComponent(`${'1'.repeat(19)}${family}2`)}`)).toEqual(refusal(`${'1'.repeat(19)}${family}…`));
  });

  it('takes the full-width decimal point and full-width digits on either side of it', () => {
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('４００．５')}`)).toEqual({ ok: true, state: { row: 2, year: 2023, value: 400.5 } });
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('４.５')}`)).toEqual({ ok: true, state: { row: 2, year: 2023, value: 4.5 } });
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('400．5')}`)).toEqual({ ok: true, state: { row: 2, year: 2023, value: 400.5 } });
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('\u3000４００\u3000')}`)).toEqual({ ok: true, state: { row: 2, year: 2023, value: 400 } });
  });

  it('takes plain decimals, full-width digits too, up to 100 times the 2020 value', () => {
    expect(parse('check=2&year=2023&value=0')).toEqual({ ok: true, state: { row: 2, year: 2023, value: 0 } });
    expect(parse(`check=2&year=2023&value=${encodeURIComponent('４００')}`)).toEqual({ ok: true, state: { row: 2, year: 2023, value: 400 } });
    expect(parse('check=2&year=2023&value=%20400.50%20')).toEqual({ ok: true, state: { row: 2, year: 2023, value: 400.5 } });
    // 表2 row 2: 318 件 in 2020, so 31800 is the most the check takes.
    expect(parse('check=2&year=2023&value=31800')).toEqual({ ok: true, state: { row: 2, year: 2023, value: 31800 } });
    expect(parse('check=2&year=2023&value=31800.01')).toEqual({ ok: false, error: '数值过大：海外发明专利授权量的实际数值应在0至31800件之间（2020年数值的100倍以内）。' });
    expect(parse('check=1&year=2023&value=999999999999999')).toEqual({ ok: false, error: '数值过大：每万人口高价值发明专利拥有量的实际数值应在0至409.00件之间（2020年数值的100倍以内）。' });
  });

  it('refuses a row or year Number() would read but a reader never wrote', () => {
    for (const row of ['0x2', '2.0', '2e0', ' 2', '+2']) expect(parse(`check=${encodeURIComponent(row)}&year=2023&value=1`)).toEqual({ ok: false, error: '请选择表2中的一项指标。' });
    for (const year of ['0x7e7', '2023.0', '2.023e3', '+2023']) expect(parse(`check=2&year=${encodeURIComponent(year)}&value=1`)).toEqual({ ok: false, error: '年份应在2021年至2025年之间。' });
  });
});
