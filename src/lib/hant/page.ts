/**
 * One built page of the Simplified edition turned into its Traditional twin.
 * The HTML is edited in place, span by span, from parse5's source offsets:
 * everything not converted stays byte for byte as Astro wrote it, so the
 * scripts (and the CSP hashes of them), styles, ids, classes and URLs of
 * assets are those of the Simplified page.
 *
 * Plan text and site text: the text inside an element whose id is one of the
 * plan's addresses (a heading, paragraph, column, table or row: s3-2-p1, c1,
 * t1-r2) is the plan's words, converted by toHant alone; everything else (the
 * site's navigation, buttons, labels, notes, and every attribute, such as a
 * paragraph's 分享 label) is the site's text, converted by toHantSite,
 * with the interface words in Taiwan usage.
 */
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { qrSvg } from '../site/qr-svg.ts';
import { parseAddress } from '../plan/addresses.ts';
import { HANS_LANG, HANT_LANG, hasHan, storedScript, toHant, toHantSite } from './convert.ts';
import { ADDRESS_ATTRIBUTE, KEEP_ATTRIBUTE, QUOTE_ATTRIBUTE, SWITCH_ATTRIBUTE } from './edition.ts';

export { ADDRESS_ATTRIBUTE, KEEP_ATTRIBUTE, QUOTE_ATTRIBUTE, SWITCH_ATTRIBUTE } from './edition.ts';
import { hansPath, hantPath, hantQrPath, hantScriptPath, isPageLink } from './paths.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Elements inside a run of text: a paragraph's text is converted as one
 * string across its term links and marks, as OpenCC reads phrases across
 * them, so the page shows exactly the conversion of the block's text.
 */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'tspan']);

/**
 * Attributes whose value is a name or an address, never text for a reader;
 * and data-status, a value the shared styles select on (context.css's
 * [data-status='未核实']), which converted would match no rule.
 */
const NOT_TEXT = new Set(['data-status', 'class', 'id', 'href', 'src', 'srcset', 'action', 'for', 'name', 'rel', 'type', 'lang', 'hreflang', 'http-equiv', 'integrity', 'style', 'xmlns', 'xmlns:xlink']);
/** Elements whose content is code or data for a script: never converted. */
const CODE = new Set(['script', 'style']);
/** Attributes naming a share QR code or its folder (ReaderTools.astro): the edition has its own codes. */
const QR_ATTRIBUTES = new Set(['data-qr-folder', 'data-src']);

export interface PageContext {
  /** The deploy base, "/" or "/plan/". */
  base: string;
  /** The Simplified page's own path under the base ("/plan/protection/"). */
  path: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The text an element holds, as parsed (entities decoded). */
const textIn = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textIn).join('') : '';
const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const attrOf = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The label and target of the switch as it reads in the Traditional edition. */
export function switchBackHtml(simplifiedPath: string): string {
  return `<a href="${escapeAttr(simplifiedPath)}" hreflang="${HANS_LANG}" lang="${HANS_LANG}" class="edition-switch" ${SWITCH_ATTRIBUTE}>简体中文</a>`;
}

