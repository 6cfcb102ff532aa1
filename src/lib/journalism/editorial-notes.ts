/**
 * 本站编注: places where the published text looks mistyped, or names a
 * document or a body otherwise than elsewhere. The text is never changed;
 * each note stands on /checks/ and, by remark-editorial-notes.ts, beside every
 * paragraph it is about.
 */
import { describeAddress } from '../plan/addresses.ts';
import { CheckError, quote, type Quote, type Texts } from './evidence.ts';
import { SOURCES, type Source } from './sources.ts';

export interface EditorialNote {
  id: string;
  /** The words the note is about, in every place they stand. */
  quotes: Quote[];
  note: string;
  source?: Source;
}

export interface NoteDefinition {
  id: string;
  /** Each place the note is about: the block and the words, typed in either width. */
  places: Array<[block: string, text: string]>;
  /** The note; made from the quotes where it repeats them, so it shows them as the page does. */
  note: string | ((quotes: Quote[]) => string);
  /** What stands beside each paragraph, where the note repeats words of other paragraphs; else the note itself. */
  brief?: string;
  source?: Source;
}

/** The notes, each with the places it is about. */
export const NOTE_DEFINITIONS: NoteDefinition[] = [
  {
    id: 'note-quote-marks',
    places: [['s0-p1', '制定辽宁省“十四五"知识产权保护和运用规划']],
    note: '引号不配对：前引号为中文“，后引号为英文直引号"。',
  },
  { id: 'note-houzhi', places: [['s2-2-p2', '厚纸知识产权发展的质量优势']], note: '“厚纸”疑为“厚植”之误。' },
  {
    id: 'note-missing-mark',
    places: [['s4-2-p1', '带动重点产业知识产权发展质量和效益明显提升深入推进大连']],
    note: '“明显提升”与“深入推进”之间疑缺标点。',
  },
  { id: 'note-shiyu', places: [['s8-2-p1', '按照现行经费渠道对规划施与予以合理保障']], note: '“施与”疑为“实施”之误。' },
  {
    id: 'note-latin-o',
    places: [['s8-4-p1', '二O三五远景目标纲要']],
    // Review 15: which form is 规范 had no source (only reposts of GB/T 15835 in the store); the note says what the character is, the reading 本站推断.
    note: '“二O三五”中的“O”是拉丁字母O（U+004F），不是汉字“〇”（U+3007）；疑应作“二〇三五”（本站推断）。',
  },
  {
    id: 'note-outline-year',
    places: [['s8-4-p1', '二O三五远景目标纲要']],
    // Review 13: 这类纲要的名称写作… was a generalisation with no source; now the national outline's name as Xinhua wrote it, the gap an inference.
    note: '纲要名称在“二O三五”之后疑缺“年”字（本站推断）：国家的纲要，新华社写作“国民经济和社会发展第十四个五年规划和2035年远景目标纲要”，“2035”之后有“年”字。辽宁省这份纲要的正式名称，本站未查到可引用的来源。',
    source: SOURCES.nationalOutline,
  },
  {
    id: 'note-national-plan-title',
    places: [['s8-4-p1', '《国家“十四五”知识产权保护与运用规划》']],
    note: '国务院2021年印发的国家规划名为《“十四五”国家知识产权保护和运用规划》，与原文所写名称不同。',
    source: SOURCES.nationalPlan,
  },
  {
    id: 'note-strategy-outline-year',
    places: [['s3-1-p1', '《知识产权强国建设纲要(2021—2035)》']],
    note: '党中央、国务院2021年印发的纲要名为《知识产权强国建设纲要（2021—2035年）》，原文括号中缺“年”字。',
    source: SOURCES.strategyOutline,
  },
  { id: 'note-stray-space', places: [['s1-1-p3', '49.33 %']], note: '“49.33”与“%”之间多了一个空格。' },
  {
    id: 'note-range-dash',
    places: [['s2-3-p4', '建成2~3个知识产权服务业集聚发展区']],
    note: '同一目标在专栏5写作“2-3个”，写法不同，意思相同。',
  },
  {
    id: 'note-huludao-name',
    places: [
      ['s3-3-p3', '中国(葫芦岛)泳装快速维权中心'],
      ['c3-i4', '中国(葫芦岛)泳装快速维权中心'],
      ['s5-1-p1', '中国(葫芦岛)泳装知识产权快速维权中心'],
    ],
    brief: '同一机构在规划中有两种写法。',
    note: ([a, , c]) => `同一机构在${describeAddress(a!.block)}和专栏3写作“${a!.text}”，在${describeAddress(c!.block)}写作“${c!.text}”，名称不同。`,
  },
  {
    id: 'note-dalian-name',
    places: [
      ['s3-3-p3', '建设大连保护中心'],
      ['c3-i4', '大连清洁能源保护中心'],
    ],
    brief: '这一保护中心在正文和专栏3中写法不同。',
    note: ([a, b]) => `${describeAddress(a!.block)}写“${a!.text}”，${describeAddress(b!.block)}写“${b!.text}”，名称不同，所指疑为同一中心。`,
  },
];

export function editorialNotes(texts: Texts): EditorialNote[] {
  return NOTE_DEFINITIONS.map(({ id, places, note, source }) => {
    const quotes = places.map(([block, text]) => quote(texts, block, text));
    return { id, quotes, note: typeof note === 'string' ? note : note(quotes), ...(source ? { source } : {}) };
  });
}

/** The words that stand beside a paragraph for a note: the note itself, or its brief where the note quotes other places. */
export function noteBrief(definition: NoteDefinition): string {
  if (definition.brief) return definition.brief;
  if (typeof definition.note !== 'string') throw new CheckError(`${definition.id} needs a brief: its note is made from quotes`, 'src/lib/journalism/editorial-notes.ts');
  return definition.note;
}
