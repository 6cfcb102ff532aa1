/**
 * The records a site hosted in mainland China shows in its footer: the ICP
 * filing number (ICP备案号, linked to MIIT's registry), the public security
 * filing number (公网安备, linked to its record on the 全国互联网安全管理服务平台)
 * and, for a government site, the 网站标识码. They come from the build's
 * environment and are absent by default; a malformed one stops the build,
 * naming the variable, rather than showing a wrong number.
 */
export const MIIT_REGISTRY_URL = 'https://beian.miit.gov.cn/';

/** The record page of a 公网安备 number on the national platform. */
export const gonganRecordUrl = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;

export interface HostingRecords {
  /** 辽ICP备12345678号-1, as filed. */
  icp?: { text: string; href: string };
  /** 辽公网安备21010202000123号, with the record's 14-digit code. */
  gongan?: { text: string; code: string; href: string };
  /** The government site identifier, e.g. 2100000033. */
  siteCode?: string;
}

export type HostingEnv = Partial<Record<'ICP_BEIAN' | 'GONGAN_BEIAN' | 'SITE_CODE', string>>;

const ICP = /^[\u4e00-\u9fff]ICP备\d{6,10}号(-\d{1,3})?$/;
const GONGAN = /^([\u4e00-\u9fff])公网安备\s*(\d{14})号$/;
const SITE_CODE = /^[A-Za-z0-9]{10}$/;

export function hostingRecords(env: HostingEnv): HostingRecords {
  const records: HostingRecords = {};
  const icp = env.ICP_BEIAN?.trim();
  if (icp) {
    if (!ICP.test(icp)) throw new Error(`ICP_BEIAN: "${icp}" is not an ICP filing number such as 辽ICP备12345678号 or 辽ICP备12345678号-1`);
    records.icp = { text: icp, href: MIIT_REGISTRY_URL };
  }
  const gongan = env.GONGAN_BEIAN?.trim();
  if (gongan) {
    const match = GONGAN.exec(gongan);
    if (!match) throw new Error(`GONGAN_BEIAN: "${gongan}" is not a 公网安备 number such as 辽公网安备21010202000123号`);
    records.gongan = { text: `${match[1]}公网安备${match[2]}号`, code: match[2]!, href: gonganRecordUrl(match[2]!) };
  }
  const siteCode = env.SITE_CODE?.trim();
  if (siteCode) {
    if (!SITE_CODE.test(siteCode)) throw new Error(`SITE_CODE: "${siteCode}" is not a 网站标识码 (10 letters or digits, such as 2100000033)`);
    records.siteCode = siteCode;
  }
  return records;
}
