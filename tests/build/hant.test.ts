/**
 * The 繁體中文 edition in dist/zh-hant/: a twin for every page, whose plan
 * text is exactly the conversion of the Simplified text, block by block, with
 * the same addresses, the same scripts and CSP, and links that stay in it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANT_CONVERSION, hantInterface, hantReviewed, toHant, toHantCode, toHantSite, uncorrected } from '../../src/lib/hant/convert.ts';
import { occurrences, QUOTE_ATTRIBUTE, reviewedPlaces } from '../../src/lib/hant/edition.ts';
import { SOURCES } from '../../src/lib/journalism/sources.ts';
import { METHOD_SOURCE } from '../../src/lib/context/progress.ts';
import { hantScript } from '../../src/lib/hant/paths.ts';
import { PLAN_TITLE } from '../../src/lib/site/site.ts';
import { foldScript } from '../../src/lib/hant/fold.ts';
import type { PlanIndexFile } from '../../src/lib/search/plan-search.ts';
import type { PlanBlockEntry } from '../../src/lib/plan/plan-blocks.ts';
import { ambiguousCharacters } from '../../src/lib/hant/review.ts';
import { sitePairs } from '../support/site-text.ts';
import { attr, byId, byTag, DIST, fileForRoute, findAll, listPages, readPage, requireDist, textOf, walk } from '../support/dist.ts';

requireDist();
const simplifiedPages = listPages().filter((route) => !route.startsWith('/zh-hant/'));
const hantPages = listPages().filter((route) => route.startsWith('/zh-hant/'));
const { blocks } = JSON.parse(readFileSync(join(DIST, 'data/plan-blocks.json'), 'utf8')) as { blocks: PlanBlockEntry[] };
const twin = (route: string) => `/zh-hant${route}`;
const raw = (route: string) => readFileSync(fileForRoute(route), 'utf8');
/** The sources' words on the zh-hant pages that are Chinese (the rest are English): each kept as stored; 36 of them on 术语 since the tenth review; since the eleventh, 4 more on 关联文件 and 执行情况 (the high-value guidance's source, three times, and the plan's words giving the standard's number), 39 more on 术语, and 中国网's 2020 宣传周 theme on 宣传周; since the twelfth, 6 more: the high-value guidance's notice (three times on 关联文件, once on 执行情况) and 人民网's report of the standard in force (twice); and ipwq.cn's words giving the outline's and the national plan's titles (twice); since the thirteenth, 2 more: 人民网's words giving the outline's title and its issue in 2021 (its report replacing the mirror's dateline as the 公开报道); and 中国网's Xinhua wire on the civil code's adoption (three times), and 巴中日报's Xinhua article naming the national outline (the checks page); and, in the same reviews, the glossary's new quotes and the 2019 宣传周 theme's Chinese words (a repost, shown beside the official English); since the fourteenth, 3 more: 人民网's words giving the outline's issue, on 术语 (the other new glossary quote is English), and 2018's 宣传周 theme in 国家知识产权局's notice (cnipr.com) and in 中新社's story (千龙网) on 宣传周; and 人民网's words quoted in 核查记录's report of review 14; since the fifteenth, 3 more on 术语: 中国网's (人民网's) words of 商标法第八条, stored in Traditional, 北大法宝's promulgation order of the civil code, and 新华社's (甘肃日报) words on the rapid-protection centres' design services; and 1 on 关联文件: 沈阳市人大常委会's draft citing the 条例; since the seventeenth, 4 more on 术语: 中国日报网's report of the 2025 反不正当竞争法, 司法部网站's of the 2025 仲裁法, and a full-text repost's words of the 优化营商环境条例 (第二条 and the decree); and 2 on 宣传周: WIPO's Chinese page naming 2018's World IP Day theme and 人民网's naming 2020's; since the eighteenth, 1 more on 关联文件: 北大法宝's promulgation order with its signature and date, for the civil code's 公布日期; since the twenty-third, 2 more on 术语: 中国网's 中国关键词 entry on 一带一路 (its 简称 and its 五通). 人民网日文版's words since the twenty-second are Japanese (lang="ja"), not counted here. */
const CHINESE_QUOTES = 191;

