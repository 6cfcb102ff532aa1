/**
 * What the tooltip script shows for a marked term or a linked document title:
 * one file per edition, fetched on the first tooltip, rather than the same
 * lines in an attribute on every link. On part 三 those attributes were 2.7 KB
 * of its 13.6 KB gzipped HTML, sent to every reader, most of whom never hover.
 */
import { getCollection } from 'astro:content';
import { documentTip } from '../lib/context/documents.ts';
import { getGlossary } from './glossary.ts';

export interface TermTips {
  /** A glossary term's short definition, by its id (the link's data-term-id). */
  terms: Record<string, string>;
  /** A document's issuer, date and status, by its id (the link's data-doc-id). */
  documents: Record<string, string>;
}

export async function getTermTips(): Promise<TermTips> {
  const terms = Object.fromEntries((await getGlossary()).map(({ term }) => [term.id, term.short]));
  const documents = Object.fromEntries((await getCollection('documents')).map((e) => [e.id, documentTip(e.data)]));
  return { terms, documents };
}

/** Where the file is, under the site's base; the 繁體中文 edition has its own beside its pages. */
export const TERM_TIPS_PATH = '/glossary/tips.json';
