/**
 * How the teaching kit names its sources and its terms of reuse: one wording
 * for the pages, the slides, the paper and the open data, so a pupil's
 * handout and a teacher's download cite a fact the same way.
 */
import type { PlanBlockEntry } from '../plan/plan-blocks.ts';
import { PLAN_PUBLISHER, PLAN_TITLE, SITE_NAME } from '../site/site.ts';
import type { Example, LegalFact, Ref } from './schema.ts';

/** What the kit's own writing may be used for, and how the plan's words stay the publisher's. */
export const TEACH_LICENCE = `本站编写的教学材料按知识共享署名 4.0 协议（CC BY 4.0）提供：可复制、修改、用于教学，请注明“${SITE_NAME}”。规划原文由${PLAN_PUBLISHER}发布，引用时请注明“来源：省知识产权局”。`;

/** The line every download carries. */
export const TEACH_SOURCE_LINE = `${SITE_NAME} · 本站编写，所引规划原文出自《${PLAN_TITLE}》（${PLAN_PUBLISHER}）`;

/** The label the site's own writing carries wherever it stands beside the plan's words. */
export const OURS = '本站编写';

export interface RefLookup {
  blocks: ReadonlyMap<string, Pick<PlanBlockEntry, 'id' | 'place' | 'path'>>;
  laws: ReadonlyMap<string, LegalFact>;
  examples: ReadonlyMap<string, Example>;
}

/** A ref as a link: its words, where it leads, and for a law or an example the day its source was read. */
export interface RefLink {
  kind: 'plan' | 'law' | 'example';
  text: string;
  /** A site path (/protection/#s3-4-p1) for the plan, the source's URL otherwise. */
  href: string;
  /** The plan's words quoted, or the source's words as stored. */
  quote: string;
  checked?: string;
  /** For a law, what the article's own words rest on when only mirrors carry them, and which text of it the fact rests on when only an older one is sourced. */
  wording?: string;
}

export function refLink(ref: Ref, lookup: RefLookup): RefLink {
  if ('plan' in ref) {
    const block = lookup.blocks.get(ref.plan);
    if (!block) throw new Error(`no plan block ${ref.plan}`);
    return { kind: 'plan', text: `规划${block.place}`, href: `${block.path}#${block.id}`, quote: ref.quote };
  }
  if ('law' in ref) {
    const fact = lookup.laws.get(ref.law);
    if (!fact) throw new Error(`no law fact ${ref.law}`);
    const chosen = ref.source === undefined ? undefined : fact.sources.find((s) => s.url === ref.source);
    if (ref.source !== undefined && !chosen) throw new Error(`law fact ${ref.law} has no source ${ref.source}`);
    const source = chosen ?? fact.sources.find((s) => s.label !== 'low') ?? fact.sources[0]!;
    const wording = [fact.wording, fact.basis].filter(Boolean).join('；');
    return { kind: 'law', text: `${fact.law}${fact.article}`, href: source.url, quote: source.quote, checked: source.checked, ...(wording ? { wording } : {}) };
  }
  const example = lookup.examples.get(ref.example);
  if (!example) throw new Error(`no example ${ref.example}`);
  const source = example.sources.find((s) => s.label !== 'low') ?? example.sources[0]!;
  return { kind: 'example', text: `${example.name}：${source.publisher}`, href: source.url, quote: source.quote, checked: source.checked };
}

/** A ref as one line of text, for downloads: 规划三（四）第1段 / 《中华人民共和国专利法》第四十二条（核对于2026-12-05）, a law's wording note after the date. */
export function refLine(ref: Ref, lookup: RefLookup): string {
  const link = refLink(ref, lookup);
  if (link.kind === 'plan') return link.text;
  return `${link.text}（${link.href}，核对于${link.checked}${link.wording ? `；${link.wording}` : ''}）`;
}