describe('every page has a Traditional twin', () => {
  it('one for each of the 38 Simplified pages, and no other', () => {
    expect(simplifiedPages).toHaveLength(38);
    expect(hantPages).toEqual(simplifiedPages.map(twin));
  });

  it.each(simplifiedPages)('%s: lang, hreflang both ways and the switch', (route) => {
    const [hans, hant] = [readPage(route), readPage(twin(route))];
    const html = (doc: ReturnType<typeof readPage>) => findAll(doc, byTag('html'))[0]!;
    expect(attr(html(hans), 'lang')).toBe('zh-CN');
    expect(attr(html(hant), 'lang')).toBe('zh-Hant');
    const alternates = (doc: ReturnType<typeof readPage>) =>
      findAll(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate').map((el) => [attr(el, 'hreflang'), new URL(attr(el, 'href')!).pathname]);
    const page = route === '/404.html' ? '/404/' : route;
    expect(alternates(hans)).toEqual([['zh-Hans', page], ['zh-Hant', twin(page)]]);
    expect(alternates(hant)).toEqual(alternates(hans));
    const switchOf = (doc: ReturnType<typeof readPage>) => findAll(doc, (el) => attr(el, 'data-edition-switch') !== undefined);
    expect(switchOf(hans).map((a) => [attr(a, 'href'), attr(a, 'lang'), textOf(a)])).toEqual([[route === '/404.html' ? '/zh-hant/' : twin(route), 'zh-Hant', '繁體中文']]);
    expect(switchOf(hant).map((a) => [attr(a, 'href'), attr(a, 'lang'), textOf(a)])).toEqual([[route === '/404.html' ? '/404.html' : route, 'zh-Hans', '简体中文']]);
  });

  it.each(simplifiedPages)('%s: the same scripts (the edition’s copies), CSP and ids', (route) => {
    const [hans, hant] = [raw(route), raw(twin(route))];
    const scripts = (html: string) => html.match(/<script[\s\S]*?<\/script>/g);
    expect(scripts(hant)).toEqual(scripts(hans)!.map((s) => s.replace(/ src="\/_astro\//, ' src="/zh-hant/_astro/')));
    const csp = (html: string) => /http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    expect(csp(hant)).toBeDefined();
    expect(csp(hant)).toBe(csp(hans));
    const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(ids(hant)).toEqual(ids(hans));
  });

  it.each(simplifiedPages)('%s: every link to a page stays in the edition; files and the official site are shared', (route) => {
    for (const el of walk(readPage(twin(route)))) {
      const href = attr(el, 'href');
      if (!href?.startsWith('/') || attr(el, 'data-edition-switch') !== undefined || el.tagName === 'link') continue;
      const path = href.replace(/[?#].*$/, '');
      if (path.endsWith('/')) expect(href, `${twin(route)}: ${href}`).toMatch(/^\/zh-hant\//);
      else expect(href, `${twin(route)}: ${href}`).not.toMatch(/^\/zh-hant\//);
    }
  });
});

describe('the plan text of the Traditional edition', () => {
  it.each(blocks.map((b) => [b.id, b] as const))('%s is exactly the conversion of the Simplified block', (id, block) => {
    const [hans, hant] = [readPage(block.path), readPage(twin(block.path))];
    const [a] = findAll(hans, byId(id));
    const [b] = findAll(hant, byId(id));
    expect(a, `${block.path}#${id}`).toBeDefined();
    expect(b, `${twin(block.path)}#${id}`).toBeDefined();
    expect(textOf(b!)).toBe(toHant(textOf(a!)));
    // The block's own words are there, converted, wherever the page shows them.
    expect(textOf(b!)).toContain(toHant(block.text).replace(/\s+/g, ' ').trim().slice(0, 20));
  });

  it('is Traditional where the conversion changes anything', () => {
    const text = textOf(findAll(readPage('/zh-hant/utilization/'), byId('s4-4-p1'))[0]!);
    expect(text).toContain('推進知識產權質押融資、專利保險');
    expect(text).not.toContain('专利');
  });

  it('keeps numbers and URLs as published', () => {
    const numbers = (route: string) => textOf(readPage(route)).match(/\d+(?:\.\d+)?%?/g);
    for (const route of ['/handout/', '/figures/', '/checks/', '/indicators/']) expect(numbers(twin(route)), route).toEqual(numbers(route));
    const urls = (html: string) => html.match(/https?:\/\/[^\s"<]+/g)!.map((u) => u.replace('/zh-hant/', '/'));
    expect(urls(raw('/zh-hant/about/'))).toEqual(urls(raw('/about/')));
  });

  it('converts the plan’s title in Traditional sentences, keeping the official form only as a citation’s title, marked zh-Hans', () => {
    const cited = `《${PLAN_TITLE}》`;
    for (const route of hantPages) {
      const html = raw(route);
      const kept = [...html.matchAll(/<cite data-edition-keep lang="zh-Hans">([^<]*)<\/cite>/g)].map((m) => m[1]);
      expect(occurrences(html, cited), route).toBe(kept.filter((text) => text === cited).length);
    }
    expect(raw('/zh-hant/about/')).toContain(`<cite data-edition-keep lang="zh-Hans">${cited}</cite>`);
    expect(textOf(readPage('/zh-hant/teach/shouchaobao/'))).toContain(`請抄錄${toHant(cited)}原文`);
    expect(toHant(cited)).toBe('《遼寧省“十四五”知識產權保護和運用規劃》');
  });
});

/** A zh-hant page's text, without what it keeps in Simplified characters (elements marked lang="zh-Hans") and its code. */
const hantText = (route: string) =>
  raw(route)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    // /about/'s review table names OpenCC's forms it corrects (發佈, 搶注) in its reasons.
    .replace(/<table class="hant-reviewed"[\s\S]*?<\/table>/g, ' ')
    .replace(/<(\w+)[^>]*\blang="zh-Hans"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ');

describe('the review table, applied to every zh-hant page', () => {
  const pages = hantPages.map((route) => [route, hantText(route)] as const);
  const all = pages.map(([, text]) => text).join('\n');

  it('writes the reviewed forms: 新征程, 瀋撫, 合作夥伴; never 新徵程, 沈撫, 合作伙伴', () => {
    for (const right of ['新征程', '瀋撫', '合作夥伴', '專利布局', '專利週', '搶註']) expect(all, right).toContain(right);
    for (const [route, text] of pages) for (const wrong of ['新徵程', '沈撫', '合作伙伴', '專利周', '搶注', '銷燬', '摺合', '寫明瞭']) expect(text, `${route}: ${wrong}`).not.toContain(wrong);
  });

  it('writes one form of 發布 throughout, pages and scripts', () => {
    expect(all).toContain('發布');
    for (const [route, text] of pages) expect(text, route).not.toMatch(/發佈|公佈|佈局/);
    for (const name of readdirSync(join(DIST, 'zh-hant/_astro'))) expect(readFileSync(join(DIST, 'zh-hant/_astro', name), 'utf8'), name).not.toMatch(/發佈|公佈/);
  });

  it('changes exactly the places of the plan’s text /about/ counts', () => {
    const planText = blocks.map((block) => block.text).join('\n');
    const places = reviewedPlaces(planText).reduce((sum, n) => sum + n, 0);
    // Exactly the places where the edition's text differs from OpenCC's alone: each run of changed characters is one.
    const [ours, opencc] = [toHant(planText), uncorrected(planText)];
    const runs = [...ours].filter((c, i) => c !== opencc[i] && (i === 0 || ours[i - 1] === opencc[i - 1])).length;
    expect(runs).toBe(places);
    const about = readPage('/about/');
    expect(textOf(findAll(about, (el) => attr(el, 'data-hant-plan-places') !== undefined)[0]!)).toBe(String(places));
    expect(textOf(findAll(about, (el) => attr(el, 'data-hant-reviewed-count') !== undefined)[0]!)).toBe(String(hantReviewed().length));
    // A 'plan' entry takes at least one place of the plan's text; a 'site' entry none.
    reviewedPlaces(planText).forEach((n, i) => expect(n > 0, hantReviewed()[i]!.hans).toBe(hantReviewed()[i]!.where === 'plan'));
    for (const entry of hantReviewed()) {
      if (entry.where === 'plan') expect(occurrences(planText, entry.hans), entry.hans).toBeGreaterThan(0);
      // A 'site' entry occurs in the site's own text, on a Simplified page.
      else expect(simplifiedPages.some((route) => raw(route).includes(entry.hans)), entry.hans).toBe(true);
    }
  });
});

describe('the review of the site’s own text (review.json, site)', () => {
  const review = JSON.parse(readFileSync(new URL('../../src/content/hant/review.json', import.meta.url), 'utf8')) as { site: Record<string, string> };
  const { pairs, unpaired } = sitePairs();

  it('reads every site text beside its twin: only the addresses, which name the edition’s pages, differ in length', () => {
    expect(pairs.length).toBeGreaterThan(10_000);
    expect(unpaired.filter((text) => !text.includes('http'))).toEqual([]);
  });

  it('writes, for each character of the site’s text with more than one Traditional form, only the forms reviewed', () => {
    const chars = ambiguousCharacters();
    const forms: Record<string, Set<string>> = {};
    for (const { hans, hant } of pairs) for (let i = 0; i < hans.length; i++) if (chars.has(hans[i]!)) (forms[hans[i]!] ??= new Set()).add(hant[i]!);
    const written = Object.fromEntries(Object.keys(forms).sort().map((c) => [c, [...forms[c]!].sort().join('')]));
    // A new form fails here: read its places, correct it in reviewed.json or interface.json, or record it in review.json.
    expect(written).toEqual(review.site);
    expect(Object.keys(written).length).toBeGreaterThan(100);
  });

  it('writes the quiz’s blank in 中國（　　）週 as the plan’s 專利週, 核准 as Taiwan does, and 發明 never 髮明', () => {
    expect(textOf(readPage('/zh-hant/teach/quiz/junior/'))).toMatch(/中國（\s*）週等重大宣傳活動/);
    expect(textOf(readPage('/zh-hant/teach/quiz/junior/'))).toContain('自核准註冊之日起');
    expect(textOf(readPage('/zh-hant/glossary/'))).toContain('經審查核准後');
    // The kit's pages: OpenCC alone reads 護髮 and 紅髮 here.
    expect(textOf(readPage('/zh-hant/teach/quiz/primary/'))).toContain('小紅發明了一種');
    expect(textOf(readPage('/zh-hant/teach/quiz/primary/'))).toContain('專利法保護發明創造');
    for (const route of hantPages) expect(textOf(readPage(route)), route).not.toContain('核準');
  });
});

describe('the interface in Taiwan usage', () => {
  it.each(hantPages)('%s: no mainland interface word outside what is kept in Simplified', (route) => {
    const text = hantText(route);
    expect(text).not.toMatch(/搜索|打印|鏈接|二維碼|在線版/);
    for (const [hans] of hantInterface()) expect(text, hans).not.toContain(toHant(hans));
  });

  it('the header and its tools: 搜尋, 列印, 閱讀設定, 開放資料, 線上版', () => {
    const text = hantText('/zh-hant/protection/');
    for (const word of ['搜尋', '列印', '閱讀設定', '開放資料', '線上版', '複製連結']) expect(text, word).toContain(word);
  });

  it('the plan’s own words stay the plan’s: 大數據, 網絡, 設置 in its blocks', () => {
    const text = textOf(readPage('/zh-hant/full/'));
    for (const word of ['大數據', '網絡平臺', '設置辦事機構', '數據加工', '信息服務']) expect(text, word).toContain(word);
  });

  it('the styles’ words, which no conversion reaches: the contents’ （正在閱讀）, and statuses the styles select on kept as values', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.css')).map((name) => readFileSync(join(DIST, '_astro', name), 'utf8')).join('\n');
    // Scoped by Astro: .toc[data-astro-cid-…] a[data-astro-cid-…].
    expect(css).toMatch(/:root:lang\(zh-Hant\) \.toc\S* a\S*\[aria-current=location\]:after\{content:"（正在閱讀）"\}/);
    const statuses = (route: string) => findAll(readPage(route), (el) => attr(el, 'class') === 'status').map((el) => attr(el, 'data-status'));
    expect(statuses('/zh-hant/progress/')).toEqual(statuses('/progress/'));
    expect(statuses('/zh-hant/progress/').filter((s) => s === '未核实')).toHaveLength(20);
    expect(statuses('/zh-hant/documents/')).toEqual(statuses('/documents/'));
  });

  it('the scripts’ messages too', () => {
    const code = readdirSync(join(DIST, 'zh-hant/_astro')).map((name) => readFileSync(join(DIST, 'zh-hant/_astro', name), 'utf8')).join('\n');
    expect(code).toContain('已複製連結');
    expect(code).not.toMatch(/搜索|鏈接|網絡/);
  });
});

describe('glossary, figures, checks, charts and the handout are converted', () => {
  it.each([
    ['/zh-hant/glossary/', '專利'],
    ['/zh-hant/figures/', '億元'],
    ['/zh-hant/checks/', '專利'],
    ['/zh-hant/indicators/', '發明專利'],
    ['/zh-hant/handout/', '講義'],
  ])('%s shows %s', (route, word) => {
    expect(textOf(readPage(route))).toContain(word);
  });

  it('chart SVG text in the page is converted', () => {
    const svgText = findAll(readPage('/zh-hant/indicators/'), byTag('text')).map(textOf).join('');
    expect(svgText).toMatch(/[專發億]/);
    expect(svgText).toBe(toHantSite(findAll(readPage('/indicators/'), byTag('text')).map(textOf).join('')));
  });
});

describe('/about/ names the conversion', () => {
  it('says machine-converted, not official, reviewed, and the library, configuration and review table', () => {
    const text = textOf(readPage('/about/'));
    expect(text).toContain('不是官方版本');
    expect(text).toContain('用程序从官方公布的简体文本逐字转换而来');
    expect(text).toContain(`${HANT_CONVERSION.library} ${HANT_CONVERSION.version}`);
    expect(text).toContain(`from: 'cn'`);
    expect(text).toContain(`to: 'tw'`);
    expect(text).toContain(`共 ${hantReviewed().length} 条`);
    for (const { hans, hant, reason } of hantReviewed()) {
      expect(text).toContain(`${hans} ${hant}`);
      expect(text).toContain(reason);
    }
    expect(text).toContain(`共 ${hantInterface().length} 条`);
    for (const [hans, hant] of hantInterface()) expect(text).toContain(`${hans}→${hant}`);
    expect(text).toContain('仍为简体原文');
  });

  it('says the same in the Traditional edition, the table’s forms shown as written', () => {
    const text = textOf(readPage('/zh-hant/about/'));
    expect(text).toContain('不是官方版本');
    expect(text).toContain('用程序從官方公布的簡體文本逐字轉換而來');
    expect(text).toContain(`${HANT_CONVERSION.library} ${HANT_CONVERSION.version}`);
    // The table's forms and reasons quote both scripts: kept as written, so 征 is not taken for 徵.
    for (const { hans, hant, reason } of hantReviewed()) {
      expect(text).toContain(`${hans} ${hant}`);
      expect(text).toContain(reason);
    }
    expect(text).toContain('如“征”有“征”“徵”，“沈”有“沈”“瀋”，“布”有“布”“佈”');
    for (const [hans, hant] of hantInterface()) expect(text).toContain(`${hans}→${hant}`);
    expect(text).toContain('仍為簡體原文');
  });
});

describe('the sources’ words, kept as stored in the edition', () => {
  // Every quote the content stores beside its source's address, the checks' sources and /progress/'s method.
  const stored = new Set<string>([...Object.values(SOURCES).map((s) => s.words), METHOD_SOURCE.quote]);
  const gather = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(gather);
    else if (value && typeof value === 'object') {
      if ('url' in value && 'quote' in value && typeof value.quote === 'string') stored.add(value.quote);
      Object.values(value).forEach(gather);
    }
  };
  for (const folder of ['context', 'documents', 'teach', 'explorer', 'glossary']) {
    const dir = new URL(`../../src/content/${folder}/`, import.meta.url);
    for (const name of readdirSync(dir)) if (name.endsWith('.json')) gather(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  }
  const own = (node: import('../support/dist.ts').Node): string =>
    node.nodeName === '#text' ? (node as { value: string }).value : 'childNodes' in node ? node.childNodes.map(own).join('') : '';
  const quotesOn = (route: string) =>
    raw(route).includes(QUOTE_ATTRIBUTE) ? findAll(readPage(route), (el) => attr(el, QUOTE_ATTRIBUTE) !== undefined).map((el) => ({ text: own(el), lang: attr(el, 'lang') })) : [];
  // The quotes stored in Traditional characters (a repost's big5 text, pinyin included): their script named as such.
  const TRADITIONAL = ['國發(fā)〔2021〕20號', '新華社北京9月22日電', '《遼寧省知識(shí)產(chǎn)權(quán)保護(hù)條例》已經(jīng)', '依據(jù)《中華人民共和國', '本規(guī)定自2021年10月1日起施行', '2021-10-28 14:48 來源: 新華社', '4月20日至26日,2020年全國智慧財産權宣傳周', '今年的全國知識產權宣傳週活動', '標注版權方及海報來源', '新華社北京6月30日電', '隨著2022年北京冬奧會申辦成功', '2018年03月21日09:43 … 今年1月1日', '新華社北京10月28日電', '2020年5月28日下午,北京', '《條例》擴大了奧林匹克標誌', '任何能夠將自然人'];

  it('shows each quote on a zh-hant page exactly as stored, marked zh-Hans (zh-Hant where stored in Traditional), as on its Simplified twin', () => {
    let chinese = 0;
    const traditional = new Set<string>();
    for (const route of hantPages) {
      const quotes = quotesOn(route);
      expect(quotes.map((q) => q.text), route).toEqual(quotesOn(route.slice('/zh-hant'.length)).map((q) => q.text));
      for (const { text, lang } of quotes) {
        expect(stored.has(text), `${route}: ${text}`).toBe(true);
        if (!/\p{Script=Han}/u.test(text)) {
          expect(lang, text).toBe('en');
          continue;
        }
        // Japanese (kana among the kanji): lang="ja" in both editions, as stored.
        if (/[\u3040-\u30ff]/u.test(text)) {
          expect(lang, text).toBe('ja');
          continue;
        }
        chinese += 1;
        const mark = TRADITIONAL.find((start) => text.startsWith(start));
        expect(lang, text).toBe(mark ? 'zh-Hant' : 'zh-Hans');
        if (mark) traditional.add(mark);
      }
    }
    expect(chinese).toBe(CHINESE_QUOTES);
    expect([...traditional].sort()).toEqual([...TRADITIONAL].sort());
    // 人民网's words on the week page, as stored: not 宣傳週's conversion.
    expect(raw('/zh-hant/teach/week/')).toContain('<q lang="zh-Hans" data-edition-quote>今年宣传周的主题是“全面开启知识产权强国建设新征程”。</q>');
  });

  it('says so on /about/, in both editions', () => {
    expect(textOf(findAll(readPage('/about/'), byId('hant-quotes'))[0]!)).toContain('在繁体版中不转换，保持本站保存时的字形：以简体保存的仍是简体，标注为简体中文，用简体字体显示');
    expect(textOf(findAll(readPage('/zh-hant/about/'), byId('hant-quotes'))[0]!)).toContain('在繁體版中不轉換，保持本站儲存時的字形：以簡體儲存的仍是簡體，標註為簡體中文，用簡體字體顯示；以繁體儲存的照舊是繁體。');
  });
});

describe('the edition’s scripts', () => {
  const names = (dir: string) => readdirSync(join(DIST, dir)).filter((name) => name.endsWith('.js')).sort();

  it('are a converted copy of every bundle, which its pages load', () => {
    expect(names('zh-hant/_astro')).toEqual(names('_astro'));
    for (const name of names('_astro')) {
      expect(readFileSync(join(DIST, 'zh-hant/_astro', name), 'utf8'), name).toBe(hantScript(readFileSync(join(DIST, '_astro', name), 'utf8'), toHantCode));
    }
    for (const route of hantPages) {
      const sources = findAll(readPage(route), byTag('script')).map((el) => attr(el, 'src')).filter((src) => src !== undefined);
      expect(sources.length, route).toBeGreaterThan(0);
      for (const src of sources) {
        expect(src, route).toMatch(/^\/zh-hant\/_astro\//);
        expect(existsSync(join(DIST, src)), src).toBe(true);
      }
    }
  });

  it('write their labels in Traditional and cite the plan by its title as published', () => {
    const menu = names('zh-hant/_astro').find((name) => name.startsWith('citation-menu.'))!;
    const code = readFileSync(join(DIST, 'zh-hant/_astro', menu), 'utf8');
    expect(code).toContain('複製引用');
    expect(code).not.toContain('复制引用');
    expect(code).toContain(`\`${PLAN_TITLE}\``);
  });
});

describe('sitemap and search bundles', () => {
  it('lists both editions', () => {
    const locs = [...readFileSync(join(DIST, 'sitemap.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs).toHaveLength(74);
    expect(locs).toContain('/zh-hant/protection/');
    expect(locs).toContain('/protection/');
  });

  it('gives each edition its index, both with the script fold made from the plan', () => {
    const read = (path: string) => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as PlanIndexFile;
    const [hans, hant] = [read('pagefind/plan-index.json'), read('zh-hant/pagefind/plan-index.json')];
    expect(hant.script).toEqual(hans.script);
    expect(foldScript('專利質押', hans.script!)).toBe('专利质押');
    expect(hant.blocks).toHaveLength(hans.blocks.length);
    hant.blocks.forEach(([id, path, kind, , , title, text], i) => {
      const [sid, spath, skind, , , stitle, stext] = hans.blocks[i]!;
      expect([id, path, kind, title, text]).toEqual([sid, `/zh-hant${spath}`, toHant(skind), toHant(stitle), toHant(stext)]);
    });
  });
});
