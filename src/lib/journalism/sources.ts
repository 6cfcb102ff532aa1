/** Where a fact the site adds to a check or a note comes from, with the words that support it. */
export interface Source {
  title: string;
  url: string;
  words: string;
  confidence: '高' | '中' | '低';
}

/** Sources the checks and notes cite; each as gathered in /work/shared/context/sources.md or found for this page. */
export const SOURCES = {
  times: {
    title: '国家统计局“统计知识：‘番’与‘倍’”（中国发展门户网2012年8月12日转载，注明摘自国家统计局网站）',
    url: 'http://cn.chinagate.cn/economics/2012-08/12/content_26209875.htm',
    words: '增加一倍,就是增加100%;翻一番,也是增加100%。……如增加两倍,就指增加200%',
    confidence: '中',
  },
  nationalPlan: {
    title: '国务院《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号）的转载',
    url: 'http://lnbds.com/listing/lawsshow_pi.php?id=6069',
    words: '國發〔2021〕20號 … 現將《“十四五”國家知識產權保護和運用規劃》印發給你們 … 國務院 2021年10月9日',
    confidence: '中',
  },
  strategyOutline: {
    title: '新华社2021年9月22日电的转载',
    url: 'http://lnbds.com/listing/lawsshow_pi.php?id=1595',
    words: '新華社北京9月22日電近日,中共中央、國務院印發了《知識產權強國建設綱要(2021-2035年)》',
    confidence: '中',
  },
} satisfies Record<string, Source>;
