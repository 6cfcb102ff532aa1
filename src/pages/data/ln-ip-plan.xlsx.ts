/** /data/ln-ip-plan.xlsx: the open data as one Excel workbook (src/data/workbook.ts). */
import type { APIRoute } from 'astro';
import { planWorkbook } from '../../data/workbook.ts';
import { XLSX_TYPE } from '../../lib/journalism/workbook.ts';

export const GET: APIRoute = async ({ site }) => {
  const { bytes } = await planWorkbook(site!);
  return new Response(bytes as BodyInit, { headers: { 'Content-Type': XLSX_TYPE } });
};
