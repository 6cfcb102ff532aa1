/**
 * The explorer's facets: what a reader can narrow the plan by, the URL
 * parameter of each, and the values that are fixed rather than read from the
 * dictionary (the 14 cities, the statuses). User-facing words are Chinese.
 */

export const FACET_IDS = ['place', 'ip', 'theme', 'means', 'target', 'status'] as const;
export type FacetId = (typeof FACET_IDS)[number];

/** The facets a dictionary entry can tag; status follows from the targets. */
export const TAGGED_FACETS = ['place', 'ip', 'theme', 'means', 'target'] as const;
export type TaggedFacet = (typeof TAGGED_FACETS)[number];

export const FACET_LABELS: Record<FacetId, string> = {
  place: '地区',
  ip: '知识产权类型',
  theme: '主题',
  means: '手段',
  target: '目标',
  status: '完成情况',
};

/** The free-text parameter, beside the facets. */
export const QUERY_PARAM = 'q';

/**
 * Liaoning's 14 prefecture-level cities on a tile grid: equal squares in
 * roughly geographic positions (row 0 is the north). No boundary is drawn:
 * a published map of China is subject to map review (审图号).
 */
export const CITIES = [
  { name: '阜新', row: 0, col: 1 },
  { name: '铁岭', row: 0, col: 2 },
  { name: '朝阳', row: 1, col: 0 },
  { name: '锦州', row: 1, col: 1 },
  { name: '沈阳', row: 1, col: 2 },
  { name: '抚顺', row: 1, col: 3 },
  { name: '葫芦岛', row: 2, col: 0 },
  { name: '盘锦', row: 2, col: 1 },
  { name: '辽阳', row: 2, col: 2 },
  { name: '本溪', row: 2, col: 3 },
  { name: '营口', row: 3, col: 1 },
  { name: '鞍山', row: 3, col: 2 },
  { name: '丹东', row: 3, col: 3 },
  { name: '大连', row: 4, col: 1 },
] as const;

export type CityName = (typeof CITIES)[number]['name'];
// Pure: the page's script imports this module and must not carry the cities with it.
export const CITY_NAMES: readonly string[] = /* @__PURE__ */ CITIES.map((c) => c.name);

/** The scorecard's statuses, in words and with an icon, never colour alone. */
export const STATUSES = {
  met: { label: '已达到', icon: '✓' },
  missed: { label: '未达到', icon: '✗' },
  progress: { label: '有进展', icon: '↗' },
  unknown: { label: '本站未查到公开数据', icon: '？' },
} as const;
export type StatusKey = keyof typeof STATUSES;
export const STATUS_LABELS: readonly string[] = /* @__PURE__ */ Object.values(STATUSES).map((s) => s.label);
