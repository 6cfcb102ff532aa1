/** Sizes as a reader reads them: 850 KB, 1.2 MB (binary units, as browsers and file managers count). */
export function formatBytes(bytes: number): string {
  const kb = bytes / 1024;
  return kb < 1000 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}
