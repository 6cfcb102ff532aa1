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
  nationalPlan: {
    title: '国务院《“十四五”国家知识产权保护和运用规划》（国发〔2021〕20号）的转载',
    url: 'http://lnbds.com/listing/lawsshow_pi.php?id=6069',
    words: '國發(fā)〔2021〕20號 … 現(xiàn)將《“十四五”國家知識產(chǎn)權(quán)保護(hù)和運用規(guī)劃》印發(fā)給你們 … 國務(wù)院 2021年10月9日',
    confidence: '中',
    note: '此转载页在部分繁体字后用括号附注拼音（如“發(fā)”），原样照录。',
  },
  strategyOutline: {
    title: '新华社2021年9月22日电的转载',
    url: 'http://lnbds.com/listing/lawsshow_pi.php?id=1595',
    words: '新華社北京9月22日電近日,中共中央、國(guó)務(wù)院印發(fā)了《知識(shí)產(chǎn)權(quán)強(qiáng)國(guó)建設(shè)綱要(2021-2035年)》',
    confidence: '中',
    note: '此转载页在部分繁体字后用括号附注拼音（如“發(fā)”），原样照录。电头只写“9月22日”，没有年份；记作2021年是本站推断。',
  },
  punctuationStandard: {
    title: '万维网联盟（W3C）中文网站对国家标准《标点符号用法》（GB/T 15834—2011）第5部分“标点符号的位置”的英文节译',
    url: 'https://w3.org/zh-hans/news/2013/translation-of-gb-t-15834-2011-part-5',
    words:
      '5.1.1 Full stops(U+3002), commas(U+FF0C), ideographic commas(U+3001), semicolons(U+FF1B), colons(U+FF1A) should all be after the corresponding text, and carry one em space. … left brackets(U+FF08, U+3014, U+3010) … right brackets(U+FF09, U+3015, U+3011) … Each of these marks should carry one em space.',
    confidence: '中',
    note: '节译者的英文，不是标准的中文原文；其中U+FF0C、U+FF1B、U+FF1A、U+FF08、U+FF09是全角的逗号、分号、冒号和左右圆括号。',
  },
} satisfies Record<string, Source>;
