/**
 * /share/<part>.png for each part and /share/plan.png for every other page:
 * the images that shared links show, made at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getParts } from '../../data/plan.ts';
import { svgToPng } from '../../lib/charts/rasterise.ts';
import { SHARE_WIDTH, shareCardSvg } from '../../lib/journalism/share-card.ts';
import { PLAN_SOURCE_LINE, PLAN_TITLE, SITE_NAME } from '../../lib/site/site.ts';

export const getStaticPaths = (async () => {
  const parts = await getParts();
  return [
    { params: { name: 'plan' }, props: { heading: '全文、专栏、指标与数字速查' } },
    ...parts.map((part) => ({ params: { name: part.slug }, props: { heading: part.heading! } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ heading: string }> = ({ props }) => {
  const svg = shareCardSvg({ heading: props.heading, planTitle: PLAN_TITLE, siteName: SITE_NAME, source: PLAN_SOURCE_LINE });
  const png = svgToPng(svg, SHARE_WIDTH);
  return new Response(new Blob([png as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'image/png' } });
};
