import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANT_CONVERSION, hantInterface, hantReviewed, storedScript, toHant, toHantCode, toHantSite, uncorrected } from '../../../src/lib/hant/convert.ts';
import { foldScript, scriptFold } from '../../../src/lib/hant/fold.ts';
import { ambiguousCharacters, formsWritten, variantDifferences } from '../../../src/lib/hant/review.ts';
import { hantPage } from '../../../src/lib/hant/page.ts';
import { hansPath, hantPath, hantQrPath, hantScript, hantScriptPath, isPageLink } from '../../../src/lib/hant/paths.ts';
import { qrSvg } from '../../../src/lib/site/qr-svg.ts';
import { PLAN_TITLE } from '../../../src/lib/site/site.ts';

const source = readFileSync(new URL('../../../src/content/source/plan-source.txt', import.meta.url), 'utf8');

describe('the conversion', () => {
  it('names the installed opencc-js version', () => {
    const installed = JSON.parse(readFileSync(new URL('../../../node_modules/opencc-js/package.json', import.meta.url), 'utf8'));
    expect(HANT_CONVERSION.version).toBe(installed.version);
  });

  it('changes character forms only, never words, numbers or marks', () => {
    expect(toHant('加强知识产权质押融资，30.96亿元（2020年），GB/T34833-2017')).toBe('加強知識產權質押融資，30.96億元（2020年），GB/T34833-2017');
    expect(toHant('推进“放管服”改革，建设制造强省')).toBe('推進“放管服”改革，建設製造強省');
    // Every line of the plan keeps its length: a character for a character.
    expect([...toHant(source)].length).toBe([...source].length);
  });

  it.each(hantReviewed().map((entry) => [entry.hans, entry.hant, entry] as const))('follows the review table where OpenCC differs: %s → %s', (hans, hant, entry) => {
    // Each entry is still needed, and gives its reviewed form.
    expect(uncorrected(hans)).not.toBe(hant);
    expect(toHant(hans)).toBe(hant);
    expect(hant).toHaveLength(hans.length);
    expect(entry.reason.length).toBeGreaterThan(5);
    // 'plan' entries are the plan's words; 'site' entries are not.
    expect(source.includes(hans), hans).toBe(entry.where === 'plan');
  });

  it('leaves no hair (髮) nor concurrency (併) in the plan', () => {
    expect(toHant(source)).not.toMatch(/[髮併]/);
  });

  it('converts the reviewed places of the plan as reviewed, in their sentences', () => {
    const plan = toHant(source);
    for (const right of ['新征程', '瀋撫改革創新示範區', '合作夥伴', '專利布局', '專利週', '搶註', '內生發展', '分配制度', '發布']) expect(plan, right).toContain(right);
    for (const wrong of ['新徵程', '沈撫', '伙伴', '佈', '專利周', '搶注', '製度']) expect(plan, wrong).not.toContain(wrong);
    expect(toHant('政府发布了《辽宁省“十四五”知识产权保护和运用规划》，依托沈抚改革创新示范区，开启全面建设新征程')).toBe(
      '政府發布了《遼寧省“十四五”知識產權保護和運用規劃》，依託瀋撫改革創新示範區，開啟全面建設新征程',
    );
    // What the table's reasons say OpenCC does (review 20: not 一律徵, not 只认得沈阳, not 只在合作伙伴里保留伙).
    expect([uncorrected('新征程'), uncorrected('征程'), uncorrected('征途')]).toEqual(['新徵程', '征程', '征途']);
    expect([uncorrected('沈阳'), uncorrected('沈抚'), uncorrected('沈河')]).toEqual(['瀋陽', '沈撫', '瀋河']);
    expect([uncorrected('伙伴'), uncorrected('合作伙伴'), uncorrected('伙食')]).toEqual(['夥伴', '合作伙伴', '伙食']);
  });

  it('converts the plan title where it stands in a sentence; scripts keep it bare for citations', () => {
    expect(toHant('见《辽宁省“十四五”知识产权保护和运用规划》三（二）第4段')).toBe('見《遼寧省“十四五”知識產權保護和運用規劃》三（二）第4段');
    expect(toHantCode(`t=\`${PLAN_TITLE}\`,m=\`复制引用\``)).toBe(`t=\`${PLAN_TITLE}\`,m=\`複製引用\``);
  });
});

