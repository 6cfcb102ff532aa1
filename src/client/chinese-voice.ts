/**
 * Whether the browser can read Chinese aloud: the first Chinese voice, once
 * known (voices often arrive after the page has loaded). Apart from
 * read-aloud.ts so that every page can show its 朗读 button without loading
 * the reading itself.
 */
import { pickChineseVoice } from '../lib/reader/speech.ts';

/** Calls back with the voice once one is known; never, where the browser has none or no speech synthesis. */
export function onChineseVoice(callback: (voice: SpeechSynthesisVoice) => void): void {
  const speech = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  if (!speech || typeof window.SpeechSynthesisUtterance !== 'function') return;
  const check = () => {
    const voice = pickChineseVoice(speech.getVoices());
    if (voice) callback(voice);
    return Boolean(voice);
  };
  if (!check()) speech.addEventListener?.('voiceschanged', function listener() {
    if (check()) speech.removeEventListener('voiceschanged', listener);
  });
}
