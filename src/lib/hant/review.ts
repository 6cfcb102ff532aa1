/**
 * The review of the conversion (docs/hant-edition.md): every character of a
 * text that OpenCC's own data gives more than one Traditional form (征: 征 徵,
 * 沈: 沈 瀋, 布: 布 佈 …), with the form the edition writes at each place; and
 * every place where OpenCC's Taiwan (tw), Hong Kong (hk) and generic (t)
 * forms differ. src/content/hant/review.json records what was reviewed for
 * the plan's text; a unit test fails when the plan converts to a form not
 * reviewed there.
 */
import * as OpenCC from 'opencc-js';
import { toHant } from './convert.ts';

let ambiguous: Map<string, string> | undefined;

/**
 * Each Simplified character that OpenCC's first stage (cn → OpenCC
 * Traditional: its character table and every phrase) writes in more than one
 * form, with those forms, in the order first met.
 */
export function ambiguousCharacters(): Map<string, string> {
  if (ambiguous) return ambiguous;
  const forms = new Map<string, Set<string>>();
  for (const group of OpenCC.Locale.from.cn!) {
    for (const dict of Array.isArray(group) ? group : [group]) {
      const entries = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ')) : (dict as unknown as string[][]);
      for (const [hans, hant] of entries) {
        if (!hans || !hant) continue;
        const [a, b] = [[...hans], [...hant]];
        if (a.length !== b.length) continue;
        a.forEach((c, i) => (forms.get(c) ?? forms.set(c, new Set()).get(c)!).add(b[i]!));
      }
    }
  }
  ambiguous = new Map([...forms].filter(([, set]) => set.size > 1).map(([c, set]) => [c, [...set].join('')]));
  return ambiguous;
}

/** For each ambiguous character of `text`, the forms the edition writes for it and how often: { 征: { 征: 2, 徵: 1 } }. */
export function formsWritten(text: string, convert: (text: string) => string = toHant): Record<string, Record<string, number>> {
  const out = convert(text);
  if (out.length !== text.length) throw new Error('review: the conversion is not aligned with the text');
  const chars = ambiguousCharacters();
  const forms: Record<string, Record<string, number>> = {};
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!chars.has(c)) continue;
    const row = (forms[c] ??= {});
    row[out[i]!] = (row[out[i]!] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(forms).sort(([a], [b]) => (a < b ? -1 : 1)));
}

let variants: { hk: (text: string) => string; t: (text: string) => string } | undefined;

/** Where OpenCC's hk and t forms differ from the edition's, by character: "为 為 hk:為 t:爲" → how often. */
export function variantDifferences(text: string): Record<string, number> {
  variants ??= { hk: OpenCC.Converter({ from: 'cn', to: 'hk' }), t: OpenCC.Converter({ from: 'cn', to: 't' }) };
  const [ours, hk, t] = [toHant(text), variants.hk(text), variants.t(text)];
  const found: Record<string, number> = {};
  for (let i = 0; i < text.length; i++) {
    if (ours[i] === hk[i] && ours[i] === t[i]) continue;
    const key = `${text[i]} ${ours[i]} hk:${hk[i]} t:${t[i]}`;
    found[key] = (found[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => (a < b ? -1 : 1)));
}
