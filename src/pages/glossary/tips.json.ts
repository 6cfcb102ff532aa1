/** The tooltips' lines (src/data/term-tips.ts), for src/client/glossary-tips.ts. */
import type { APIRoute } from 'astro';
import { getTermTips } from '../../data/term-tips.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getTermTips()), { headers: { 'content-type': 'application/json; charset=utf-8' } });
