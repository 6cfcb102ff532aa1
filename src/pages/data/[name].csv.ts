/** /data/figures.csv and indicators.csv (src/data/open-data-files.ts). */
import { openDataEndpoint } from '../../data/open-data-files.ts';

const endpoint = openDataEndpoint('csv');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
