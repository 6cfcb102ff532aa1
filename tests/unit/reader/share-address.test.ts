import { describe, expect, it } from 'vitest';
import { shareAddress } from '../../../src/lib/reader/share-address.ts';

const CANONICAL = 'https://zscq.example.cn/talent/';

describe('shareAddress: what 复制链接 and the share sheet give', () => {
  it('is the canonical address and the place, whatever address the page was visited by', () => {
    for (const pathname of ['/talent/', '//talent/', '/talent/index.html', '/talent//index.html']) {
      expect(shareAddress(CANONICAL, { origin: 'http://127.0.0.1:8080', pathname }, 's6-1-p1')).toBe('https://zscq.example.cn/talent/#s6-1-p1');
      expect(shareAddress(CANONICAL, { origin: 'http://127.0.0.1:8080', pathname })).toBe(CANONICAL);
    }
  });

  it('keeps each edition’s own canonical, under a sub-path too', () => {
    expect(shareAddress('https://zscq.example.cn/plan/zh-hant/talent/', { origin: 'http://localhost:4321', pathname: '/plan/zh-hant/talent/index.html' }, 's6-1-p1')).toBe(
      'https://zscq.example.cn/plan/zh-hant/talent/#s6-1-p1',
    );
  });

  it('drops a query or fragment the canonical might carry', () => {
    expect(shareAddress(`${CANONICAL}?utm_source=x#top`, { origin: 'http://localhost', pathname: '/talent/' }, 's6-1')).toBe(`${CANONICAL}#s6-1`);
  });

  it('falls back to the page’s own address, tidied, where there is no usable canonical link', () => {
    const here = { origin: 'http://localhost:4321', pathname: '//talent/index.html' };
    expect(shareAddress(null, here, 's6-1-p1')).toBe('http://localhost:4321/talent/#s6-1-p1');
    expect(shareAddress('', here)).toBe('http://localhost:4321/talent/');
    expect(shareAddress('javascript:alert(1)', here)).toBe('http://localhost:4321/talent/');
  });
});
