/**
 * Runs on every page as Astro renders it (at build time for this static site,
 * and in dev): the HTML-wide typesetting that no single component owns.
 */
import { defineMiddleware } from 'astro:middleware';
import { keepRangesInHtml } from './lib/plan/keep-ranges.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(keepRangesInHtml(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
