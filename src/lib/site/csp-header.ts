/**
 * The pages' Content-Security-Policy as an HTTP header. Each page states its
 * policy in a <meta> (Astro's CSP, with hashes that change with every build);
 * a header can add what a <meta> cannot: frame-ancestors. The build writes
 * the header for nginx (csp-header.conf), and the local server sends it.
 */
import { createHash } from 'node:crypto';

/** Sent only in a header: a <meta> policy cannot forbid framing, so nothing may frame the site. */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";
/** The file `npm run build` writes into dist/ for the nginx example in docs/deploying.md to include. */
export const NGINX_CSP_FILE = 'csp-header.conf';

const decodeAttribute = (value: string) =>
  value.replace(/&(#39|apos|quot|amp|lt|gt);/g, (_, name: string) => ({ '#39': "'", apos: "'", quot: '"', amp: '&', lt: '<', gt: '>' })[name]!);

/**
 * A page's policy for its header: the <meta>'s, with the hash of every inline
 * <style> added to style-src. A <meta> policy governs only what follows it, so
 * a page may carry a <style> before it (the printed footer's, which holds the
 * page's own address); a header governs the whole page and must allow it.
 */
export function pageHeaderPolicy(html: string): string | null {
  const meta = metaPolicy(html);
  if (meta === null) return null;
  const hashes = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return hashes.length ? `${meta}; style-src ${hashes.join(' ')}` : meta;
}

/** A <script> the browser runs from the page itself: no src, and a JavaScript type (none, module or a JavaScript MIME type). */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*\stype=["']?(?!module|text\/javascript|application\/javascript)[^"'\s>]+)[^>]*>/i;

/**
 * The page with no script hashes in its CSP <meta> when it runs no inline
 * script. Astro writes into every page the hashes of the inline scripts it
 * might have added (its islands' runtime and the like); these pages have none,
 * every script being a file that 'self' allows, so the hashes allow nothing.
 * Forty-odd random characters each, they do not compress: seven of them were
 * 0.3 KB of every page's gzipped first load.
 */
export function withoutUnusedScriptHashes(html: string): string {
  if (INLINE_SCRIPT.test(html)) return html;
  return html.replace(/(<meta\s+http-equiv=["']?content-security-policy["']?\s+content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
    const lean = policy.replace(/(script-src\s[^;]*)/i, (directive) => directive.replace(/\s+(?:'|&#39;)sha(?:256|384|512)-[A-Za-z0-9+/=]+(?:'|&#39;)/g, ''));
    return `${open}${lean}${close}`;
  });
}

/** The policy in a page's CSP <meta>, or null when it has none. */
export function metaPolicy(html: string): string | null {
  const meta = /<meta\s+http-equiv=["']?content-security-policy["']?\s+content="([^"]*)"/i.exec(html);
  return meta ? decodeAttribute(meta[1]!) : null;
}

function directives(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0])
    .map(([name, ...values]) => [name!.toLowerCase(), values]);
}

/**
 * One policy for a set of pages: each directive with every source any page
 * allows, then frame-ancestors. The header applies with each page's own <meta>,
 * and a browser enforces both, so a page never gets more than its <meta> allows.
 */
export function headerPolicy(policies: (string | null)[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, values] of directives(policy ?? '')) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...values.filter((v) => !known.includes(v))]);
    }
  }
  merged.delete('frame-ancestors');
  return [...[...merged].map(([name, values]) => [name, ...values].join(' ')), FRAME_ANCESTORS].join('; ');
}

/**
 * nginx reads no parameter longer than 4096 bytes, and the policy grows with
 * every page (each page's printed footer is an inline <style> with its own
 * hash). A longer policy is built from variables set in pieces below that.
 */
export const NGINX_PARAMETER_LIMIT = 4096;
const PIECE = 2000;

/** The policy cut after a space into pieces of at most PIECE characters; joined, they give it back exactly. */
function pieces(policy: string): string[] {
  const out: string[] = [];
  let rest = policy;
  while (rest.length > PIECE) {
    const cut = rest.lastIndexOf(' ', PIECE - 1) + 1;
    if (cut <= 0) throw new Error(`the Content-Security-Policy has a token longer than ${PIECE} characters`);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...out, rest];
}

/** The nginx include (at server level): the header for every response, errors too. */
export function nginxCspInclude(policy: string): string {
  if (/["\\$]/.test(policy)) throw new Error(`the Content-Security-Policy has a character nginx would misread: ${policy}`);
  const head = `# Written by \`npm run build\`: this build's Content-Security-Policy (every page's <meta>, with frame-ancestors).
# Its hashes change with every build: reload nginx after deploying one (nginx -s reload).
`;
  if (policy.length + 2 < NGINX_PARAMETER_LIMIT) return `${head}add_header Content-Security-Policy "${policy}" always;\n`;
  const parts = pieces(policy);
  const sets = parts.map((part, i) => `set $csp_${i} "${part}";`).join('\n');
  return `${head}# The policy is longer than nginx reads in one parameter, so it is set in pieces.
${sets}
add_header Content-Security-Policy "${parts.map((_, i) => `$csp_${i}`).join('')}" always;
`;
}
