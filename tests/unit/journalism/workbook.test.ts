/** The .xlsx download: built from the real 表1, 表2 and reported values, read back with exceljs. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPORTED_SOURCE } from '../../../src/lib/context/open-data.ts';
import { reportedTable } from '../../../src/lib/context/reported.ts';
import { reportedValueSchema } from '../../../src/lib/context/schema.ts';
import { dataDate, planWorkbookSpec } from '../../../src/lib/journalism/plan-workbook.ts';
import { buildWorkbook, linesIn, numberFormat } from '../../../src/lib/journalism/workbook.ts';
import { OFFICIAL_URL } from '../../../src/lib/site/site.ts';
import { t1, t2 } from '../../support/indicators.ts';

const reported = (JSON.parse(readFileSync('src/content/context/reported-values.json', 'utf8')) as unknown[]).map((v) => reportedValueSchema.parse(v));
const figures = [
  {
    id: 'f-t1-r3-5',
    text: '2.195',
    qualifier: '',
    value: 2.195,
    valueTo: null,
    unit: '件',
    kind: '数值',
    period: '2020年',
    block: 't1-r3',
    sentence: '规模以上制造业每亿元主营业务收入的有效专利数',
    place: '表1第3行',
    part: '一',
    href: '/background/#t1-r3',
  },
] as unknown as Parameters<typeof planWorkbookSpec>[0]['figures'];
const spec = () =>
  planWorkbookSpec({
    t1: t1(),
    t2: t2(),
    reported: { table: reportedTable(reported), source: REPORTED_SOURCE, checked: reported.map((v) => v.checked) },
    figures,
    site: 'https://example.org/plan/',
  });

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

let built: Promise<ExcelJS.Workbook> | undefined;
const workbook = () => (built ??= buildWorkbook(spec()).then(read));

describe('number formats', () => {
  it('show the decimals asked for', () => {
    expect([0, 1, 2, 3].map(numberFormat)).toEqual(['0', '0.0', '0.00', '0.000']);
  });
});

describe('the workbook', () => {
  it('has 说明 first, then one sheet per table, named in Chinese', async () => {
    expect((await workbook()).worksheets.map((s) => s.name)).toEqual(['说明', '表1', '表2', '表2指数', '其他机构数值', '规划中的数字']);
  });

  it('gives each table its header row, bold and frozen', async () => {
    const wb = await workbook();
    const t1Sheet = wb.getWorksheet('表1')!;
    expect(t1Sheet.getRow(1).values).toEqual([
      undefined,
      '指标',
      '单位',
      '2015年',
      '2020年目标',
      '2020年',
      '是否完成（本站计算）',
      '达成率（%，本站计算）',
      '进度（%，本站计算）',
      '2015—2020年均增长（%，本站计算）',
    ]);
    expect(t1Sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(t1Sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(t1Sheet.getColumn(1).width).toBe(44);
    expect(wb.getWorksheet('表2')!.getRow(1).getCell(4).value).toBe('年均增长率（%）');
    expect(wb.getWorksheet('其他机构数值')!.getRow(1).getCell(8).value).toBe('数值');
  });

  it('wraps a header longer than its column, in a row tall enough to show it whole', async () => {
    const wb = await workbook();
    const t2 = wb.getWorksheet('表2')!;
    const header = t2.getRow(1);
    expect(header.getCell(6).value).toBe('2021年（本站计算，逐年连乘推算，本站推断）');
    expect(t2.getColumn(6).width).toBe(20);
    expect(header.getCell(6).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    // 23 characters, 42 widths, in a column of 20 counted as 18 for bold: three lines.
    expect(header.height).toBe(48);
    // 表2指数's longest, 37 characters and 60 widths in 22 (counted as 19): four lines.
    expect(wb.getWorksheet('表2指数')!.getRow(1).height).toBe(64);
    // A header that fits stays one line: 说明's.
    expect(wb.getWorksheet('说明')!.getRow(1).height).toBe(16);
  });

  it('holds the plan’s figures as numbers equal to the JSON’s, formatted with the digits the plan prints', async () => {
    const wb = await workbook();
    const sheet = wb.getWorksheet('表1')!;
    // 表1第3行: 0.08, 0.18, 2.195.
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe(t1().indicators[2]!.name);
    expect(row.getCell(5).value).toBe(2.195);
    expect(row.getCell(5).value).toBe(t1().indicators[2]!.actual);
    expect(row.getCell(5).numFmt).toBe('0.000');
    expect(row.getCell(3).value).toBe(0.08);
    expect(row.getCell(3).numFmt).toBe('0.00');
    expect(sheet.getRow(3).getCell(3).value).toBe(235);
    expect(sheet.getRow(3).getCell(3).numFmt).toBe('0');
    // Computed: 89.3 (1429 ÷ 1600), one decimal, a number and not "89.3%".
    expect(sheet.getRow(6).getCell(7).value).toBe(89.3);
    expect(sheet.getRow(6).getCell(7).numFmt).toBe('0.0');
    expect(sheet.getRow(6).getCell(6).value).toBe('未完成');
    expect(sheet.rowCount).toBe(6);
  });

  it('gives 表2’s path rounded to the 2020 figure’s decimals, 4.60 as 4.6 shown 0.00', async () => {
    const sheet = (await workbook()).getWorksheet('表2')!;
    const row = sheet.getRow(2);
    expect(row.values).toEqual([undefined, '每万人口高价值发明专利拥有量', '件', '预期性', 6, 4.09, 4.34, 4.6, 4.87, 5.16, 5.47]);
    expect(row.getCell(7).numFmt).toBe('0.00');
    expect(sheet.getRow(4).getCell(5).value).toBe(30.96);
    expect(sheet.getRow(4).getCell(5).value).toBe(t2().indicators[2]!.base);
    expect(sheet.getRow(3).getCell(10).value).toBe(512);
    expect(sheet.getRow(3).getCell(10).numFmt).toBe('0');
  });

  it('puts the reported values as numbers, with their sources, one row each', async () => {
    const sheet = (await workbook()).getWorksheet('其他机构数值')!;
    expect(sheet.rowCount).toBe(reported.length + 1);
    const pct = sheet.getRow(2);
    expect(pct.getCell(1).value).toBe('pct-liaoning-2022');
    expect(pct.getCell(7).value).toBe(2022);
    expect(pct.getCell(8).value).toBe(337);
    expect(pct.getCell(9).value).toBe('件');
    expect(pct.getCell(12).value).toBe('https://www.cnipa.gov.cn/tjxx/jianbao/year2023/f/f4.html');
  });

  it('says in 说明 the title, the source and its address, the data’s date and what the site computed', async () => {
    const sheet = (await workbook()).getWorksheet('说明')!;
    const rows = new Map<string, string>();
    sheet.eachRow((row, n) => {
      if (n > 1) rows.set(String(row.getCell(1).value), String(row.getCell(2).value));
    });
    expect(rows.get('标题')).toBe('辽宁省“十四五”知识产权保护和运用规划：表1、表2及相关数据');
    expect(rows.get('来源')).toBe('来源：省知识产权局（辽宁省知识产权局发布）');
    expect(rows.get('原文网址')).toBe(OFFICIAL_URL);
    expect(rows.get('引用')).toContain(`来源：辽宁省“十四五”知识产权保护和运用规划（辽宁省知识产权局，${OFFICIAL_URL}）。`);
    expect(rows.get('数据日期')).toBe('2026-12-06（其他机构数值的最近核对日期；规划原文的数字不变）');
    expect(rows.get('表1（工作表）')).toContain('标“本站计算”的列由本站根据该表计算');
    expect(rows.get('表2（工作表）')).toContain('2021—2025年数值为本站计算');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('takes its date from the data: the newest checked date', () => {
    expect(dataDate(reported.map((v) => v.checked))).toBe('2026-12-06');
    expect(dataDate(['2026-01-02', '2026-11-30', '2025-12-31'])).toBe('2026-11-30');
    expect(spec().date.toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(() => dataDate([])).toThrow(/no value with a checked date/);
  });

  it('is the same bytes whatever the clock says when it is built: every date inside is the data\'s', async () => {
    // No fake clock (workers are shared, tests/unit/tooling/shared-workers.test.ts): the file may hold no date but the data's.
    const bytes = await buildWorkbook(spec());
    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.values(zip.files);
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry.date.toISOString().slice(0, 10), entry.name).toBe('2026-12-06');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect([...core.matchAll(/>(\d{4}-\d{2}-\d{2})T/g)].map((m) => m[1])).toEqual(['2026-12-06', '2026-12-06']);
    expect(Buffer.from(await buildWorkbook(spec())).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the 说明 sheet’s row heights', () => {
  it('count a Chinese character as two widths and break where the column ends', () => {
    expect(linesIn('abcd', 4)).toBe(1);
    expect(linesIn('abcde', 4)).toBe(2);
    expect(linesIn('来源来源', 4)).toBe(2);
    expect(linesIn('来源a', 4)).toBe(2);
    expect(linesIn('', 4)).toBe(1);
  });

  it('are set from their text, so a long line shows whole when opened', async () => {
    const sheet = (await workbook()).getWorksheet('说明')!;
    expect(sheet.getRow(2).height).toBe(16);
    // 引用: the source line with the official URL and how to cite, four lines of a 90-wide column.
    expect(sheet.getRow(5).getCell(1).value).toBe('引用');
    expect(sheet.getRow(5).height).toBe(64);
    expect(sheet.getRow(5).getCell(2).alignment?.wrapText).toBe(true);
  });
});
