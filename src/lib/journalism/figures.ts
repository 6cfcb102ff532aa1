/**
 * Every number the plan writes in digits, found in its text at build time,
 * with its unit, the year or period it refers to and the sentence it stands
 * in: the 数字速查 (figure finder) and its CSV/JSON are made from this.
 *
 * Numbers written in Chinese numerals (两个重点城市, 第五巡回, 四项工程) are
 * left out: they are counts in prose, and reading them as figures would guess.
 *
 * The punctuation is matched in both widths: the plan's text is shown with
 * the official document's full-width ，；：, while the source copy has ASCII.
 */

/** Numbers the plan writes in characters, which the finder leaves out; the /figures/ page names them as examples. */
export const NUMBERS_IN_CHARACTERS = ['两个重点城市', '四项工程', '第五巡回审理庭'] as const;

export const QUALIFIERS = ['超过', '以上', '近', '至少', '不少于', '年均'] as const;
export type Qualifier = (typeof QUALIFIERS)[number] | '';

export type FigureKind = '数值' | '比例' | '年份' | '时期' | '范围' | '名称' | '编号';

export interface Figure {
  /** f-s1-1-p3-2: the block's address and the figure's place in it. */
  id: string;
  /** The address of the block it stands in. */
  block: string;
  /** As printed: 86527件, 108.9%, 2016-2020年, 1.2万人. */
  text: string;
  /** The number; the first of a range; null for names and standard numbers. */
  value: number | null;
  /** The end of a range (2-3个: 3), else null. */
  valueTo: number | null;
  unit: string;
  kind: FigureKind;
  /**
   * The year or period the figure refers to, as its own sentence words it (2020年底, 2015—2020年), 每年 for a
   * yearly average, or '' when its sentence does not say (全省共获得中国专利奖84项).
   */
  period: string;
  /** The word that bounds the figure, as printed (超过650家, 1.2万人以上, 年均60家), or ''. */
  qualifier: Qualifier;
  sentence: string;
}

const UNITS = ['亿元', '万人', '万个', '人次', '件', '户', '项', '家', '人', '个', '届', '倍', '分', '次', '%', '年'];
const NUMBER = String.raw`\d+(?:\.\d+)?`;
/*
 * One figure: a number, or a range (2016-2020, 2~3, 2021—2035), then a unit if one follows. Standard numbers
 * (GB/T34833-2017) and the plan's formula names (1+2+N, 1+1+4) are matched first, so their digits are not read
 * as quantities.
 */
const FIGURE = new RegExp(
  String.raw`(?<code>[A-Z]+\/?[A-Z]*\d+-\d{4})|(?<name>\d(?:\+(?:\d|N))+)|(?<from>${NUMBER})(?:年?\s*(?<dash>[-~～—至])\s*(?<to>${NUMBER}))?\s?(?<more>多)?(?<unit>${UNITS.join('|')})?`,
  'g',
);
/** A year or period as the plan words it: 2020年底, 到2025年, 2016-2020年, “十三五”期间. */
const YEAR = /(?:(?<![高加长达])到|截至)?\d{4}(?:[-—~～]\d{4})?年(?:底|末)?|“十[二三四]五”(?:末|期间|时期|中期)?|每年/g;

/** Spans of text, each ending at one of the given marks (kept) or at the end. */
function spansOf(text: string, ends: RegExp): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(ends)) {
    spans.push({ start, end: match.index + 1 });
    start = match.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** A sentence ends at 。！？; a semicolon only parts its clauses, which share the sentence's time. */
const SENTENCE_END = /[。!?！？]/g;
const CLAUSE_GROUP_END = /[;；]/g;

function clauseOf(sentence: string, at: number): { start: number; end: number } {
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('，'), before.lastIndexOf('：')) + 1;
  const after = sentence.slice(at).search(/[,:，：]/);
  return { start, end: after === -1 ? sentence.length : at + after };
}

function yearsIn(text: string): Array<{ at: number; text: string }> {
  return [...text.matchAll(YEAR)].map((m) => ({ at: m.index, text: m[0] }));
}

/** The year a sentence opens with (2020年, 截至2020年底, 到2025年), which sets the time of what follows. */
function openingYear(sentence: string): string | null {
  const first = yearsIn(sentence)[0];
  return first && first.at <= 1 ? first.text : null;
}

const bare = (year: string) => year.replace(/^(到|截至)/, '');

/**
 * The period a figure refers to: a year in its own clause (before it, else
 * after it), else the year its sentence (or an earlier clause group of the
 * same sentence, before a ；) opens with. A year is never carried over from
 * another sentence: 全省共获得中国专利奖84项。 says no year, so it has none. A growth or a ratio against an earlier year
 * (比2015年增长108.9%, 由2015年的1356件提高到2020年的4872件,增长3.6倍)
 * spans from that year to the later one.
 */
