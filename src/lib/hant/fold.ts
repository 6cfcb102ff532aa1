/**
 * The search's script folding, built from the plan's own text: every
 * character of the plan's Traditional conversion that differs from the
 * Simplified text, mapped to one Simplified form. Search folds both the text
 * and the query with it (src/lib/search/query.ts), so 專利質押 and 专利质押
 * find the same paragraphs in either edition. No dictionary is shipped: only
 * the ~340 characters the plan uses.
 *
 * Characters the conversion links are one class (着 and 著 both become 著),
 * folded to the class's most frequent Simplified character: text and query
 * folded alike, the two scripts of a word always meet, and a class only ever
 * merges characters the plan's own conversion confuses.
 */

/** `simplified` and `traditional` are the same text, aligned unit by unit. */
export function scriptFold(simplified: string, traditional: string): Record<string, string> {
  if (simplified.length !== traditional.length) throw new Error('script fold: the conversion is not aligned with the source, unit by unit');
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    const p = parent.get(c) ?? c;
    if (p === c) return c;
    const root = find(p);
    parent.set(c, root);
    return root;
  };
  const frequency = new Map<string, number>();
  for (let i = 0; i < simplified.length; i++) {
    const [s, t] = [simplified[i]!, traditional[i]!];
    frequency.set(s, (frequency.get(s) ?? 0) + 1);
    if (s !== t) parent.set(find(t), find(s));
  }
  const classes = new Map<string, string[]>();
  for (const c of parent.keys()) classes.set(find(c), [...(classes.get(find(c)) ?? []), c]);
  for (const [root, members] of classes) if (!members.includes(root)) members.push(root);
  const fold: Record<string, string> = {};
  for (const members of classes.values()) {
    const target = [...members].sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0) || (a < b ? -1 : 1))[0]!;
    for (const c of members) if (c !== target) fold[c] = target;
  }
  return Object.fromEntries(Object.entries(fold).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A text in either script, in the Simplified script of the fold. */
export function foldScript(text: string, fold: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += fold[text[i]!] ?? text[i]!;
  return out;
}
