/**
 * 核算: every claim in the plan that its other figures can check, with the
 * computed value and the working, and a neutral verdict. A claim in the text
 * is quoted from its paragraph, and the quote is taken from the paragraph
 * itself at build time, so it is always verbatim; a claim in 表1 or 表2 is
 * given as the row's cells, never dressed as a quotation. Every figure the
 * working uses is read from the quote or from the indicator data, never typed
 * here.
 */
import { COMPUTED, growthRows, outcomeRows } from '../charts/chart-data.ts';
import { formatComputed, roundTo } from '../charts/growth.ts';
import type { GrowthTableData, OutcomeTableData } from '../plan/indicator-data.ts';
import { formatPublished } from '../plan/numbers.ts';
import { quote, tableRow, type Evidence, type Texts } from './evidence.ts';
import { SOURCES, type Source } from './sources.ts';

export type Verdict = '一致' | '有出入' | '口径不同' | '无法核对' | '已完成' | '未完成' | '推算';

export interface Check {
  id: string;
  title: string;
  /** The claim, as the plan words it or as its table row stands. */
  claim: Evidence;
  /** The other figures of the plan the check uses. */
  against: Evidence[];
  /** The working, one step a line. */
  working: string[];
  /** The value the arithmetic gives, as shown. */
  computed: string;
  verdict: Verdict;
  note: string;
  source?: Source;
}

/** The numbers of a quote, in order: “由2015年的1356件,提高到2020年的4872件” → [2015, 1356, 2020, 4872]. */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** A ratio shown with two decimals and the times sign: 2.03倍. */
const times = (value: number) => `${formatComputed(value, 2)}倍`;

