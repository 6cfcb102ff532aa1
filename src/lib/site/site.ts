/** Facts about the published plan that the site repeats in its chrome. */
export const PLAN_TITLE = '辽宁省“十四五”知识产权保护和运用规划';
/** The source line as the official page prints it, its colon full-width like the plan's (see plan/punctuation.ts). */
export const PLAN_SOURCE_LINE = '来源：省知识产权局';
export const PLAN_PUBLISHER = '辽宁省知识产权局';
export const OFFICIAL_URL =
  'https://zscq.ln.gov.cn/zscq/zwxxgk/fdzdgknr/ghxx/xggh/BC123808D16E497B850437069FFD3108/index.shtml';
export const SITE_NAME = '辽宁知识产权“十四五”规划在线版';