describe('the review of the plan’s text (src/content/hant/review.json)', () => {
  const review = JSON.parse(readFileSync(new URL('../../../src/content/hant/review.json', import.meta.url), 'utf8')) as {
    opencc: Record<string, string>;
    forms: Record<string, Record<string, number>>;
    variants: Record<string, number>;
  };

  it('lists every character of the plan with more than one Traditional form, and the forms OpenCC has for it', () => {
    const found = formsWritten(source);
    expect(Object.keys(found)).toEqual(Object.keys(review.forms));
    expect(Object.keys(found).length).toBeGreaterThan(60);
    for (const c of Object.keys(found)) expect(ambiguousCharacters().get(c), c).toBe(review.opencc[c]);
    expect(ambiguousCharacters().get('征')).toBe('征徵');
  });

  it('writes, at every place of the plan, only the forms reviewed, as often as reviewed', () => {
    expect(formsWritten(source)).toEqual(review.forms);
    expect(review.forms['征']).toEqual({ 征: 2, 徵: 1 });
    expect(review.forms['沈']).toEqual({ 瀋: 14 });
    expect(review.forms['布']).toEqual({ 布: 16 });
  });

  it('differs from OpenCC’s hk and t forms only where reviewed', () => {
    expect(variantDifferences(source)).toEqual(review.variants);
  });
});

describe('the interface table', () => {
  it('writes the site’s interface in Taiwan usage', () => {
    expect(toHantSite('搜索、打印、复制链接、阅读设置、开放数据、没有网络时')).toBe('搜尋、列印、複製連結、閱讀設定、開放資料、沒有網路時');
    expect(toHantSite('搜索信息')).toBe('搜尋訊息');
  });

  it.each(hantInterface().map(([hans, hant]) => [hans, hant]))('%s → %s: never in the plan’s text, same length, by hand', (hans, hant) => {
    expect(source).not.toContain(hans);
    expect(hant).toHaveLength(hans.length);
    // Written by hand: the conversion alone would not give it.
    expect(toHant(hans)).not.toBe(hant);
    expect(toHantSite(hans)).toBe(hant);
  });

  it('leaves the plan’s words alone: the plan converts the same with or without it', () => {
    expect(toHantSite(source)).toBe(toHant(source));
    expect(toHantSite('大数据、网络平台、专利导航、老字号')).toBe(toHant('大数据、网络平台、专利导航、老字号'));
  });
});

describe('the script fold made from the plan text', () => {
  const fold = scriptFold(source, toHant(source));

  it('folds either script to the Simplified text, unit for unit', () => {
    expect(foldScript('專利質押', fold)).toBe('专利质押');
    expect(foldScript('商標品牌', fold)).toBe('商标品牌');
    expect(foldScript('专利质押', fold)).toBe('专利质押');
    expect(foldScript('製造', fold)).toBe('制造');
    expect(foldScript('10%，PCT', fold)).toBe('10%，PCT');
    expect(foldScript(toHant(source), fold)).toHaveLength(source.length);
  });

  it('holds only the characters the plan uses', () => {
    const converted = toHant(source);
    expect(Object.keys(fold).every((c) => converted.includes(c) || source.includes(c))).toBe(true);
    // 着 and 著 meet: the conversion writes both as 著.
    expect(foldScript('着力', fold)).toBe(foldScript('著力', fold));
    expect(Object.keys(fold).length).toBeGreaterThan(300);
    expect(Object.keys(fold).length).toBeLessThan(400);
  });

  it('finds every line of the plan typed in either script', () => {
    const [hans, hant] = [source.split('\n'), toHant(source).split('\n')];
    hant.forEach((line, i) => expect(foldScript(line, fold)).toBe(foldScript(hans[i]!, fold)));
  });
});