function periodOf(sentence: string, at: number, unit: string, sentenceYear: string | null): string {
  const clause = clauseOf(sentence, at);
  const inClause = yearsIn(sentence.slice(clause.start, clause.end)).map((y) => ({ ...y, at: y.at + clause.start }));
  // A year after 比, 为, 由 or 从 is what a figure is compared with, not the time the sentence speaks of.
  const context = yearsIn(sentence.slice(0, clause.start)).filter((y) => !/[比为由从]$/.test(sentence.slice(0, y.at)));
  const topic = context.at(-1)?.text ?? openingYear(sentence) ?? sentenceYear;
  const own = inClause.filter((y) => y.at < at).at(-1) ?? inClause.find((y) => y.at > at);
  if (unit === '%' || unit === '倍') {
    const lead = sentence.slice(clause.start, at);
    if (own && topic && /比|为/.test(lead) && bare(own.text) !== bare(topic)) return `${bare(own.text)}—${bare(topic)}`;
    const earlier = yearsIn(sentence.slice(0, clause.start));
    if (!own && /增长|提高/.test(lead) && earlier.length >= 2) return `${bare(earlier[0]!.text)}—${bare(earlier.at(-1)!.text)}`;
  }
  return own?.text ?? topic ?? '';
}

function kindOf(groups: Record<string, string | undefined>, unit: string, value: number): FigureKind {
  if (groups.code) return '编号';
  if (groups.name) return '名称';
  if (groups.to !== undefined) return unit === '年' || (value >= 1900 && value <= 2100) ? '时期' : '范围';
  if (unit === '年' || (unit === '' && Number.isInteger(value) && value >= 1990 && value <= 2100)) return '年份';
  if (unit.endsWith('%') || unit.endsWith('倍')) return '比例';
  return '数值';
}

/** The bounding word printed against a figure: before it (超过, 近, 至少, 不少于, 年均) or after it (以上). */
function qualifierOf(sentence: string, start: number, end: number): Qualifier {
  const before = /(超过|至少|不少于|年均|(?<![最接附将])近)$/.exec(sentence.slice(0, start));
  if (before) return before[1] as Qualifier;
  return sentence.startsWith('以上', end) ? '以上' : '';
}

export function extractFigures(blocks: Array<{ id: string; text: string }>): Figure[] {
  const figures: Figure[] = [];
  for (const block of blocks) {
    let n = 0;
    for (const whole of spansOf(block.text, SENTENCE_END)) {
      const text = block.text.slice(whole.start, whole.end);
      let sentenceYear: string | null = null;
      for (const span of spansOf(text, CLAUSE_GROUP_END)) {
        const sentence = text.slice(span.start, span.end);
        sentenceYear = openingYear(sentence) ?? sentenceYear;
        for (const match of sentence.matchAll(FIGURE)) {
          const groups = match.groups ?? {};
          // A digit inside a word of letters (TISC has none, but a future 5G would) is not a figure.
          if (match.index > 0 && /[A-Za-z]/.test(sentence[match.index - 1]!) && !groups.code) continue;
          const printed = match[0].trim();
          const unit = groups.code || groups.name ? '' : `${groups.more ?? ''}${groups.unit ?? ''}`;
          const value = groups.code || groups.name ? null : Number(groups.from);
          const kind = kindOf(groups, unit, value ?? 0);
          const qualifier = kind === '数值' || kind === '比例' || kind === '范围' ? qualifierOf(sentence, match.index, match.index + printed.length) : '';
          const dated = kind === '年份' || kind === '时期' || kind === '编号' || kind === '名称';
          n += 1;
          figures.push({
            id: `f-${block.id}-${n}`,
            block: block.id,
            text: printed,
            value,
            valueTo: groups.to !== undefined ? Number(groups.to) : null,
            unit,
            kind,
            // 年均60家 is sixty a year, not sixty in all by the year its sentence names.
            period: dated ? '' : qualifier === '年均' ? '每年' : periodOf(sentence, match.index, unit, sentenceYear),
            qualifier,
            sentence: sentence.trim(),
          });
        }
      }
    }
  }
  return figures;
}

export interface TableForFigures {
  id: string;
  label: string;
  header: string[];
  rows: string[][];
}

/**
 * The figures of 表1 and 表2, one per cell, each dated by its column's
 * header (2015年, 2020年目标, 2025年) and set in its row's text.
 */
export function tableFigures(table: TableForFigures): Figure[] {
  const figures: Figure[] = [];
  table.rows.forEach(([label, ...cells], r) => {
    const block = `${table.id}-r${r + 1}`;
    const sentence = `${table.label} ${label}：${cells.map((cell, c) => `${table.header[c + 1]} ${cell}`).join('，')}`;
    let n = 0;
    cells.forEach((cell, c) => {
      const match = new RegExp(`(?<from>${NUMBER})(?<unit>${UNITS.join('|')})?`).exec(cell);
      if (!match) return;
      const unitInLabel = /[（(]([^）)]+)[）)]$/.exec(label!)?.[1] ?? '';
      const unit = match.groups!.unit ?? unitInLabel;
      n += 1;
      figures.push({
        id: `f-${block}-${n}`,
        block,
        text: cell,
        value: Number(match.groups!.from),
        valueTo: null,
        unit,
        kind: unit === '%' ? '比例' : '数值',
        period: table.header[c + 1]!,
        qualifier: '',
        sentence,
      });
    });
  });
  return figures;
}
