/**
 * The context's open data, in the same two formats as the rest of /data/:
 * CSV with a byte order mark (Excel reads it), and JSON of row objects.
 */
import { toCsv } from '../site/csv.ts';

export const REPORTED_SOURCE =
  '本站整理：其他机构公布的与规划指标相关的数值（多为规划基期2020年以后的数值），每行注明发布者、网址、原话摘录、可信度（high 发布机关自己的网页、medium 主要新闻媒体或全文的忠实转载（官方网站转载或转述另一机关的文件也是中）；low 镜像、聚合站副本、节选或博客，不单独作为来源）和核对日期；口径说明为本站所加。发布者没有直接写出、由本站按其数字算出的数值（如全国2020年底的6.3件），口径说明中写明“本站计算”。不是规划原文。';

export function reportedFile(format: 'csv' | 'json', rows: string[][]): Response {
  if (format === 'csv') return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(JSON.stringify({ source: REPORTED_SOURCE, rows: rowsAsObjects(rows) }, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

function rowsAsObjects(rows: string[][]): Array<Record<string, string>> {
  const [header, ...body] = rows;
  return body.map((row) => Object.fromEntries(header!.map((key, i) => [key, row[i] ?? ''])));
}
