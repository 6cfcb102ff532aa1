/**
 * 朗读: reads text with the browser's speech synthesis in a Chinese voice. Where
 * the browser has none (or no speech synthesis at all), `onChineseVoice` never
 * calls back and the read-aloud buttons stay hidden.
 */
import { spokenText as spokenTextOf, type SpeechTree } from '../lib/reader/speech.ts';
import { onChineseVoice as whenChineseVoice } from './chinese-voice.ts';

const synth = (): SpeechSynthesis | undefined => ('speechSynthesis' in window ? window.speechSynthesis : undefined);

let voice: SpeechSynthesisVoice | undefined;
let reading: Element | undefined;
let onDone: (() => void) | undefined;
// Cancelling may still end the cancelled utterances later: only the current run's end counts.
let run = 0;

/** Calls back once a Chinese voice is known; voices often arrive after the page has loaded. */
export function onChineseVoice(callback: () => void): void {
  whenChineseVoice((found) => {
    if (voice) return;
    voice = found;
    callback();
  });
}

const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

const PAGE: SpeechTree<Node> = {
  text: (node) => (node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '') : undefined),
  children: (node) => [...node.childNodes],
  classes: (node) => (node instanceof Element ? [...node.classList] : []),
  hidden: (node) => node instanceof Element && (NEVER_SHOWN.has(node.nodeName) || node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true'),
  tag: (node) => (node instanceof Element ? node.localName : undefined),
};

/** The text a reader sees in an element, without the site's hidden helpers and its check marks (speech.ts). */
export function spokenText(el: Element): string {
  return spokenTextOf(el, PAGE);
}

/**
 * Reads the elements in order, sentence by sentence: some engines stop a long
 * utterance part way, and short ones let the reader stop at once.
 */
export function readAloud(elements: Element[], done?: () => void): void {
  const speech = synth();
  if (!speech || !voice) return;
  stopReading();
  const current = run;
  onDone = done;
  const parts = elements.flatMap((el) =>
    (spokenText(el).match(/[^。；！？]+[。；！？”]*/g) ?? []).map((sentence) => ({ el, sentence: sentence.trim() })),
  ).filter((p) => p.sentence);
  parts.forEach(({ el, sentence }, i) => {
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.lang = voice!.lang || 'zh-CN';
    utterance.voice = voice!;
    utterance.onstart = () => mark(el);
    if (i === parts.length - 1) utterance.onend = () => current === run && finish();
    speech.speak(utterance);
  });
  if (parts.length === 0) finish();
}

export function stopReading(): void {
  run += 1;
  synth()?.cancel();
  finish();
}

export const isReading = (): boolean => onDone !== undefined;

function mark(el: Element): void {
  if (reading === el) return;
  reading?.removeAttribute('data-reading');
  reading = el;
  el.setAttribute('data-reading', '');
}

function finish(): void {
  reading?.removeAttribute('data-reading');
  reading = undefined;
  const done = onDone;
  onDone = undefined;
  done?.();
}
