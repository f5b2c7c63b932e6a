// IPv6 unique local addresses (fd00::/8, RFC 4193) are IPv6's private range: in an error they name a
// backend on the server's network. Hex runs, fingerprints and prefixes that look like them must not count.

import { describe, expect, it } from 'vitest';
import type { ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';

const response = (body: string, overrides: Partial<ScannableResponse> = {}): ScannableResponse => ({
  url: 'https://shop.example.com/orders',
  status: 500,
  mimeType: 'application/json',
  headers: [],
  body,
  ...overrides,
});
const addresses = (subject: ScannableResponse) => scanResponse(subject).findings.filter((finding) => finding.category === 'internal-address').map((finding) => finding.evidence);

describe('unique local IPv6 addresses', () => {
  it.each([
    ["Node's refused connection, bracketed with its port", '{"message":"connect ECONNREFUSED [fd12:3456:789a:1::5]:5432"}', '[fd12:3456:789a:1::5]:5432'],
    ['a full address in a gateway error', '{"error":"upstream fd7a:115c:a1e0:ab12:4843:cd96:626b:430b timed out"}', 'fd7a:115c:a1e0:ab12:4843:cd96:626b:430b'],
    ['upper case', '{"error":"no route to FD00:EC2::254"}', 'FD00:EC2::254'],
    ['inside a URL', '{"error":"GET http://[fd00:5e1::10]:8080/stock failed"}', '[fd00:5e1::10]:8080'],
  ])('%s', (_name, body, evidence) => {
    expect(addresses(response(body))).toEqual([evidence]);
  });

  it('counts in a response header, where it is always the serving infrastructure', () => {
    expect(addresses(response('', { status: 200, headers: [{ name: 'X-Backend-Server', value: 'fd00:5e1::10' }] }))).toEqual(['fd00:5e1::10']);
  });

  it.each([
    ['a prefix (a range, not an address)', '{"error":"source not in fd00::/8"}'],
    ['three colon-joined hex words', '{"error":"bad token fdab:cafe:babe"}'],
    ['a MAC address', '{"error":"unknown device fd:12:34:56:78:9a"}'],
    ['a short commit hash', '{"error":"build fdab12c: failed"}'],
    ['seven groups without ::', '{"error":"value fd12:3456:789a:1:2:3:4"}'],
    ['nine groups', '{"error":"value fd12:3456:789a:1:2:3:4:5:6"}'],
    ['a certificate fingerprint', '{"error":"pin mismatch FD:3A:7C:00:12:AB:CD:EF:01:23"}'],
    ['a hex digest', '{"error":"checksum fd3a7c0012abcdef0123456789abcdef0123456 mismatch"}'],
  ])('ignores %s', (_name, body) => {
    expect(addresses(response(body))).toEqual([]);
  });

  it('ignores the address the browser itself asked for, in any notation, but not another port on it', () => {
    const url = 'http://[fd00::5]:8080/orders';
    expect(addresses(response('{"error":"at [fd00:0:0::5]:8080"}', { url }))).toEqual([]);
    expect(addresses(response('{"error":"db at [fd00:0::5]:5432 refused"}', { url }))).toEqual(['[fd00:0::5]:5432']);
  });

  it('needs an error response in a body: documentation names these addresses too', () => {
    expect(addresses(response('<p>Give the database fd12:3456:789a::1.</p>', { status: 200, mimeType: 'text/html' }))).toEqual([]);
  });
});
