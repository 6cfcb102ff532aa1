/**
 * The one place where a query and the plan's text are made comparable. Every
 * search (the dialog, the /search/ page, the tests, the bench) goes through
 * `normaliseQuery`, and the index through `foldText`, so a new folding rule
 * (full-width punctuation, Traditional characters) is added here once.
 */

/**
 * The longest query kept. A copied sentence fits; far more than that makes
 * the shareable address (?q=…, each Han character nine bytes once encoded)
 * too long for some hosts to accept (HTTP 431).
 */
export const MAX_QUERY_LENGTH = 100;

/**
 * One character of the text or the query, folded: full-width forms to their
 * ASCII twins (，→, （→( Ａ→a), the ideographic space to a space, Latin
 * letters to lower case. Always exactly one UTF-16 unit for one unit, so an
 * offset in the folded text is the same offset in the published text, and a
 * match can be marked where it stands.
 */
export function foldChar(char: string, script?: ScriptFold): string {
  const code = char.charCodeAt(0);
  const other = script?.[char];
  if (other !== undefined) return other;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000) return ' ';
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
  return char;
}

/**
 * Traditional characters → Simplified, one UTF-16 unit for one, built at build
 * time from the plan's own text and its 繁體 conversion (src/lib/hant/fold.ts)
 * and shipped in the index: text and query both folded with it, a query in
 * either script finds the paragraph in either edition.
 */
export type ScriptFold = Readonly<Record<string, string>>;

/** The text folded unit by unit (see `foldChar`): same length, same offsets. */
export function foldText(text: string, script?: ScriptFold): string {
  let folded = '';
  for (let i = 0; i < text.length; i += 1) folded += foldChar(text[i]!, script);
  return folded;
}

/**
 * A query's Simplified characters in the edition's Traditional forms, by the
 * index's own folding read backwards: for the 繁體 edition's site pages, whose
 * index (Pagefind's) knows only their own script. A character that is also a
 * Traditional one in the map is left as typed, and where two forms fold to one
 * (髮 and 發 to 发) the first the map lists is taken: the caller searches the
 * query as typed as well.
 */
export function unfoldScript(raw: string, script: ScriptFold): string {
  const back = new Map<string, string>();
  for (const [traditional, simplified] of Object.entries(script)) {
    if (traditional !== simplified && !back.has(simplified) && !(simplified in script)) back.set(simplified, traditional);
  }
  let unfolded = '';
  for (const char of raw) unfolded += back.get(char) ?? char;
  return unfolded;
}

export interface NormalisedQuery {
  /** Folded, spaces collapsed, cut to MAX_QUERY_LENGTH. Empty when nothing is left to search. */
  text: string;
  /** The pieces between spaces: each must be found. */
  terms: string[];
  /** True when the reader's query was longer than MAX_QUERY_LENGTH and was cut. */
  truncated: boolean;
}

export function normaliseQuery(raw: string, script?: ScriptFold): NormalisedQuery {
  const spaced = foldText(raw, script).replace(/\s+/gu, ' ').trim();
  const chars = [...spaced];
  const truncated = chars.length > MAX_QUERY_LENGTH;
  const text = (truncated ? chars.slice(0, MAX_QUERY_LENGTH).join('') : spaced).trim();
  return { text, terms: text ? text.split(' ') : [], truncated };
}

/** The reader's query cut to MAX_QUERY_LENGTH characters, as typed (not folded): what the address keeps. */
export function capQuery(raw: string): string {
  const chars = [...raw];
  return chars.length > MAX_QUERY_LENGTH ? chars.slice(0, MAX_QUERY_LENGTH).join('') : raw;
}

/**
 * What to tell the reader instead of results, when the query itself is the
 * problem; null when it can be searched.
 */
export function queryMessage(raw: string, filtered = false): string | null {
  const { text, truncated } = normaliseQuery(raw);
  if (!text) {
    if (raw.length > 0) return '请输入要搜索的词语：只有空格无法搜索。';
    return filtered ? '请先输入要搜索的词语，筛选条件会用于搜索结果。' : null;
  }
  if (truncated) return `搜索词太长，只搜索了前${MAX_QUERY_LENGTH}个字。`;
  return null;
}
