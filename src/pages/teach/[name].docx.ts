/** /teach/quiz-<level>.docx (src/data/teach-downloads.ts). */
import { teachFileEndpoint } from '../../data/teach-downloads.ts';

const endpoint = teachFileEndpoint('docx');
export const getStaticPaths = endpoint.getStaticPaths;
export const GET = endpoint.GET;
