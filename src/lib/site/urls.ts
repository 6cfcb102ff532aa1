/**
 * Joins the deploy base (Astro's BASE_URL: "/" or "/plan/") and a site path,
 * so the same build works under the root or a sub-path.
 */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.startsWith('/') ? path.slice(1) : path;
  return `${head}${tail}`;
}
