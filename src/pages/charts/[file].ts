/** /charts/t1.svg, t1.png, t1.csv and the same for t2 and t2-index: the chart downloads, made at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartFiles, type ChartFile } from '../../data/charts.ts';

export const getStaticPaths = (async () => (await chartFiles()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: ChartFile }> = ({ props }) => {
  const body = props.file.body();
  return new Response(typeof body === 'string' ? body : new Blob([body as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': props.file.contentType } });
};
