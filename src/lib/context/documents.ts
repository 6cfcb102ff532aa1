/**
 * The documents the plan names, checked against its text: every 《…》 in the
 * plan has an entry, every spelling an entry claims is printed in the plan,
 * and every commitment quotes words that stand where it says. A failure names
 * the file to fix.
 */
import { RELATIONS, type CommitmentData, type DocumentData, type DocumentForm, type Relation } from './schema.ts';
import { foldWidth, titlesIn } from './titles.ts';

export const DOCUMENTS_DIR = 'src/content/documents';
export const COMMITMENTS_FILE = 'src/content/context/commitments.json';

export const documentAnchor = (id: string): string => `doc-${id}`;

export interface DocumentEntry {
  id: string;
  /** The file the entry lives in, for messages. */
  file: string;
  data: DocumentData;
}

export interface TextBlock {
  id: string;
  text: string;
  /** The chapter file the block stands in, for messages. */
  file: string;
}

export interface Mention<Block> {
  block: Block;
  /** The spelling as it stands in the block. */
  printed: string;
}

export class ContextError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContextError';
  }
}

/** The name a document is listed under: the official title when known, else its first spelling in the plan. */
export function displayName(d: DocumentData): string {
  return d.officialTitle?.value ?? d.planNames[0] ?? d.name ?? '';
}

/**
 * Each document with the blocks that name it. Throws, naming the chapter file,
 * when the plan names a title no entry claims; naming the entry's file when it
 * claims a spelling the plan never prints, or two entries claim one spelling.
 */
export function documentMentions<Block extends TextBlock>(documents: DocumentEntry[], blocks: Block[]): Array<{ entry: DocumentEntry; mentions: Array<Mention<Block>> }> {
  const owner = new Map<string, DocumentEntry>();
  for (const entry of documents) {
    for (const name of entry.data.planNames) {
      const key = foldWidth(name);
      const other = owner.get(key);
      if (other) throw new ContextError(entry.file, `《${name}》 is already claimed by ${other.file}`);
      owner.set(key, entry);
    }
  }
  const mentions = new Map<string, Array<Mention<Block>>>(documents.map((d) => [d.id, []]));
  const missing: string[] = [];
  for (const block of blocks) {
    for (const { title } of titlesIn(block.text)) {
      const entry = owner.get(foldWidth(title));
      if (!entry) {
        missing.push(`${block.file}: the plan names 《${title}》 (${block.id}) but no file in ${DOCUMENTS_DIR}/ lists it in planNames`);
        continue;
      }
      const list = mentions.get(entry.id)!;
      if (!list.some((m) => m.block.id === block.id)) list.push({ block, printed: title });
    }
  }
  if (missing.length > 0) throw new Error(missing.join('\n'));
  for (const entry of documents) {
    const found = mentions.get(entry.id)!;
    for (const name of entry.data.planNames) {
      if (!found.some((m) => foldWidth(m.printed) === foldWidth(name))) {
        throw new ContextError(entry.file, `planNames has 《${name}》, which the plan never prints`);
      }
    }
  }
  return documents.map((entry) => ({ entry, mentions: mentions.get(entry.id)! }));
}

/** The documents grouped by relation, in the order relations are listed. */
export function byRelation<T extends { entry: DocumentEntry }>(items: T[]): Array<{ relation: Relation; label: string; items: T[] }> {
  return (Object.entries(RELATIONS) as Array<[Relation, string]>)
    .map(([relation, label]) => ({ relation, label, items: items.filter((i) => i.entry.data.relation === relation) }))
    .filter((g) => g.items.length > 0);
}

/** Fails, naming the commitments file, on a quote not in its block or a document that has no entry. */
export function checkCommitments(commitments: CommitmentData[], blocks: Array<{ id: string; text: string }>, documentIds: Set<string>): void {
  const texts = new Map(blocks.map((b) => [b.id, foldWidth(b.text)]));
  for (const c of commitments) {
    const text = texts.get(c.block);
    if (text === undefined) throw new ContextError(COMMITMENTS_FILE, `${c.id}: block ${c.block} does not exist`);
    if (!text.includes(foldWidth(c.quote))) throw new ContextError(COMMITMENTS_FILE, `${c.id}: "${c.quote}" does not stand in ${c.block}`);
    if (c.document && !documentIds.has(c.document)) {
      throw new ContextError(COMMITMENTS_FILE, `${c.id}: document "${c.document}" has no file ${DOCUMENTS_DIR}/${c.document}.json`);
    }
  }
}

export interface DocumentTip {
  id: string;
  /** Folded spellings to find in the text. */
  names: string[];
  /** Issuer, date, status: the tooltip's one line. */
  tip: string;
}

/** The names of a document's dates, by its kind; null where the kind has no such date (a standard is not 通过). */
export interface DateLabels {
  adopted: string | null;
  issued: string;
  inForce: string;
}
const DATE_LABELS: Record<DocumentForm, DateLabels> = {
  法律: { adopted: '通过日期', issued: '公布日期', inForce: '施行日期' },
  法规: { adopted: '通过日期', issued: '公布日期', inForce: '施行日期' },
  国家标准: { adopted: null, issued: '发布日期', inForce: '实施日期' },
  标准: { adopted: null, issued: '发布日期', inForce: '实施日期' },
  文件: { adopted: '通过日期', issued: '印发日期', inForce: '施行日期' },
};
// A missing form is 文件: entries parsed before the field existed (the content cache) carry none.
export const dateLabels = (d: Partial<Pick<DocumentData, 'form'>>): DateLabels => DATE_LABELS[d.form ?? '文件'];

/**
 * The dates a kind has only when the document states one (review 14's decision):
 * a plan, 纲要, 方案 or 意见 is 印发, and names a 通过 or 施行 date only sometimes,
 * so its missing 通过日期 or 施行日期 is not a gap. Laws, regulations and
 * standards have all of theirs.
 */
const STATED_ONLY: Record<DocumentForm, ReadonlyArray<keyof DateLabels>> = {
  法律: [],
  法规: [],
  国家标准: [],
  标准: [],
  文件: ['adopted', 'inForce'],
};

/** The date fields a document of its kind has, with their names: what the page lists and /unknown/ counts. */
export function dateFields(d: DocumentData): Array<[keyof DateLabels, string]> {
  const labels = dateLabels(d);
  const statedOnly = STATED_ONLY[d.form ?? '文件'];
  return (['adopted', 'issued', 'inForce'] as const).flatMap((key) => {
    const label = labels[key];
    if (!label || (statedOnly.includes(key) && !d[key])) return [];
    return [[key, label] as [keyof DateLabels, string]];
  });
}

/** The tooltip line: what is known, and 本站未查到 for what is not. */
export function documentTip(d: DocumentData): string {
  const date = d.issued ?? d.adopted;
  const labels = dateLabels(d);
  const dateText = date ? `${d.issued ? labels.issued : labels.adopted} ${date.value}` : '日期 本站未查到';
  return `制定机关 ${d.issuer?.value ?? '本站未查到'}；${dateText}；状态 ${d.status.value}（截至${d.status.asOf}）`;
}
