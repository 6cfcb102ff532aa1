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
