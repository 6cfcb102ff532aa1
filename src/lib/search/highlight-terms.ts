/**
 * Which strings to mark on a page reached from a search. Pagefind passes the
 * query's words one by one (质押融资 arrives as 质, 押, 融资); marking every 质
 * and 押 on the page would be noise, so the words are put back together when
 * the whole phrase is on the page, and single characters are never marked alone.
 */
export function highlightPhrases(words: string[], pageText: string): string[] {
  const cleaned = words.map((w) => w.trim()).filter(Boolean);
  if (cleaned.length === 0) return [];
  const joined = cleaned.join('');
  if (cleaned.length > 1 && pageText.includes(joined)) return [joined];
  const spaced = cleaned.join(' ');
  if (cleaned.length > 1 && pageText.includes(spaced)) return [spaced];
  return [...new Set(cleaned)].filter((w) => [...w].length > 1 && pageText.includes(w));
}
