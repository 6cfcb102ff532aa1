/**
 * Where the site will live, from SITE_URL. It goes into canonical URLs, share
 * tags, the sitemap, the printed footer and the handout's QR code, so a
 * placeholder must never reach them. Without SITE_URL the build is a preview
 * for `npm start` and the tests: it uses the preview server's own address,
 * says so loudly, and the handout prints no QR code.
 */

/** What `npm start` serves on (scripts/serve.ts without PORT or HOST). */
export const PREVIEW_SITE = 'http://localhost:4321';

export interface SiteSetting {
  site: string;
  /** True when SITE_URL was not set: not a build to deploy. */
  preview: boolean;
}

/** Reads SITE_URL; throws, naming it, on anything that is not the bare origin of a real site. */
export function resolveSite(env: Record<string, string | undefined>): SiteSetting {
  const value = env.SITE_URL?.trim();
  if (!value) return { site: PREVIEW_SITE, preview: true };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL is not an address: "${value}" (expected e.g. https://example.gov.cn)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http or https: "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL is the origin only, e.g. https://example.gov.cn; put a sub-path in BASE_PATH: "${value}"`);
  }
  if (/(^|\.)(example|invalid|test)$|(^|\.)example\.(com|net|org)$/.test(url.hostname)) {
    throw new Error(`SITE_URL is a placeholder (${url.hostname}): set the address the site will really have`);
  }
  return { site: url.origin, preview: false };
}

/** What the build prints, first and last, when it is a preview. */
export function previewWarning(site: string): string {
  const line = '!'.repeat(78);
  return [
    line,
    `!! PREVIEW BUILD: SITE_URL is not set, so canonical URLs, share tags, the sitemap`,
    `!! and the printed footer point to ${site}, and the handout has no QR code.`,
    `!! Do not deploy this dist/. For a real host: SITE_URL=https://your.host npm run build`,
    line,
  ].join('\n');
}