describe('paths between editions', () => {
  it('maps a page to its twin and back under any base', () => {
    expect(hantPath('/', '/protection/')).toBe('/zh-hant/protection/');
    expect(hantPath('/plan/', '/plan/')).toBe('/plan/zh-hant/');
    expect(hansPath('/plan/', '/plan/zh-hant/talent/')).toBe('/plan/talent/');
    expect(() => hantPath('/plan/', '/talent/')).toThrow(/not under the base/);
  });

  it('tells pages from files', () => {
    expect(isPageLink('/', '/glossary/#term-x')).toBe(true);
    expect(isPageLink('/', '/search/?q=a')).toBe(true);
    expect(isPageLink('/', '/data/')).toBe(true);
    expect(isPageLink('/', '/charts/t1.svg')).toBe(false);
    expect(isPageLink('/', '/pagefind/')).toBe(false);
    expect(isPageLink('/', '/zh-hant/talent/')).toBe(false);
    expect(isPageLink('/plan/', '/talent/')).toBe(false);
    expect(isPageLink('/', 'https://zscq.ln.gov.cn/')).toBe(false);
  });
});

describe('the printed footer', () => {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const style = '@page { @bottom-left { content: "来源：辽宁省知识产权局 · 本页：https://x.example/talent/"; } }';
  const html = `<html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="style-src 'self' ${hash(style)}"><style>${style}</style></head><body></body></html>`;

  it("names the edition's own address in its script, and the CSP allows the new style", () => {
    const out = hantPage(html, { base: '/', path: '/talent/' });
    const next = '@page { @bottom-left { content: "來源：遼寧省知識產權局 · 本頁：https://x.example/zh-hant/talent/"; } }';
    expect(out).toContain(`<style>${next}</style>`);
    expect(out).toContain(`content="style-src 'self' ${hash(next)}"`);
    expect(out).not.toContain(hash(style));
  });

  it('leaves a <meta> policy that does not list the style (it comes before the meta) as it is', () => {
    const out = hantPage(html.replace(hash(style), "'sha256-x'"), { base: '/', path: '/talent/' });
    expect(out).toContain(`content="style-src 'self' 'sha256-x'"`);
  });
});

describe('the edition’s scripts and codes', () => {
  it('names the edition’s copy of a script bundle, and nothing else', () => {
    expect(hantScriptPath('/plan/', '/plan/_astro/a.B1c-2.js')).toBe('/plan/zh-hant/_astro/a.B1c-2.js');
    expect(hantScriptPath('/', '/_astro/index.B1.css')).toBe('/_astro/index.B1.css');
    expect(hantScriptPath('/', '/charts/t1.svg')).toBe('/charts/t1.svg');
  });

  it('converts a bundle’s text, keeps the plan’s title as published, and preloads the edition’s chunks', () => {
    const code = `const t=\`${PLAN_TITLE}\`,m=\`没有找到“\${q}”\`;m.f=["_astro/search-dialog.C3.js","_astro/x.css"];`;
    expect(hantScript(code, toHantCode)).toBe(`const t=\`${PLAN_TITLE}\`,m=\`沒有找到“\${q}”\`;m.f=["zh-hant/_astro/search-dialog.C3.js","_astro/x.css"];`);
  });

  it('puts the edition’s QR codes beside the others under qr/', () => {
    expect(hantQrPath('/plan/', '/plan/qr/talent/s6-1-p1.svg')).toBe('/plan/qr/zh-hant/talent/s6-1-p1.svg');
    expect(hantQrPath('/', '/qr/')).toBe('/qr/zh-hant/');
    expect(hantQrPath('/', '/qr/zh-hant/')).toBe('/qr/zh-hant/');
    expect(hantQrPath('/', '/share/plan.png')).toBe('/share/plan.png');
  });
});

