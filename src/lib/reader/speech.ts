/**
 * Read aloud (朗读) uses the browser's own speech synthesis, and only with a
 * Chinese voice: a voice for another language would read the plan as noise.
 */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
}

const MAINLAND = /^(zh|cmn)([-_](hans|cn))*([-_]cn)?$/i;
const CHINESE = /^(zh|cmn)\b/i;

/** The best voice for the plan's Simplified Chinese text: a mainland Mandarin one first, then any Chinese one; none if there is none. */
export function pickChineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const mainland = voices.filter((v) => MAINLAND.test(v.lang.trim()));
  const chinese = voices.filter((v) => CHINESE.test(v.lang.trim()));
  const pick = (list: V[]) => list.find((v) => v.default) ?? list[0];
  return pick(mainland) ?? pick(chinese);
}

/**
 * What read-aloud leaves out, by class: the paragraph links (#), text for
 * screen readers only, and the site's check marks beside the plan's text
 * (本站核算 after a paragraph, the mark in a table row), which are not the
 * plan's words.
 */
export const UNSPOKEN_CLASSES: ReadonlySet<string> = new Set(['anchor', 'visually-hidden', 'site-annotation--check', 'check-mark']);

/** A document as read-aloud walks it: the browser's DOM in the page, any HTML tree in a test. */
export interface SpeechTree<N> {
  /** A text node's text; undefined for an element or anything else. */
  text(node: N): string | undefined;
  children(node: N): readonly N[];
  classes(node: N): readonly string[];
  /** Hidden, aria-hidden, or never shown (a script, a style, a template). */
  hidden(node: N): boolean;
  /** An element's tag name in lower case; undefined for anything else. */
  tag(node: N): string | undefined;
}

/** Table cells, read with a pause between them: a row's values run together otherwise (专利转让4872件年均增长10%). */
const CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/** The words a reader sees in an element, without the site's helpers and marks, white space folded. */
export function spokenText<N>(root: N, tree: SpeechTree<N>): string {
  const parts: string[] = [];
  const visit = (node: N): void => {
    const text = tree.text(node);
    if (text !== undefined) {
      parts.push(text);
      return;
    }
    if (tree.hidden(node) || tree.classes(node).some((c) => UNSPOKEN_CLASSES.has(c))) return;
    // The pause is heard, never shown or copied: the plan's words on the page stay as they are.
    if (CELLS.has(tree.tag(node) ?? '') && parts.join('').trim()) parts.push('，');
    for (const child of tree.children(node)) visit(child);
  };
  visit(root);
  return parts.join('').replace(/\s+/g, ' ').replace(/\s*，\s*/g, '，').trim();
}
