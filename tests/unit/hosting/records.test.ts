import { describe, expect, it } from 'vitest';
import { hostingRecords } from '../../../src/lib/hosting/records.ts';

describe('hosting records', () => {
  it('shows nothing by default', () => {
    expect(hostingRecords({})).toEqual({});
    expect(hostingRecords({ ICP_BEIAN: '', GONGAN_BEIAN: ' ', SITE_CODE: '' })).toEqual({});
  });

  it('links the ICP number to the MIIT registry and the 公网安备 number to its record', () => {
    expect(hostingRecords({ ICP_BEIAN: '辽ICP备12345678号-1', GONGAN_BEIAN: '辽公网安备 21010202000123号', SITE_CODE: '2100000033' })).toEqual({
      icp: { text: '辽ICP备12345678号-1', href: 'https://beian.miit.gov.cn/' },
      gongan: { text: '辽公网安备21010202000123号', code: '21010202000123', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=21010202000123' },
      siteCode: '2100000033',
    });
  });

  it('stops the build on a malformed value, naming the variable', () => {
    expect(() => hostingRecords({ ICP_BEIAN: 'ICP 12345' })).toThrow(/^ICP_BEIAN: "ICP 12345"/);
    expect(() => hostingRecords({ GONGAN_BEIAN: '辽公网安备2101号' })).toThrow(/^GONGAN_BEIAN:/);
    expect(() => hostingRecords({ SITE_CODE: '21-000' })).toThrow(/^SITE_CODE:/);
  });
});