export function planChecks(texts: Texts, t1: OutcomeTableData, t2: GrowthTableData): Check[] {
  const checks: Check[] = [];

  {
    const claim = quote(texts, 's1-1-p3', '企业拥有有效发明专利23574件,为2015年11640件的2倍');
    const [now, , then, said] = numbersIn(claim.text) as [number, number, number, number];
    const ratio = now / then;
    checks.push({
      id: 'check-invention-patents-ratio',
      title: '企业有效发明专利“为2015年的2倍”',
      claim,
      against: [],
      working: [`${now} ÷ ${then} = ${formatComputed(ratio, 4)}`],
      computed: times(ratio),
      verdict: roundTo(ratio, 0) === said ? '一致' : '有出入',
      note: `两数之比约为${times(ratio)}，原文取整为${said}倍。`,
    });
  }

  {
    const claim = quote(texts, 's1-1-p5', '全省专利转让由2015年的1356件,提高到2020年的4872件,增长3.6倍');
    const [, then, , now, said] = numbersIn(claim.text) as [number, number, number, number, number];
    const ratio = now / then;
    const increase = (now - then) / then;
    const literal = then * (1 + said);
    checks.push({
      id: 'check-patent-transfers-growth',
      title: '专利转让“增长3.6倍”',
      claim,
      against: [],
      working: [
        `${now} ÷ ${then} = ${formatComputed(ratio, 4)}`,
        `(${now} − ${then}) ÷ ${then} = ${formatComputed(increase, 4)}`,
        `照字面：${then} × (1 + ${said}) = ${then} × ${formatPublished(1 + said)} = ${formatComputed(literal, 1)}`,
      ],
      computed: `为2015年的${times(ratio)}；增长${times(increase)}`,
      verdict: roundTo(increase, 1) === said ? '一致' : '有出入',
      note:
        `国家统计局的统计知识说明，“增加一倍”就是增加100%，“增加两倍”就是增加200%：说“增加X倍”，X是增加的部分，不含原有的一倍。` +
        `该页只说“增加”；把规划的“增长X倍”也按这一用法读，是本站推断。` +
        `按这一用法，2020年的${now}件比2015年的${then}件增长约${formatComputed(increase, 1)}倍（${COMPUTED}）。` +
        `照字面读“增长${said}倍”，2020年应为${then} × ${formatPublished(1 + said)} ≈ ${formatComputed(literal, 0)}件，而原文为${now}件。` +
        `原文的${said}与两年数值之比（约${formatComputed(ratio, 1)}）相合，即2020年约为2015年的${formatComputed(ratio, 1)}倍。`,
      source: SOURCES.times,
    });
  }

  // The text of 一(一) gives the 2015 and 2020 values of each 表1 indicator; they must agree with the table.
  const textOfTable1: Array<[row: number, text: string]> = [
    [1, '全省有效发明专利万人拥有量从2015年底的5.29件提高到2020年底的10.98件'],
    [2, 'PCT专利申请从2015年底的235件提高到2020年底的456件'],
    [3, '规模以上制造业每亿元主营业务收入的有效专利数从2015年底的0.08件提高到2020年底的2.195件'],
    [4, '有效外观设计从2015年底的8824件提高到2020年底的16604件'],
    [5, '拥有有效发明专利的规模以上制造业企业从2015年底的757户提高到2020年底的1429户'],
  ];
  for (const [row, text] of textOfTable1) {
    const claim = quote(texts, 's1-1-p3', text);
    const [, baseline, , actual] = numbersIn(claim.text) as [number, number, number, number];
    const indicator = t1.indicators[row - 1]!;
    const agrees = indicator.baseline === baseline && indicator.actual === actual;
    checks.push({
      id: `check-table1-text-${row}`,
      title: `正文与表1：${indicator.name}`,
      claim,
      against: [tableRow(t1, row)],
      working: [`正文 2015年底 ${baseline}，表1 2015年 ${formatPublished(indicator.baseline)}`, `正文 2020年底 ${actual}，表1 2020年 ${formatPublished(indicator.actual)}`],
      computed: agrees ? '数值相同' : '数值不同',
      verdict: agrees ? '一致' : '有出入',
      note: agrees ? '正文与表1给出的2015年、2020年数值相同。' : '正文与表1的数值不同。',
    });
  }

  for (const row of outcomeRows(t1)) {
    const fold = row.actual / row.baseline;
    // A rise this steep in five years (表1第3行: 0.08 to 2.195) is worth a word; the site says what it cannot verify.
    const steep =
      fold >= 10
        ? `五年间由${row.shown.baseline}升至${row.shown.actual}，约为2015年的${formatComputed(fold, 0)}倍（${COMPUTED}）。这样大的升幅是否反映了该指标统计方法或口径的变化，规划没有说明，本站无法核实。`
        : '';
    checks.push({
      id: `check-table1-attainment-${row.n}`,
      title: `表1达成率：${row.name}`,
      claim: tableRow(t1, row.n),
      against: [],
      working: [
        `达成率 = ${row.shown.actual} ÷ ${row.shown.target} = ${formatComputed(row.attainment, 4)}`,
        `进度 = (${row.shown.actual} − ${row.shown.baseline}) ÷ (${row.shown.target} − ${row.shown.baseline}) = ${formatComputed(row.progress, 4)}`,
      ],
      computed: `达成率 ${row.shown.attainment}，进度 ${row.shown.progress}`,
      verdict: row.met ? '已完成' : '未完成',
      note:
        (row.met
          ? `2020年实际值达到并超过目标，为目标的${row.shown.attainment}（${COMPUTED}）。`
          : `2020年实际值为目标的${row.shown.attainment}，差${formatPublished(roundTo(row.target - row.actual, 3))}${row.unit}未达到目标（${COMPUTED}）。`) + steep,
    });
  }

  const years = t2.years.target - t2.years.base;
  for (const row of growthRows(t2)) {
    const last = row.path.at(-1)!;
    checks.push({
      id: `check-table2-2025-${row.n}`,
      title: `表2推算${t2.years.target}年值：${row.name}`,
      claim: tableRow(t2, row.n),
      against: [],
      working: [`${formatPublished(row.base)} × (1 + ${formatPublished(row.annualGrowthPercent)}%)^${years} = ${formatComputed(last.value, 4)}`],
      computed: `${last.shown}${row.unit}`,
      verdict: '推算',
      note: `规划只给出年均增长率，没有写明算法；按此增长率逐年连乘推算（每年在上一年的基础上增长，这样算是本站推断），${t2.years.target}年约为${last.shown}${row.unit}（${COMPUTED}，保留与${t2.years.base}年数值相同的小数位）。该指标为${row.attribute}指标。`,
    });
  }

  {
    const claim = quote(texts, 's2-3-p2', '每万人口高价值发明专利拥有量年均增长6%,海外发明专利授权量年均增长10%');
    const [first, second] = numbersIn(claim.text) as [number, number];
    const agrees = t2.indicators[0]!.annualGrowthPercent === first && t2.indicators[1]!.annualGrowthPercent === second;
    checks.push({
      id: 'check-targets-text-table2',
      title: '正文与表2：高价值发明专利、海外发明专利授权的增长率',
      claim,
      against: [tableRow(t2, 1), tableRow(t2, 2)],
      working: [`正文 ${first}%、${second}%；表2 ${t2.indicators[0]!.annualGrowthPercent}%、${t2.indicators[1]!.annualGrowthPercent}%`],
      computed: agrees ? '增长率相同' : '增长率不同',
      verdict: agrees ? '一致' : '有出入',
      note: '正文与表2给出的年均增长率相同。',
    });
  }

  {
    const claim = quote(texts, 's2-3-p3', '知识产权质押融资项目数量、专利转让、许可数量、高等学校专利转让数量年均增长10%');
    const financing = t2.indicators[2]!;
    checks.push({
      id: 'check-pledge-financing-measure',
      title: '质押融资：“项目数量”与“金额”',
      claim,
      against: [tableRow(t2, 3)],
      working: [`正文：质押融资“项目数量”年均增长10%`, `表2：“${financing.name}”（${financing.unit}）年均增长${financing.annualGrowthPercent}%`],
      computed: '增长率相同，指标不同',
      verdict: '口径不同',
      note: '正文的目标是质押融资项目的数量，表2的指标是质押融资的金额（亿元）。两者增长率都是10%，但衡量的不是同一件事。正文还写了专利“许可数量”，表2没有对应指标。',
    });
  }

  {
    const claim = quote(texts, 's2-3-p3', '专利转让、许可数量、高等学校专利转让数量年均增长10%');
    const [said] = numbersIn(claim.text) as [number];
    const transfers = t2.indicators[3]!;
    const universities = t2.indicators[4]!;
    const agrees = transfers.annualGrowthPercent === said && universities.annualGrowthPercent === said;
    checks.push({
      id: 'check-transfers-growth-text-table2',
      title: '正文与表2：专利转让、高等学校专利转让的增长率',
      claim,
      against: [tableRow(t2, 4), tableRow(t2, 5)],
      working: [
        `正文：专利转让、高等学校专利转让数量年均增长${said}%`,
        `表2：${transfers.name} 年均增长${formatPublished(transfers.annualGrowthPercent)}%，${universities.name} 年均增长${formatPublished(universities.annualGrowthPercent)}%`,
      ],
      computed: agrees ? '增长率相同' : '增长率不同',
      verdict: agrees ? '一致' : '有出入',
      note: agrees
        ? `正文给专利转让和高等学校专利转让定的年均增长率（${said}%）与表2第4、5行相同。`
        : '正文与表2给出的年均增长率不同。',
    });
  }

  {
    const t1First = t1.indicators[0]!;
    const t2First = t2.indicators[0]!;
    checks.push({
      id: 'check-two-per-10000-measures',
      title: '两个“万人”发明专利指标',
      claim: tableRow(t2, 1),
      against: [tableRow(t1, 1)],
      working: [`表1：${t1First.name} 2020年 ${formatPublished(t1First.actual)}`, `表2：${t2First.name} 2020年 ${formatPublished(t2First.base)}`],
      computed: '两数不可直接比较',
      verdict: '口径不同',
      note: `表1的“${t1First.name}”统计全部有效发明专利，表2的“${t2First.name}”只统计高价值发明专利，所以同为2020年，两数不同（${formatPublished(t1First.actual)}与${formatPublished(t2First.base)}），不是数据矛盾。`,
    });
  }

  {
    const claim = quote(texts, 's1-1-p4', '专利、商标质押贷款额达到197亿元');
    const financing = t2.indicators[2]!;
    checks.push({
      id: 'check-pledge-loans-amount',
      title: '“质押贷款额197亿元”与“质押融资金额30.96亿元”',
      claim,
      against: [tableRow(t2, 3)],
      working: [`正文：专利、商标质押贷款额 197亿元（未说明年份或期间）`, `表2：${financing.name} ${t2.years.base}年 ${formatPublished(financing.base)}${financing.unit}`],
      computed: '两数不可直接比较',
      verdict: '口径不同',
      note: '正文的197亿元写在“十三五”成就中，没有说明是哪一年或哪几年的合计；表2的30.96亿元列在“2020年”一栏，是2020年一年的金额还是到2020年的累计，规划也没有说明。两数不能相互核对。',
    });
  }

  {
    const claim = quote(texts, 's1-1-p5', '省内高校、科研院所专利转让2526件');
    checks.push({
      id: 'check-university-transfers',
      title: '“高校、科研院所专利转让2526件”与“高等学校专利转让913件”',
      claim,
      against: [tableRow(t2, 5)],
      working: ['正文：高校和科研院所合计，未说明年份或期间', `表2：仅高等学校，${t2.years.base}年`],
      computed: '两数不可直接比较',
      verdict: '口径不同',
      note: '正文的2526件包括高校和科研院所，且未说明对应的时间；表2的913件只计高等学校，是2020年的数值。',
    });
  }

  {
    const claim = quote(texts, 's1-1-p5', '提高到2020年的4872件');
    const transfers = t2.indicators[3]!;
    const agrees = numbersIn(claim.text)[1] === transfers.base;
    checks.push({
      id: 'check-transfers-text-table2',
      title: '正文与表2：2020年专利转让',
      claim,
      against: [tableRow(t2, 4)],
      working: [`正文 4872件，表2 ${formatPublished(transfers.base)}${transfers.unit}`],
      computed: agrees ? '数值相同' : '数值不同',
      verdict: agrees ? '一致' : '有出入',
      note: '正文与表2给出的2020年专利转让数相同。',
    });
  }

  {
    const claim = quote(texts, 's2-3-p4', '代理服务机构数量超过650家');
    const column = quote(texts, 'c5-i2', '知识产权服务机构数量超过650家');
    const now = quote(texts, 's1-1-p8', '全省共有68家知识产权专利代理服务机构,548家商标代理服务机构');
    const [patent, trademark] = numbersIn(now.text) as [number, number];
    checks.push({
      id: 'check-agencies-650',
      title: '“代理服务机构”与“知识产权服务机构”超过650家',
      claim,
      against: [column, now],
      working: [`截至2020年底：${patent} + ${trademark} = ${patent + trademark}家代理服务机构`, `650 − ${patent + trademark} = ${650 - patent - trademark}`],
      computed: `2020年底${patent + trademark}家，距650家差${650 - patent - trademark}家`,
      verdict: '口径不同',
      note: `二（三）写“代理服务机构数量超过650家”，专栏5写“知识产权服务机构数量超过650家”，名称不同、数字相同。若按代理服务机构计，2020年底专利、商标代理服务机构合计${patent + trademark}家（${COMPUTED}；两类机构可能有重合）。`,
    });
  }

  {
    const claim = quote(texts, 's1-1-p3', '分别比2015年增长108.9%、187.1%和39%');
    const lead = quote(texts, 's1-1-p3', '全省专利申请量86527件,商标注册申请量130597件,地理标志集体商标、证明商标累计139件');
    const [patents, trademarks, geo] = numbersIn(lead.text) as [number, number, number];
    const [, g1, g2, g3] = numbersIn(claim.text) as [number, number, number, number];
    const implied = (value: number, growth: number) => value / (1 + growth / 100);
    checks.push({
      id: 'check-2015-base-implied',
      title: '比2015年增长108.9%、187.1%和39%',
      claim,
      against: [lead],
      working: [
        `${patents} ÷ (1 + ${g1}%) = ${formatComputed(implied(patents, g1), 1)}`,
        `${trademarks} ÷ (1 + ${g2}%) = ${formatComputed(implied(trademarks, g2), 1)}`,
        `${geo} ÷ (1 + ${g3}%) = ${formatComputed(implied(geo, g3), 1)}`,
      ],
      computed: `推算2015年约为${formatComputed(implied(patents, g1), 0)}件、${formatComputed(implied(trademarks, g2), 0)}件、${formatComputed(implied(geo, g3), 0)}件`,
      verdict: '无法核对',
      note: '规划没有给出这三项的2015年数值，无法用规划中的其他数字核对增长率；按原文数字反推的2015年数值仅供参考（本站计算）。',
    });
  }

  {
    const claim = quote(texts, 's1-1-p8', '563人取得全国专利代理师资格,为“十二五”同期的2.11倍');
    const [people, ratio] = numbersIn(claim.text) as [number, number];
    checks.push({
      id: 'check-attorneys-ratio',
      title: '专利代理师“为‘十二五’同期的2.11倍”',
      claim,
      against: [],
      working: [`${people} ÷ ${ratio} = ${formatComputed(people / ratio, 1)}`],
      computed: `推算“十二五”同期约${formatComputed(people / ratio, 0)}人`,
      verdict: '无法核对',
      note: '规划没有给出“十二五”同期的人数，无法核对；按原文反推约为该数（本站计算）。',
    });
  }

  return checks;
}