describe('a source’s words kept as stored', () => {
  it('tells the script they were stored in, Taiwan’s variants (週, 爲) counting as Traditional', () => {
    expect(storedScript('今年宣传周的主题是“全面开启知识产权强国建设新征程”。')).toBe('zh-Hans');
    expect(storedScript('國發(fā)〔2021〕20號')).toBe('zh-Hant');
    expect(storedScript('今年的全國知識產權宣傳週活動將於4月20日至26日舉行,主題爲“知識產權與人工智能”。')).toBe('zh-Hant');
  });

  it('keeps their characters in the edition and names their script, an English quote keeping lang="en"', () => {
    const page = '<!doctype html><html lang="zh-CN"><head></head><body><p>来源：<q lang="zh" data-edition-quote>主题是“知识产权与青年”</q><q data-edition-quote>國務院印發</q><q lang="en" data-edition-quote>IP and Youth</q>说明</p></body></html>';
    const out = hantPage(page, { base: '/', path: '/teach/week/' });
    expect(out).toContain('<p>來源：<q lang="zh-Hans" data-edition-quote>主题是“知识产权与青年”</q><q lang="zh-Hant" data-edition-quote>國務院印發</q><q lang="en" data-edition-quote>IP and Youth</q>說明</p>');
  });
});

describe('a page converted', () => {
  const html = [
    '<!doctype html><html lang="zh-CN"><head><title>知识产权</title>',
    '<link rel="canonical" href="https://x.example/plan/talent/">',
    '<meta property="og:url" content="https://x.example/plan/talent/"><meta name="description" content="人才队伍">',
    '<script type="module" src="/plan/_astro/a.js"></script><style>.a::before{content:"标"}</style></head>',
    '<body><a href="/plan/zh-hant/talent/" data-edition-switch>繁體中文</a>',
    '<p id="s6-1-p1" class="verdict--一致">加强<a href="/plan/glossary/#term-a" data-definition="专利权">专利</a>保护 &amp; 30.96亿元</p>',
    '<a href="/plan/charts/t1.svg" aria-label="下载图表">SVG</a><svg><text>质押</text></svg>',
    '<reader-tools data-qr-folder="/plan/qr/talent/"><figure class="share-qr" data-edition-address><img data-src="/plan/qr/talent/page.svg" alt="本页地址的二维码：https://x.example/plan/talent/">',
    '<figcaption>用微信“扫一扫”在手机上打开本页：<span class="url">https://x.example/plan/talent/</span></figcaption></figure></reader-tools>',
    '<p>网址 https://x.example/plan/talent/ 之外不改</p>',
    `<figure data-edition-address="https://x.example/plan/">${qrSvg('https://x.example/plan/', { label: '二维码：本站网址 https://x.example/plan/' })}<figcaption>扫码打开本站<span class="url">https://x.example/plan/</span></figcaption></figure>`,
    '<select data-filter="类型"><option value="专栏">专栏</option></select><site-search data-bundle="/plan/pagefind/"><template><pagefind-config bundle-path="/plan/pagefind/" lang="zh-cn"></pagefind-config><p>搜索规划</p></template></site-search>',
    '</body></html>',
  ].join('');
  const out = hantPage(html, { base: '/plan/', path: '/plan/talent/' });

  it('converts the text, the attributes read aloud or shown, SVG and templates', () => {
    expect(out).toContain('<title>知識產權</title>');
    expect(out).toContain('content="人才隊伍"');
    expect(out).toContain('加強<a href="/plan/zh-hant/glossary/#term-a" data-definition="專利權">專利</a>保護 &amp; 30.96億元');
    expect(out).toContain('aria-label="下載圖表"');
    expect(out).toContain('<text>質押</text>');
    expect(out).toContain('<option value="專欄">專欄</option>');
    expect(out).toContain('<p>搜尋規劃</p>');
  });

  it('tells the plan’s words (inside a block with a plan address) from the site’s text', () => {
    const page = [
      '<html lang="zh-CN"><body><nav aria-label="网站导航"><a href="/plan/search/">搜索</a><button>打印</button></nav>',
      '<p id="s5-2-p3">加强知识产权大数据、网络平台建设<a href="#s5-2-p3" aria-label="本处链接：五（二）第3段">#</a></p>',
      '<p>开放数据，复制链接，没有网络时</p>',
      '<p>引文：<cite data-edition-keep>《辽宁省“十四五”知识产权保护和运用规划》</cite>，在《辽宁省“十四五”知识产权保护和运用规划》中</p></body></html>',
    ].join('');
    const converted = hantPage(page, { base: '/plan/', path: '/plan/services/' });
    expect(converted).toContain('<nav aria-label="網站導覽"><a href="/plan/zh-hant/search/">搜尋</a><button>列印</button></nav>');
    expect(converted).toContain('<p id="s5-2-p3">加強知識產權大數據、網絡平臺建設<a href="#s5-2-p3" aria-label="本處連結：五（二）第3段">#</a></p>');
    expect(converted).toContain('<p>開放資料，複製連結，沒有網路時</p>');
    // The official title kept only as a citation's title, and marked as Simplified.
    expect(converted).toContain('<p>引文：<cite lang="zh-Hans" data-edition-keep>《辽宁省“十四五”知识产权保护和运用规划》</cite>，在《遼寧省“十四五”知識產權保護和運用規劃》中</p>');
  });

  it('converts the values in a link to a state of the page (?place=沈阳), as the options it selects are', () => {
    const page = '<html lang="zh-CN"><body><select name="place"><option value="沈阳">沈阳</option></select><a href="?place=沈阳#explore-results" data-value="沈阳">沈阳</a><a href="/plan/explore/#x">导览</a></body></html>';
    const converted = hantPage(page, { base: '/plan/', path: '/plan/explore/' });
    expect(converted).toContain('<option value="瀋陽">瀋陽</option>');
    expect(converted).toContain('<a href="?place=瀋陽#explore-results" data-value="瀋陽">瀋陽</a>');
    expect(converted).toContain('<a href="/plan/zh-hant/explore/#x">導覽</a>');
  });

  it('keeps code, classes, assets and ids as they are; scripts are the edition’s converted copies', () => {
    expect(out).toContain('<script type="module" src="/plan/zh-hant/_astro/a.js"></script><style>.a::before{content:"标"}</style>');
    expect(out).toContain('class="verdict--一致"');
    expect(out).toContain('href="/plan/charts/t1.svg"');
    expect(out).toContain('data-bundle="/plan/pagefind/"');
    expect(out).toContain('bundle-path="/plan/pagefind/" lang="zh-tw"');
    // The filter names are the facets of the edition's index, converted like the scripts that read them.
    expect(out).toContain('data-filter="類型"');
  });

  it('shares the edition’s own QR codes, naming its own address', () => {
    expect(out).toContain('<reader-tools data-qr-folder="/plan/qr/zh-hant/talent/">');
    expect(out).toContain('<img data-src="/plan/qr/zh-hant/talent/page.svg" alt="本頁地址的QR碼：https://x.example/plan/zh-hant/talent/">');
    expect(out).toContain('<span class="url">https://x.example/plan/zh-hant/talent/</span>');
    // The handout's code of the site, drawn again for the edition's home.
    expect(out).toContain(`<figure data-edition-address="https://x.example/plan/">${qrSvg('https://x.example/plan/zh-hant/', { label: 'QR碼：本站網址 https://x.example/plan/zh-hant/' })}<figcaption>掃碼打開本站<span class="url">https://x.example/plan/zh-hant/</span></figcaption></figure>`);
    // Outside those an address stays as written.
    expect(out).toContain('<p>網址 https://x.example/plan/talent/ 之外不改</p>');
  });

  it('is the edition zh-Hant, with its own address and a switch back to the same page', () => {
    expect(out).toContain('<html lang="zh-Hant">');
    expect(out).toContain('<link rel="canonical" href="https://x.example/plan/zh-hant/talent/">');
    expect(out).toContain('<meta property="og:url" content="https://x.example/plan/zh-hant/talent/">');
    expect(out).toContain('<a href="/plan/talent/" hreflang="zh-Hans" lang="zh-Hans" class="edition-switch" data-edition-switch>简体中文</a>');
  });
});
