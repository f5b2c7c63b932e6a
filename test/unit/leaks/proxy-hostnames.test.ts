// A cache proxy names the machine it runs on in its headers and error pages (Squid's
// visible_hostname defaults to the host name): an internal name, whatever it looks like.
import { describe, expect, it } from 'vitest';
import { scanResponse } from '../../../core/leaks/scan-response';

const hostsIn = (headers: Record<string, string>, body = '') =>
  scanResponse({ url: 'https://shop.example.com/orders', status: 502, mimeType: 'text/html', headers: Object.entries(headers).map(([name, value]) => ({ name, value })), body })
    .findings.filter((finding) => finding.category === 'internal-address')
    .map((finding) => finding.evidence);

describe("a proxy's own host name", () => {
  it('is found in Squid\'s X-Cache, X-Cache-Lookup and Via headers, and in its error page footer', () => {
    expect(hostsIn({ 'X-Cache': 'MISS from proxy3', 'X-Cache-Lookup': 'MISS from proxy3:3128', Via: '1.1 proxy3 (squid/5.7)' })).toEqual(['proxy3', 'proxy3:3128', 'proxy3']);
    expect(hostsIn({}, '<p>Generated Thu, 03 Dec 2026 11:48:33 GMT by squid01.prod.example.com (squid/5.7)</p>')).toEqual(['squid01.prod.example.com']);
  });

  it("leaves CDNs' cache headers, other proxies' Via and the requested host alone", () => {
    expect(hostsIn({ 'X-Cache': 'Miss from cloudfront', Via: '1.1 varnish (Varnish/6.0)', 'X-Served-By': 'cache-fra-1' })).toEqual([]);
    expect(hostsIn({ 'X-Cache': 'TCP_MISS from a23-1-2-3.deploy.akamaitechnologies.com (AkamaiGHost/10.1.2)' })).toEqual([]);
    expect(hostsIn({ 'X-Cache': 'MISS from shop.example.com' })).toEqual([]);
  });
});
