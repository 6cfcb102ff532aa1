/** /teach/slides-<level>.pptx (src/data/teach-downloads.ts). */
import { teachFileEndpoint } from '../../data/teach-downloads.ts';

const endpoint = teachFileEndpoint('pptx');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
