/**
 * Office files as the same bytes from the same content. pptxgenjs and docx
 * stamp each file with the moment it was made (the zip entries' dates, and
 * dcterms:created/modified in docProps/core.xml), so two builds, or the build
 * and `astro dev`, would serve different bytes for one deck: the offline
 * worker's revisions would change with every build and a download could not
 * be checked against the build. The stamp here is the content's own date.
 */
import JSZip from 'jszip';

const W3CDTF = /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g;

export async function stableZip(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  // Entries in name order, so the archive's layout does not depend on how the library queued them.
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async('uint8array');
    if (name === 'docProps/core.xml') content = (await entry.async('string')).replace(W3CDTF, `$1${stamp}$2`);
    out.file(name, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
