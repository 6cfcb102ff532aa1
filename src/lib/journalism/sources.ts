/** Where a fact the site adds to a check or a note comes from, with the words that support it. */
export interface Source {
  title: string;
  url: string;
  words: string;
  confidence: '高' | '中' | '低';
  /** How the words differ in look from what a reader might expect, when they are quoted as stored (pinyin after characters). */
  note?: string;
}

/** Sources the checks and notes cite; each as gathered in /work/shared/context/sources.md or found for this page. */
export const SOURCES = {
  times: {
    title: '国家统计局“统计知识：‘番’与‘倍’”（中国发展门户网2012年8月12日转载，注明摘自国家统计局网站）',
    url: 'http://cn.chinagate.cn/economics/2012-08/12/content_26209875.htm',
    words: '增加一倍,就是增加100%;翻一番,也是增加100%。……如增加两倍,就指增加200%',
    confidence: '中',
  },
  // Review 13: these two cited lnbds.com, a repost with pinyin after its characters, a mirror by the site's rule (可信度低).
  nationalPlan: {
    title: '中国政府网（繁体版）2021年10月28日刊发的新华社电',
    url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2021-10/28/content_5647335.htm',
    words: '新華社北京10月28日電 國務院日前印發《“十四五”國家知識産權保護和運用規劃》',
    // Review 15: a repost of 新华社's wire on gov.cn, not the issuer's own text: medium by the site's rule.
    confidence: '中',
    note: '中国政府网的繁体版页面，原样照录繁体字。',
  },
  strategyOutline: {
    title: '人民网2022年4月20日的报道',
    url: 'http://finance.people.com.cn/n1/2022/0420/c1004-32404164.html',
    words: '2021年,党中央、国务院印发《知识产权强国建设纲要(2021-2035年)》',
    confidence: '中',
  },
  nationalOutline: {
    title: '巴中日报2021年3月22日刊发的新华社记者文章（“十四五”规划和2035年远景目标纲要编制记）',
    url: 'http://paper.bzrb.net/bzrb/20210322/html/content_20210322001002.htm',
    words: '十三届全国人大四次会议表决通过关于国民经济和社会发展第十四个五年规划和2035年远景目标纲要的决议',
    confidence: '中',
  },
  punctuationStandard: {
    title: '万维网联盟（W3C）中文网站对国家标准《标点符号用法》（GB/T 15834—2011）第5部分“标点符号的位置”的英文节译',
    url: 'https://w3.org/zh-hans/news/2013/translation-of-gb-t-15834-2011-part-5',
    words:
      '5.1.1 Full stops(U+3002), commas(U+FF0C), ideographic commas(U+3001), semicolons(U+FF1B), colons(U+FF1A) should all be after the corresponding text, and carry one em space. … left brackets(U+FF08, U+3014, U+3010) … right brackets(U+FF09, U+3015, U+3011) … Each of these marks should carry one em space.',
    // Review 15: a partial translation (the page says 本文部分翻译了国标…) is an excerpt, not a full repost: low by the site's rule.
    confidence: '低',
    note: '节译者的英文，不是标准的中文原文；其中U+FF0C、U+FF1B、U+FF1A、U+FF08、U+FF09是全角的逗号、分号、冒号和左右圆括号。',
  },
} satisfies Record<string, Source>;
