/**
 * The open data as one Excel workbook (/data/ln-ip-plan.xlsx), for the
 * journalists who work in Excel and WPS: a 说明 sheet first (title, source,
 * how to cite, the data's date, which values are the plan's and which the
 * site's), then one sheet per table. Numbers are numbers with a number format
 * that shows the digits the plan prints (2.195 stays 2.195, 4.60 keeps its 0);
 * the header row is bold and frozen; a header naming 本站计算 is shaded.
 *
 * Made with exceljs, then re-zipped by stableZip with the data's own date, so
 * the same data gives the same bytes whenever and wherever it is built.
 */
import ExcelJS from 'exceljs';
import { numberOf, type DataTable } from '../charts/data-table.ts';
import { stableZip } from '../site/stable-zip.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The words a header carries when its column is the site's computation (chart-data.ts's COMPUTED). */
const COMPUTED_MARK = '本站计算';
/** Light yellow behind a computed column's header; the words say it too. */
const COMPUTED_FILL = 'FFFFF2CC';

export interface WorkbookSheet {
  /** The sheet's name as the tab shows it: 表1, 其他机构数值 (at most 31 characters). */
  name: string;
  table: DataTable;
}

export interface WorkbookSpec {
  /** The 说明 sheet: one row per item, its label and its text. */
  about: Array<[label: string, text: string]>;
  sheets: WorkbookSheet[];
  /** Who made it, as the file's properties say. */
  creator: string;
  title: string;
  /** The data's date: the file's created and modified dates and the zip entries' dates. */
  date: Date;
}

export const ABOUT_SHEET = '说明';

/** Excel's number format for n decimals: 0, 0.0, 0.00, 0.000. */
export function numberFormat(decimals: number): string {
  return decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}`;
}

/** The 说明 sheet's text column, in Excel's character widths. */
const ABOUT_TEXT_WIDTH = 90;
/** Points per line of 11-point text with Chinese in it. */
const LINE_HEIGHT = 16;

/**
 * The header row bold and frozen, each header wrapped in its column and the
 * row as tall as the longest one: a computed column's header (2021年（本站计算，
 * 逐年连乘推算，本站推断）) is wider than its figures, and cut off in one line it
 * would hide the 本站推断 it carries. Bold text is counted a little wider.
 */
function boldFrozenHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  let lines = 1;
  header.eachCell((cell, column) => {
    cell.alignment = { vertical: 'top', wrapText: true };
    const width = sheet.getColumn(column).width ?? 8;
    lines = Math.max(lines, linesIn(String(cell.value ?? ''), Math.floor(width * 0.9)));
  });
  header.height = LINE_HEIGHT * lines;
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
}

/** The lines a text takes in a column `width` characters wide: a Chinese character is two widths, others one. */
export function linesIn(text: string, width: number): number {
  const widths = [...text].map((c) => (c.codePointAt(0)! < 0x100 ? 1 : 2));
  let lines = 1;
  let used = 0;
  for (const w of widths) {
    if (used + w > width) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** Printed across the page, landscape, as many pages down as it takes. */
function printable(sheet: ExcelJS.Worksheet): void {
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}

function addAbout(workbook: ExcelJS.Workbook, about: WorkbookSpec['about']): void {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  sheet.columns = [
    { header: '项目', width: 24 },
    { header: '内容', width: ABOUT_TEXT_WIDTH },
  ];
  for (const [label, text] of about) {
    const row = sheet.addRow([label, text]);
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
    // Excel and LibreOffice keep a row's stored height on opening: a long text needs its lines' height set.
    row.height = LINE_HEIGHT * linesIn(text, ABOUT_TEXT_WIDTH);
  }
  boldFrozenHeader(sheet);
  printable(sheet);
}

function addTable(workbook: ExcelJS.Workbook, { name, table }: WorkbookSheet): void {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(8, [...c.header].length * 2 + 2) }));
  for (const values of table.rows) {
    const row = sheet.addRow([]);
    table.columns.forEach((column, i) => {
      const value = values[i] ?? null;
      if (value === null) return;
      const cell = row.getCell(i + 1);
      if (typeof value === 'string') {
        cell.value = value;
        return;
      }
      const n = numberOf(column, value);
      cell.value = n.value;
      cell.numFmt = numberFormat(n.decimals);
    });
  }
  table.columns.forEach((column, i) => {
    if (!column.header.includes(COMPUTED_MARK)) return;
    sheet.getRow(1).getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COMPUTED_FILL } };
  });
  boldFrozenHeader(sheet);
  printable(sheet);
}

export async function buildWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator;
  workbook.lastModifiedBy = spec.creator;
  workbook.title = spec.title;
  workbook.created = spec.date;
  workbook.modified = spec.date;
  addAbout(workbook, spec.about);
  for (const sheet of spec.sheets) addTable(workbook, sheet);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return stableZip(bytes, spec.date);
}
