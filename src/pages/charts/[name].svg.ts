/** /charts/t1.svg, t2.svg and t2-index.svg, made at build time (src/data/charts.ts). */
import { chartEndpoint } from '../../data/charts.ts';

const endpoint = chartEndpoint('svg');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
