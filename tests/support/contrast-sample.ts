/**
 * One element for each look a page's text has, for the colour states' axe
 * runs in the every-page sweep (every-page.ts).
 *
 * axe-core's color-contrast works element by element, and nearly all of the
 * sweep's time went to it: on /glossary/, 1,381 elements with text came to
 * 20 looks, and one run over the page took 3.3 s where one over its 20 samples
 * took 0.4 s. Two elements whose text has the same colour, size, weight and
 * shadow, over the same backgrounds (every ancestor's colour and image up to
 * the first opaque one) and the same opacities, get the same ratio; a link
 * also keeps its surrounding text's colour and its underline in its look, for
 * link-in-text-block. So the dark and high-contrast states check one of each
 * look, the first visible one in the page's order. The light state still runs
 * the whole WCAG 2.2 AA set over every element, so each element's own
 * background (what is drawn behind it, which axe finds from the page's
 * layers) is checked once in full.
 */
import type { Page } from 'playwright-core';

/** The attribute that marks a sample; an axe run given its selector as `include` checks only the samples. */
export const SAMPLE_ATTRIBUTE = 'data-contrast-sample';
export const SAMPLE_SELECTOR = `[${SAMPLE_ATTRIBUTE}]`;

/** Marks one element per look on the page as it stands (in the state it is in), clearing earlier marks; returns how many looks. */
export function markContrastSamples(page: Page): Promise<{ elements: number; looks: number }> {
  return page.evaluate((attribute) => {
    for (const el of document.querySelectorAll(`[${attribute}]`)) el.removeAttribute(attribute);
    const clear = (colour: string) => colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent';
    // Each element's layers end with its parent's, which most siblings share: kept per element, so a page's
    // walk reads each element's style once rather than once for every element under it (/glossary/ in a second state:
    // 220 → 50 ms, the same samples marked on eight pages in two states).
    const behindOf = new Map<Element, string>();
    /** The backgrounds behind an element and the opacities it is drawn with, to the first opaque colour. */
    const behind = (el: Element): string => {
      const known = behindOf.get(el);
      if (known !== undefined) return known;
      const style = getComputedStyle(el);
      const layers: string[] = [];
      if (style.opacity !== '1') layers.push(`o${style.opacity}`);
      if (style.backgroundImage !== 'none') layers.push(style.backgroundImage);
      const opaque = !clear(style.backgroundColor) && !style.backgroundColor.startsWith('rgba(');
      if (!clear(style.backgroundColor)) layers.push(style.backgroundColor);
      if (!opaque && el.parentElement) layers.push(behind(el.parentElement));
      const result = layers.filter((layer) => layer !== '').join(' ');
      behindOf.set(el, result);
      return result;
    };
    const hasText = (el: Element) =>
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) || [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    const looks = new Set<string>();
    let elements = 0;
    for (const el of document.body.querySelectorAll('*')) {
      if (!hasText(el)) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible' || el.getClientRects().length === 0) continue;
      elements += 1;
      const link = el.closest('a');
      const look = [
        style.color,
        behind(el),
        style.fontSize,
        style.fontWeight,
        style.textShadow,
        link ? `link ${getComputedStyle(link.parentElement ?? link).color} ${getComputedStyle(link).textDecorationLine}` : '',
      ].join('|');
      if (looks.has(look)) continue;
      looks.add(look);
      el.setAttribute(attribute, '');
    }
    return { elements, looks: looks.size };
  }, SAMPLE_ATTRIBUTE);
}
