/**
 * What to offer when a search finds nothing: shorter pieces of the query and
 * terms of the plan that share characters with it. Runs in the browser, so
 * it stays small and uses only Intl.Segmenter, which the browser has anyway.
 */

/** Terms the plan uses often, that a reader is likely to be near. */
export const PLAN_TERMS = [
  '知识产权',
  '专利',
  '商标',
  '地理标志',
  '集成电路布图设计',
  '植物新品种',
  '质押融资',
  '专利保险',
  '知识产权证券化',
  '专利导航',
  '贯标',
  '高价值专利',
  '专利转让',
  '海外发明专利',
  '惩罚性赔偿',
  '技术调查官',
  '维权援助',
  '保护中心',
  '枫桥经验',
  '揭榜挂帅',
  '卡脖子',
  '沉睡专利',
  '知识产权密集型产业',
  '运营服务体系',
  '服务机构',
  '人才培养',
  '专利代理',
  '中国国际专利技术与产品交易会',
  '营商环境',
  '行政执法',
] as const;

function words(query: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((s) => s.isWordLike).map((s) => s.segment);
}

const shared = (a: string, b: string): number => [...new Set(a)].filter((c) => b.includes(c)).length;

export function searchSuggestions(rawQuery: string, limit = 5): string[] {
  const query = rawQuery.trim();
  if (!query) return [];
  const suggestions: string[] = [];
  const add = (s: string) => {
    if (s && s !== query && !suggestions.includes(s)) suggestions.push(s);
  };
  const parts = words(query);
  // First the query without its last word, then the plan's own terms that
  // share most characters with it, then its single words.
  if (parts.length > 1) add(parts.slice(0, -1).join(''));
  const related = [...PLAN_TERMS]
    .map((term) => ({ term, score: shared(term, query) }))
    .filter(({ score }) => score >= 2)
    .sort((a, b) => b.score - a.score);
  for (const { term } of related) add(term);
  for (const part of parts) if ([...part].length >= 2) add(part);
  if (parts.length <= 1 && [...query].length > 2) add([...query].slice(0, 2).join(''));
  return suggestions.slice(0, limit);
}
