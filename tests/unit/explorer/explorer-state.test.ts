/**
 * The explorer's state in the URL and the filtering it means: one address per
 * state, unknown values dropped with a sentence in Chinese that never echoes
 * control characters, facets combined with AND, and counts that ignore their
 * own facet's choice.
 */
import { describe, expect, it } from 'vitest';
import { FACET_IDS, type FacetId } from '../../../src/lib/explorer/facets.ts';
import { blockMatches, facetCounts, parseState, queryWords, stateToSearch, type BlockFacets, type ExplorerState } from '../../../src/lib/explorer/explorer-state.ts';

const KNOWN: Record<FacetId, ReadonlySet<string>> = {
  place: new Set(['沈阳', '大连']),
  ip: new Set(['专利', '商标', '著作权（版权）']),
  theme: new Set(['保护', '运用']),
  means: new Set(['金融']),
  target: new Set(['t2-r3', 'agencies']),
  status: new Set(['已达到', '本站未查到公开数据']),
};

describe('stateToSearch and parseState', () => {
  it('write the facets in their fixed order whatever order they were chosen in, Chinese percent-encoded', () => {
    const state: ExplorerState = { selection: { ip: '商标', place: '大连' }, query: '' };
    expect(stateToSearch(state)).toBe('?place=%E5%A4%A7%E8%BF%9E&ip=%E5%95%86%E6%A0%87');
    expect(stateToSearch({ selection: {}, query: '' })).toBe('');
    expect(stateToSearch({ selection: {}, query: '质押 融资' })).toBe('?q=%E8%B4%A8%E6%8A%BC+%E8%9E%8D%E8%B5%84');
  });

  it('round-trip every facet, full-width brackets and a query with spaces and & = #', () => {
    const state: ExplorerState = {
      selection: { place: '沈阳', ip: '著作权（版权）', theme: '运用', means: '金融', target: 't2-r3', status: '本站未查到公开数据' },
      query: '质押融资 年均增长10% & a=b #1',
    };
    const search = stateToSearch(state);
    expect(search.startsWith('?place=')).toBe(true);
    expect([...new URLSearchParams(search).keys()]).toEqual([...FACET_IDS, 'q']);
    expect(parseState(search, KNOWN)).toEqual({ state, unknown: [] });
  });

  it('read an address typed with raw Chinese as well as an encoded one', () => {
    expect(parseState('?place=大连&ip=商标', KNOWN)).toEqual({ state: { selection: { place: '大连', ip: '商标' }, query: '' }, unknown: [] });
    expect(parseState('place=%E5%A4%A7%E8%BF%9E', KNOWN).state.selection).toEqual({ place: '大连' });
  });

  it('drop an unknown value with a sentence naming the parameter and the facet, and keep the rest', () => {
    expect(parseState('?place=火星&ip=商标&theme=运用', KNOWN)).toEqual({
      state: { selection: { ip: '商标', theme: '运用' }, query: '' },
      unknown: ['网址中的“place=火星”不是“地区”中的选项，已不按它筛选。'],
    });
    // A value of another facet is unknown in this one: 商标 is no 完成情况.
    expect(parseState('?status=商标&target=t9-r1', KNOWN).unknown).toEqual([
      '网址中的“target=t9-r1”不是“目标”中的选项，已不按它筛选。',
      '网址中的“status=商标”不是“完成情况”中的选项，已不按它筛选。',
    ]);
  });

  it('never echo control or bidirectional-override characters (shown as U+ codes), and cut a long value at a character boundary', () => {
    const { unknown } = parseState(`?place=${encodeURIComponent('火\u0000\u001b[31m\u202e星\u200b')}`, KNOWN);
    expect(unknown).toEqual(['网址中的“place=火〈U+0000〉〈U+001B〉[31m〈U+202E〉星〈U+200B〉”不是“地区”中的选项，已不按它筛选。']);
    expect(unknown[0]).not.toMatch(/[\u0000-\u001f\u007f\u200b\u202e]/);
    // An emoji sequence at the cut stays whole: 19 letters and the family are 20 characters.
    const family = '👨‍👩‍👧‍👦';
    expect(parseState(`?place=${encodeURIComponent(`${'a'.repeat(19)}${family}${family}`)}`, KNOWN).unknown).toEqual([`网址中的“place=${'a'.repeat(19)}${family}…”不是“地区”中的选项，已不按它筛选。`]);
    // 25 characters outside the BMP: cut after 20 whole characters, no lone surrogate.
    const long = '𠀀'.repeat(25);
    const [message] = parseState(`?ip=${encodeURIComponent(long)}`, KNOWN).unknown;
    expect(message).toBe(`网址中的“ip=${'𠀀'.repeat(20)}…”不是“知识产权类型”中的选项，已不按它筛选。`);
  });

  it('ignore empty parameters and unknown parameter names, trim the query and cut it at 200 characters', () => {
    expect(parseState('?place=&utm_source=x&q=%20%20商标%E3%80%80', KNOWN)).toEqual({ state: { selection: {}, query: '商标' }, unknown: [] });
    expect(parseState(`?q=${'专'.repeat(250)}`, KNOWN).state.query).toBe('专'.repeat(200));
  });
});

