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
    throw new Error(`SITE_URL is not an address: "${value}" (expected the site's origin, e.g. https://ipplan.ln.cn)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be http or https: "${value}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL is the origin only, e.g. https://ipplan.ln.cn; put a sub-path in BASE_PATH: "${value}"`);
  }
  const problem = hostProblem(url.hostname);
  if (problem) throw new Error(`SITE_URL ${problem} (${url.hostname}): set the public host name the site will really have`);
  return { site: url.origin, preview: false };
}

/**
 * Labels that name no real site: the reserved names of RFC 2606 and 6761,
 * names only a local network resolves, and the words an example is written
 * with (the preview warning once suggested https://your.host).
 */
const PLACEHOLDER_LABELS = new Set([
  'example', 'invalid', 'test', 'localhost', 'local', 'localdomain', 'internal', 'lan', 'intranet',
  'your', 'yourhost', 'your-host', 'yourdomain', 'your-domain', 'yoursite', 'your-site', 'placeholder', 'changeme', 'change-me',
]);

/** Why `hostname` (as URL parses it) is not a public host name, or undefined when it is one. */
export function hostProblem(hostname: string): string | undefined {
  // WHATWG URL keeps a trailing dot, and the two spellings would give two sets of canonical URLs.
  if (hostname.endsWith('.')) return 'ends with a dot';
  if (hostname.startsWith('[') || /^[\d.]+$/.test(hostname)) return 'is an IP address, not a host name';
  const labels = hostname.split('.');
  if (labels.length < 2) return 'is a single-label name, which only a local network resolves';
  const placeholder = labels.find((label) => PLACEHOLDER_LABELS.has(label));
  if (placeholder) return `is a placeholder or local name ("${placeholder}")`;
  if (!/^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(labels.at(-1)!)) return 'has no real top-level domain';
  return undefined;
}

/** What the build prints, first and last, when it is a preview. */
export function previewWarning(site: string): string {
  const line = '!'.repeat(78);
  return [
    line,
    `!! PREVIEW BUILD: SITE_URL is not set, so canonical URLs, share tags, the sitemap`,
    `!! and the printed footer point to ${site}, and the handout has no QR code.`,
    `!! Do not deploy this dist/. To deploy: SITE_URL=https://<the site's host name> npm run build`,
    line,
  ].join('\n');
}
