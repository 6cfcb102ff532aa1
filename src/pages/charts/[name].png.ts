/** /charts/t1.png, t2.png and t2-index.png, made at build time (src/data/charts.ts). */
import { chartEndpoint } from '../../data/charts.ts';

const endpoint = chartEndpoint('png');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
