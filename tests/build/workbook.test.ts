/** /data/ln-ip-plan.xlsx and the CSV files as built: one table each, the same numbers as src/content. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.ts';
import { attr, DIST, findAll, readPage, requireDist, textOf } from '../support/dist.ts';
import { t1, t2 } from '../support/indicators.ts';

beforeAll(requireDist);

const OFFICIAL = 'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';
const XLSX = `${DIST}data/ln-ip-plan.xlsx`;
const reported = JSON.parse(readFileSync('src/content/context/reported-values.json', 'utf8')) as Array<{ id: string; year: number; value: number; checked: string }>;

let loaded: Promise<ExcelJS.Workbook> | undefined;
function workbook(): Promise<ExcelJS.Workbook> {
  loaded ??= (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(XLSX) as unknown as ArrayBuffer);
    return wb;
  })();
  return loaded;
}

/** A sheet's body rows as their values, cell 1 first. */
function body(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value));
  });
  return rows;
}

/** A cell as the sheet shows it: a number with its format's decimals. */
function shown(cell: ExcelJS.Cell): string {
  if (cell.value === null || cell.value === undefined) return '';
  if (typeof cell.value !== 'number') return String(cell.value);
  const decimals = /^0(?:\.(0+))?$/.exec(cell.numFmt ?? '');
  if (!decimals) throw new Error(`${cell.address}: number format ${cell.numFmt}`);
  return cell.value.toFixed(decimals[1]?.length ?? 0);
}

const csvFiles = () => [
  ...readdirSync(`${DIST}data`).filter((f) => f.endsWith('.csv')).map((f) => `data/${f}`),
  ...readdirSync(`${DIST}charts`).filter((f) => f.endsWith('.csv')).map((f) => `charts/${f}`),
];
const csv = (path: string) => parseCsv(readFileSync(`${DIST}${path}`, 'utf8').replace(/^\uFEFF/, ''));

describe('the CSV files', () => {
  it('are seven, each one table: one header, rows of its width, no source line, no blank line', () => {
    expect(csvFiles().sort()).toEqual(['charts/t1.csv', 'charts/t2-index.csv', 'charts/t2.csv', 'data/figures.csv', 'data/indicators.csv', 'data/quiz.csv', 'data/reported-values.csv']);
    for (const path of csvFiles()) {
      const [header, ...rows] = csv(path);
      expect(rows.length, path).toBeGreaterThan(0);
      expect(rows.filter((r) => r.length !== header!.length), path).toEqual([]);
      expect(rows.filter((r) => r.join('').startsWith('来源') || r.join('') === ''), path).toEqual([]);
      // The header once: no row repeats it (t1.csv had a second table under the first).
      expect(rows.filter((r) => r[0] === header![0]), path).toEqual([]);
    }
  });

  it('hold numbers as plain numbers: no unit or % in a number column', () => {
    for (const path of ['charts/t1.csv', 'charts/t2.csv', 'charts/t2-index.csv', 'data/indicators.csv']) {
      const cells = csv(path).slice(1).flat();
      expect(cells.filter((c) => /^[\d.]+\s*(?:%|件|户|亿元)$/.test(c)), path).toEqual([]);
    }
    expect(csv('data/reported-values.csv').find((r) => r[0] === 'pct-liaoning-2022')!.slice(6, 9)).toEqual(['2022', '337', '件']);
  });
});

describe('/data/ln-ip-plan.xlsx', () => {
  it('is built and reads back: 说明 first, then a sheet per table', async () => {
    expect(statSync(XLSX).size).toBeGreaterThan(10_000);
    expect((await workbook()).worksheets.map((s) => s.name)).toEqual(['说明', '表1', '表2', '表2指数', '其他机构数值', '规划中的数字']);
  });

  it('holds 表1 and 表2 exactly as src/content/indicators holds them, as numbers', async () => {
    const wb = await workbook();
    expect(body(wb.getWorksheet('表1')!).map((r) => r.slice(0, 5))).toEqual(t1().indicators.map((i) => [i.name, i.unit, i.baseline, i.target, i.actual]));
    expect(body(wb.getWorksheet('表2')!).map((r) => r.slice(0, 5))).toEqual(t2().indicators.map((i) => [i.name, i.unit, i.attribute, i.annualGrowthPercent, i.base]));
    expect(body(wb.getWorksheet('表1')!)[2]![4]).toBe(2.195);
    expect(wb.getWorksheet('表1')!.getCell('E4').numFmt).toBe('0.000');
    const byId = (a: ExcelJS.CellValue[], b: ExcelJS.CellValue[]) => String(a[0]).localeCompare(String(b[0]));
    expect(body(wb.getWorksheet('其他机构数值')!).map((r) => [r[0], r[6], r[7]]).sort(byId)).toEqual(reported.map((v) => [v.id, v.year, v.value]).sort(byId));
  });

  it('shows in each sheet the very cells of its CSV', async () => {
    const wb = await workbook();
    const pairs: Array<[string, string]> = [
      ['表1', 'charts/t1.csv'],
      ['表2', 'charts/t2.csv'],
      ['表2指数', 'charts/t2-index.csv'],
      ['其他机构数值', 'data/reported-values.csv'],
      ['规划中的数字', 'data/figures.csv'],
    ];
    for (const [name, path] of pairs) {
      const sheet = wb.getWorksheet(name)!;
      const rows: string[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => shown(row.getCell(i + 1)))));
      expect(rows, name).toEqual(csv(path));
    }
  });

  it('has its header row bold and frozen', async () => {
    for (const sheet of (await workbook()).worksheets) {
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('says in 说明 where the figures come from, how to cite them and their date', async () => {
    const sheet = (await workbook()).getWorksheet('说明')!;
    const text = body(sheet).map((r) => r.join('：')).join('\n');
    expect(text).toContain(`原文网址：${OFFICIAL}`);
    expect(text).toContain('来源：来源：省知识产权局（辽宁省知识产权局发布）');
    expect(text).toContain('数据日期：2026-12-06');
    expect(text).toContain('本站计算');
  });

  it('does not depend on when it was built: every date in it is the data’s', async () => {
    const zip = await JSZip.loadAsync(readFileSync(XLSX));
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2026-12-06T00:00:00.000Z']);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core.match(/<dcterms:(?:created|modified)[^>]*>[^<]*</g)).toEqual([
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-06T00:00:00Z<',
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-12-06T00:00:00Z<',
    ]);
    expect(core).toContain('<dc:creator>辽宁知识产权“十四五”规划在线版</dc:creator>');
  });

  it('is linked from /data/ and under each chart, with its size', () => {
    const size = `${Math.round(statSync(XLSX).size / 1024)} KB`;
    const data = readPage('/data/');
    const links = findAll(data, (el) => el.tagName === 'a' && attr(el, 'href') === '/data/ln-ip-plan.xlsx');
    expect(links).toHaveLength(1);
    expect(textOf(findAll(data, (el) => attr(el, 'data-workbook') !== undefined)[0]!)).toContain(`ln-ip-plan.xlsx（${size}）`);
    const charts = findAll(readPage('/indicators/'), (el) => el.tagName === 'a' && attr(el, 'href') === '/data/ln-ip-plan.xlsx');
    expect(charts.map(textOf)).toEqual([`全部表格（Excel，${size}）`, `全部表格（Excel，${size}）`, `全部表格（Excel，${size}）`]);
  });
});
