/** /data/figures.json and indicators.json (src/data/open-data-files.ts). */
import { openDataEndpoint } from '../../data/open-data-files.ts';

const endpoint = openDataEndpoint('json');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
