/**
 * Which of axe-core's rules each reader state (reader-states.ts) can change.
 *
 * The whole WCAG 2.2 AA set (browser.ts: WCAG_22_AA) runs once per page, in the
 * default state: light, the default text size, a wide screen. The other states
 * change CSS custom properties (the colours) or the root's font size (the site
 * sizes everything in rem), by an attribute on <html>, and the screen's width:
 * nothing in the markup, names, roles or ARIA that axe's other rules read. So
 * in those states only the rules that read what the state changes run again;
 * the list is axe 4.13's (`axe.getRules()`), read for what each rule measures.
 */
import type { StateName } from './reader-states.ts';

/**
 * A colour state (dark): the two rules that read colours, text against its
 * background (color-contrast) and a link set in text against the text around
 * it (link-in-text-block, WCAG 1.4.1).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * High contrast, which promises AAA's 7:1 (color-contrast-enhanced) on top.
 * AAA's rule asks more than AA's of the same text, and both find its
 * background the same way, which axe computes once for the two in one run:
 * AA's costs little beside it (measured).
 */
export const HIGH_CONTRAST_RULES = [...COLOUR_RULES, 'color-contrast-enhanced'] as const;

/**
 * The largest text (twice the default) on a 360 px phone: the rules that
 * measure the laid-out page.
 *   - target-size (2.5.8): a control's size and the space around it grow with the text and shrink with the screen;
 *   - scrollable-region-focusable (2.1.1): what scrolls depends on the width (wide tables scroll on a phone);
 *   - meta-viewport (1.4.4): zoom is not disabled, which a reader of large text relies on; one attribute, no cost.
 * Not color-contrast: the state keeps the light colours, and the ratio WCAG
 * asks falls as text grows (3:1 from 24 px, or 18.66 px bold), so text that
 * passes at the default size passes here; text that reflows out of its box
 * onto another background is what the sweep's cut-off and overflow checks
 * find. Of the rest, avoid-inline-spacing reads style attributes, and
 * p-as-heading (experimental, not in the set) compares sizes that all scale
 * together.
 */
export const LARGEST_TEXT_RULES = ['meta-viewport', 'scrollable-region-focusable', 'target-size'] as const;

/**
 * What a 繁體 page is checked for: the rules whose outcome can change when
 * text changes. The edition is its twin with the text converted character
 * for character (src/lib/hant/page.ts): the same elements, roles, ARIA,
 * classes, styles and sizes, so the rules that read structure, layout or
 * colour give the twin's answer, which the twin's own runs give in every
 * state. What conversion touches is text: names (of links, buttons, images,
 * fields, summaries, frames), labels, the title and lang. These rules, of
 * axe 4.13's WCAG 2.2 AA set, read nothing else.
 */
export const TWIN_TEXT_RULES = [
  'area-alt',
  'aria-command-name',
  'aria-input-field-name',
  'aria-meter-name',
  'aria-progressbar-name',
  'aria-tab-name',
  'aria-toggle-field-name',
  'aria-tooltip-name',
  'button-name',
  'document-title',
  'frame-title',
  'html-has-lang',
  'html-lang-valid',
  'html-xml-lang-mismatch',
  'image-alt',
  'input-button-name',
  'input-image-alt',
  'label',
  'link-name',
  'object-alt',
  'role-img-alt',
  'select-name',
  'summary-name',
  'svg-img-alt',
  'valid-lang',
] as const;

/** The rules a state runs: undefined for the whole WCAG 2.2 AA set. */
export const STATE_RULES: Record<StateName, readonly string[] | undefined> = {
  light: undefined,
  dark: COLOUR_RULES,
  'high contrast': HIGH_CONTRAST_RULES,
  'high contrast, dark': HIGH_CONTRAST_RULES,
  'the largest text': LARGEST_TEXT_RULES,
};