export function hantPage(html: string, context: PageContext): string {
  const { base, path } = context;
  const edits: Edit[] = [];
  const hantSelf = hantPath(base, path);
  // The canonical and og:url keep the origin the build gave them (SITE_URL).
  const absolute = (p: string, like: string) => new URL(p, like).href;
  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  /** Inline styles rewritten (the printed footer names the page's address), as [old hash, new hash]. */
  const rehashed: Array<[string, string]> = [];
  let csp: { start: number; end: number; value: string } | undefined;
  const rawSlice = (start: number, end: number) => html.slice(start, end);
  /** The site's origin (from the canonical link, read in <head>): inside an element marked ADDRESS_ATTRIBUTE, its pages' addresses become the edition's. */
  let origin: string | undefined;
  let addressScope: string | undefined;
  const pageAddresses = () => new RegExp(`${origin!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\w/.#-]*)`, 'g');
  const editionAddress = (url: string) => {
    const { pathname, hash } = new URL(url);
    return isPageLink(base, pathname) ? absolute(hantPath(base, pathname) + hash, url) : url;
  };
  /** Inside one of the plan's blocks: its text is the plan's words. */
  let inPlan = false;
  const convert = (text: string, plan = false) => {
    const converted = plan ? toHant(text) : toHantSite(text);
    return addressScope !== undefined && origin ? converted.replace(pageAddresses(), (url) => editionAddress(url)) : converted;
  };
  const needsEdit = (raw: string) => hasHan(raw) || (addressScope !== undefined && origin !== undefined && pageAddresses().test(raw));
  const convertSpan = (start: number, end: number, plan = false) => {
    const raw = rawSlice(start, end);
    if (needsEdit(raw)) edits.push({ start, end, text: convert(raw, plan) });
  };
  const setAttr = (el: Element, name: string, value: string) => {
    const at = el.sourceCodeLocation?.attrs?.[name];
    if (at) edits.push({ start: at.startOffset, end: at.endOffset, text: `${name}="${escapeAttr(value)}"` });
  };

  let run: Array<{ start: number; end: number }> = [];
  const flush = () => {
    const raws = run.map(({ start, end }) => rawSlice(start, end));
    const joined = raws.join('');
    const converted = convert(joined, inPlan);
    if (needsEdit(joined) && converted.length === joined.length) {
      let at = 0;
      run.forEach(({ start, end }, i) => {
        const text = converted.slice(at, (at += raws[i]!.length));
        if (text !== raws[i]) edits.push({ start, end, text });
      });
    } else for (const { start, end } of run) convertSpan(start, end, inPlan);
    run = [];
  };
  const visit = (node: Node) => {
    if (node.nodeName === '#text') {
      const loc = (node as DefaultTreeAdapterMap['textNode']).sourceCodeLocation;
      if (loc) run.push({ start: loc.startOffset, end: loc.endOffset });
      return;
    }
    if ('tagName' in node && !INLINE.has(node.tagName)) flush();
    visitNode(node);
    if ('tagName' in node && !INLINE.has(node.tagName)) flush();
  };
  const visitNode = (node: Node) => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child);
      return;
    }
    const el = node;
    const loc = el.sourceCodeLocation;
    if (el.attrs.some((a) => a.name === SWITCH_ATTRIBUTE) && loc) {
      flush();
      edits.push({ start: loc.startOffset, end: loc.endOffset, text: switchBackHtml(path) });
      return;
    }
    if (el.attrs.some((a) => a.name === KEEP_ATTRIBUTE)) {
      flush();
      // Kept in Simplified characters (the plan's official title where it is cited, Simplified examples): marked as such.
      if (loc && attrOf(el, 'lang') === undefined) {
        const at = loc.startOffset + 1 + el.tagName.length;
        edits.push({ start: at, end: at, text: ` lang="${HANS_LANG}"` });
      }
      return;
    }
    if (el.attrs.some((a) => a.name === QUOTE_ATTRIBUTE)) {
      flush();
      // A source's words as stored: never converted, marked with the script they were stored in (an English quote keeps lang="en").
      const text = loc ? textIn(el) : '';
      // A Japanese quote (kana with its kanji: 人民网日文版) keeps lang="ja": its Han characters are not Chinese script.
      const given = attrOf(el, 'lang');
      if (loc && hasHan(text) && (given === undefined || given.startsWith('zh'))) {
        const lang = storedScript(text);
        if (given !== undefined) setAttr(el, 'lang', lang);
        else {
          const at = loc.startOffset + 1 + el.tagName.length;
          edits.push({ start: at, end: at, text: ` lang="${lang}"` });
        }
      }
      return;
    }
    const scope = attrOf(el, ADDRESS_ATTRIBUTE);
    if (scope !== undefined) {
      flush();
      addressScope = scope;
      visitElement(el);
      flush();
      addressScope = undefined;
      return;
    }
    // A QR code drawn into the page (the handout's), of the address its scope names: drawn again for the edition's.
    if (addressScope && el.tagName === 'svg' && attrOf(el, 'class') === 'qr-code' && loc) {
      flush();
      edits.push({ start: loc.startOffset, end: loc.endOffset, text: qrSvg(editionAddress(addressScope), { label: convert(attrOf(el, 'aria-label') ?? '') }) });
      return;
    }
    visitElement(el);
  };
  const visitElement = (el: Element) => {
    const loc = el.sourceCodeLocation;
    const id = attrOf(el, 'id');
    const planBlock = !inPlan && id !== undefined && parseAddress(id) !== null;
    for (const { name, value } of el.attrs) {
      if (el.tagName === 'html' && name === 'lang') setAttr(el, name, HANT_LANG);
      else if (el.tagName === 'pagefind-config' && name === 'lang') setAttr(el, name, 'zh-tw');
      else if ((name === 'href' || name === 'action') && isPageLink(base, value)) setAttr(el, name, hantPath(base, value));
      else if (el.tagName === 'link' && name === 'href' && attrOf(el, 'rel') === 'canonical') {
        origin = new URL(value).origin;
        setAttr(el, name, absolute(hantSelf, value));
      }
      else if (((el.tagName === 'script' && name === 'src') || (el.tagName === 'link' && name === 'href')) && hantScriptPath(base, value) !== value) setAttr(el, name, hantScriptPath(base, value));
      else if (QR_ATTRIBUTES.has(name) && hantQrPath(base, value) !== value) setAttr(el, name, hantQrPath(base, value));
      // The tooltips' notes (GlossaryTips.astro): the edition has its own file, in its characters.
      else if (name === 'data-tips') setAttr(el, name, hantPath(base, value));
      else if (el.tagName === 'meta' && name === 'content' && attrOf(el, 'property') === 'og:url') setAttr(el, name, absolute(hantSelf, value));
      else if (el.tagName === 'meta' && name === 'content' && attrOf(el, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
        const at = loc?.attrs?.[name];
        if (at) csp = { start: at.startOffset, end: at.endOffset, value };
      }
      else if (el.tagName === 'meta' && name === 'content' && attrOf(el, 'property') === 'og:locale') setAttr(el, name, 'zh_TW');
      // A link to a state of this page (the explorer's city tiles: ?place=大连) names values in the page's words: converted with them.
      else if (name === 'href' && value.startsWith('?') && hasHan(value)) {
        const at = loc?.attrs?.[name];
        if (at) convertSpan(at.startOffset, at.endOffset);
      }
      else if (!NOT_TEXT.has(name) && hasHan(value)) {
        const at = loc?.attrs?.[name];
        if (at) convertSpan(at.startOffset, at.endOffset);
      }
    }
    if (CODE.has(el.tagName)) {
      flush();
      const text = el.childNodes[0];
      const at = text && 'sourceCodeLocation' in text ? text.sourceCodeLocation : undefined;
      // The printed footer (PrintFooter.astro): its words in the edition's script, and the edition's own address.
      if (el.tagName === 'style' && at && html.slice(at.startOffset, at.endOffset).includes('本页：')) {
        const raw = html.slice(at.startOffset, at.endOffset);
        const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const next = toHantSite(raw).replace(new RegExp(`(：https?://[^/"]+)${escaped}"`), `$1${hantSelf}"`);
        edits.push({ start: at.startOffset, end: at.endOffset, text: next });
        rehashed.push([hashOf(raw), hashOf(next)]);
      }
      return;
    }
    if (planBlock) {
      flush();
      inPlan = true;
    }
    for (const child of el.childNodes) visit(child);
    if (el.tagName === 'template') for (const child of (el as DefaultTreeAdapterMap['template']).content.childNodes) visit(child);
    if (planBlock) {
      flush();
      inPlan = false;
    }
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  flush();
  // A <meta> policy governs only what follows it: the footer's <style> comes before it and is allowed by
  // the header (csp-header.ts, rewritten by src/build/hant-edition.ts). Where a page's <meta> does list it, swap it.
  if (csp && rehashed.some(([old]) => csp!.value.includes(old))) {
    const policy = rehashed.reduce((value, [old, next]) => value.replace(old, next), csp.value);
    edits.push({ start: csp.start, end: csp.end, text: `content="${escapeAttr(policy)}"` });
  }

  // Joined from pieces in order: splicing each edit into the whole string was quadratic on the long pages.
  edits.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    // Spans never overlap: an element replaced whole is not entered.
    if (edit.start < at) throw new Error(`${path}: overlapping edits at ${edit.start}`);
    pieces.push(html.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(html.slice(at));
  return pieces.join('');
}

/** The Simplified path of a Traditional one, for the switch in tests and scripts. */
export { hansPath };
