/** /charts/t1.csv, t2.csv and t2-index.csv, made at build time (src/data/charts.ts). */
import { chartEndpoint } from '../../data/charts.ts';

const endpoint = chartEndpoint('csv');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
