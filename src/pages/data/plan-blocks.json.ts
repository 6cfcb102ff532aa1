/**
 * The plan's text as data: every paragraph, column item, heading and table
 * row with its address, its place in words and its page. Search is built
 * from this file after the build, and readers may take it too.
 */
import type { APIRoute } from 'astro';
import { getPlanBlockEntries } from '../../data/plan.ts';
import { OFFICIAL_URL, PLAN_SOURCE_LINE, PLAN_TITLE } from '../../lib/site/site.ts';

export const GET: APIRoute = async () => {
  const blocks = await getPlanBlockEntries();
  const body = {
    title: PLAN_TITLE,
    source: PLAN_SOURCE_LINE,
    officialUrl: OFFICIAL_URL,
    note: 'text 为规划原文，逐字照录，标点按官方文件用全角（，；：（）），详见本站“关于”页；id、place、part、section、path 为本站所加。',
    blocks,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