describe('blockMatches', () => {
  const facets: BlockFacets = { place: ['大连', '沈阳'], ip: ['商标'], theme: ['运用'] };
  const text = '支持大连、沈阳两市开展商标品牌运用';
  const state = (selection: ExplorerState['selection'], query = ''): ExplorerState => ({ selection, query });

  it('combines facets with AND: a block must have every chosen value', () => {
    expect(blockMatches(facets, text, state({}))).toBe(true);
    expect(blockMatches(facets, text, state({ place: '大连', ip: '商标' }))).toBe(true);
    expect(blockMatches(facets, text, state({ place: '大连', ip: '专利' }))).toBe(false);
    expect(blockMatches(facets, text, state({ place: '大连', means: '金融' }))).toBe(false);
    // The facet passed as `except` is left out, as the counts need.
    expect(blockMatches(facets, text, state({ place: '大连', ip: '专利' }), 'ip')).toBe(true);
  });

  it('needs every word of the query, split at ASCII and ideographic spaces', () => {
    expect(blockMatches(facets, text, state({}, '商标 运用'))).toBe(true);
    expect(blockMatches(facets, text, state({}, '商标\u3000专利'))).toBe(false);
    expect(queryWords(' 商标\u3000 运用  ')).toEqual(['商标', '运用']);
    expect(queryWords('')).toEqual([]);
  });
});

describe('facetCounts', () => {
  const blocks = [
    { facets: { place: ['大连'], ip: ['商标'] }, text: '甲' },
    { facets: { place: ['沈阳'], ip: ['商标'] }, text: '乙' },
    { facets: { place: ['大连'], ip: ['专利', '商标'] }, text: '丙' },
    { facets: { place: ['大连'], ip: ['专利'] }, text: '丁' },
  ];
  const counts = (selection: ExplorerState['selection'], query = '') => {
    const c = facetCounts(blocks, { selection, query });
    return { place: Object.fromEntries(c.place), ip: Object.fromEntries(c.ip), status: Object.fromEntries(c.status) };
  };

  it('counts every value over all blocks when nothing is chosen', () => {
    expect(counts({})).toEqual({ place: { 大连: 3, 沈阳: 1 }, ip: { 商标: 3, 专利: 2 }, status: {} });
  });

  it('ignores a facet’s own choice, so that its other values stay reachable, and applies the other facets’', () => {
    // place=大连: the place counts are those of no choice; the ip counts are within 大连.
    expect(counts({ place: '大连' })).toEqual({ place: { 大连: 3, 沈阳: 1 }, ip: { 商标: 2, 专利: 2 }, status: {} });
    // place=大连 and ip=商标: each facet counts under the other's choice only.
    expect(counts({ place: '大连', ip: '商标' })).toEqual({ place: { 大连: 2, 沈阳: 1 }, ip: { 商标: 2, 专利: 2 }, status: {} });
  });

  it('applies the query to every facet’s counts', () => {
    expect(counts({ place: '大连' }, '丙')).toEqual({ place: { 大连: 1 }, ip: { 商标: 1, 专利: 1 }, status: {} });
  });
});
