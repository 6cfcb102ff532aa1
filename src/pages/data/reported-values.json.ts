/** /data/reported-values.json: the values others published after the plan's baselines, each with its source. */
import type { APIRoute } from 'astro';
import { getContext } from '../../data/context.ts';
import { reportedRows } from '../../lib/context/reported.ts';
import { reportedFile } from '../../lib/context/open-data.ts';

export const GET: APIRoute = async () => reportedFile('json', reportedRows((await getContext()).reported));
