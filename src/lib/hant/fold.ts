/**
 * Query folding between the two scripts, built from the plan's own text:
 * for every character of the plan that the conversion changes, its other
 * form. A query typed in the other script is folded before it reaches the
 * edition's index, so 專利質押 finds 专利质押 in the Simplified edition and
 * 专利质押 finds 專利質押 in the Traditional one. No dictionary is shipped:
 * only the characters the plan uses, about 340 of them.
 *
 * Conversion is character for character here ('tw' keeps every word), but a
 * few Simplified characters have two Traditional forms in the plan (制 is 制
 * in 制度 and 製 in 製造). Those are decided by the neighbouring character,
 * as the plan itself pairs them; a pair the plan never uses falls back to
 * the form the plan uses most.
 */

export interface FoldMap {
  /** Character → its form in the edition's script, where the plan uses one form only, or mostly one. */
  chars: Record<string, string>;
  /** An ambiguous character with the one before it → its form there. */
  after: Record<string, string>;
  /** An ambiguous character with the one after it → its form there. */
  before: Record<string, string>;
}

export interface FoldMaps {
  /** For the Simplified edition: Traditional → Simplified. */
  toHans: FoldMap;
  /** For the Traditional edition: Simplified → Traditional. */
  toHant: FoldMap;
}

/** `from` and `to` are the same text in the two scripts, aligned character by character. */
function foldMap(from: string, to: string): FoldMap {
  const a = [...from];
  const b = [...to];
  if (a.length !== b.length) throw new Error('fold map: the converted text is not aligned with the source, character by character');
  const counts = new Map<string, Map<string, number>>();
  for (let i = 0; i < a.length; i++) {
    const forms = counts.get(a[i]!) ?? new Map<string, number>();
    forms.set(b[i]!, (forms.get(b[i]!) ?? 0) + 1);
    counts.set(a[i]!, forms);
  }
  const chars: Record<string, string> = {};
  const ambiguous = new Set<string>();
  for (const [char, forms] of counts) {
    const [most] = [...forms].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]!;
    if (forms.size > 1) ambiguous.add(char);
    // Kept even where it is the character itself, so the pairs below can tell a default from a decision.
    if (most !== char || forms.size > 1) chars[char] = most;
  }
  const contexts = (offset: -1 | 1) => {
    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < a.length; i++) {
      const next = a[i + offset];
      if (!ambiguous.has(a[i]!) || next === undefined) continue;
      const key = offset < 0 ? `${next}${a[i]}` : `${a[i]}${next}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(b[i]!));
    }
    const decided: Record<string, string> = {};
    // A pair that names two forms decides nothing; one that only confirms the default is not needed.
    for (const [key, forms] of [...seen].sort(([x], [y]) => (x < y ? -1 : 1))) {
      const [form] = forms;
      const char = [...key][offset < 0 ? 1 : 0]!;
      if (forms.size === 1 && form !== (chars[char] ?? char)) decided[key] = form!;
    }
    return decided;
  };
  const after = contexts(-1);
  const before = contexts(1);
  for (const [char, form] of Object.entries(chars)) if (char === form) delete chars[char];
  return { chars, after, before };
}

/** Both directions' maps from the plan's Simplified text and its conversion. */
export function buildFoldMaps(simplified: string, traditional: string): FoldMaps {
  return { toHant: foldMap(simplified, traditional), toHans: foldMap(traditional, simplified) };
}

/** A query in the edition's script; characters the plan does not use pass through. */
export function foldQuery(query: string, map: FoldMap): string {
  const q = [...query];
  return q
    .map((char, i) => map.after[`${q[i - 1] ?? ''}${char}`] ?? map.before[`${char}${q[i + 1] ?? ''}`] ?? map.chars[char] ?? char)
    .join('');
}
