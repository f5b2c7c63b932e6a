// Host names in an organisation's private zone, `internal` as a subdomain label (reports-db.internal.acme.com).
// Public sites whose own name is "internal" and lowercase code paths through an `internal` module
// look the same and must not count.

import { describe, expect, it } from 'vitest';
import type { ScannableResponse } from '../../../core/leaks/leak-finding';
import { scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

const response = (body: string, overrides: Partial<ScannableResponse> = {}): ScannableResponse => ({
  url: 'https://shop.example.com/reports',
  status: 500,
  mimeType: 'text/plain',
  headers: [],
  body,
  ...overrides,
});
const addresses = (subject: ScannableResponse) => scanResponse(subject).findings.filter((finding) => finding.category === 'internal-address').map((finding) => finding.evidence);

describe('host names under an internal subdomain', () => {
  it('finds the replica named in the source context of a Sinatra debug page', () => {
    expect(addresses(scannableFixture('responses/sinatra/internal-host-source-dev.json'))).toContain('reports-db.internal.example');
  });

  it.each([
    ["libpq's unresolvable host", 'could not translate host name "db.internal.acme.com" to address: Name or service not known', 'db.internal.acme.com'],
    ['with its port, in a URL', 'GET http://stock.eu-west.internal.acme.io:8080/levels failed: ECONNREFUSED', 'stock.eu-west.internal.acme.io:8080'],
    ["under a country's second level", 'java.net.UnknownHostException: ledger.internal.acme.co.uk', 'ledger.internal.acme.co.uk'],
    ['under a special-use TLD', "SocketError: getaddrinfo: Name or service not known (cache.internal.test)", 'cache.internal.test'],
    ['HTML-escaped quotes around it', 'DB_HOST = &#x27;reports-db.internal.example&#x27;', 'reports-db.internal.example'],
  ])('%s', (_name, body, evidence) => {
    expect(addresses(response(body))).toEqual([evidence]);
  });

  it.each([
    ['a public site called internal', 'upstream www.internal.com timed out'],
    ['the same under a country suffix', 'upstream www.internal.co.uk timed out'],
    ['a GitHub Pages site called internal', 'fetch https://docs.internal.github.io/api failed'],
    ['a Vercel deployment called internal', 'fetch https://app.internal.vercel.app/ failed'],
    ["a Python module path", "ImportError: cannot import name 'x' from google.protobuf.internal.decoder"],
    ['a Python module two levels below internal', 'File "/app/x.py", in load: tensorflow.internal.core_ops'],
    ['a Java frame', 'at jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)'],
    ['a Netty frame', 'at io.netty.util.internal.logging.Slf4JLogger.warn(Slf4JLogger.java:151)'],
    ['a lowercase JavaScript property chain', "TypeError: Cannot read properties of undefined (reading 'value') at this.internal.state.value"],
    ['an upper-case .NET namespace', 'at Microsoft.AspNetCore.Server.Kestrel.Core.Internal.Http.HttpProtocol.ProcessRequests()'],
    ['internal as the first label', 'internal.acme.com refused the connection'],
  ])('ignores %s', (_name, body) => {
    expect(addresses(response(body))).toEqual([]);
  });

  it('ignores the host the browser itself asked for, but not another port on it', () => {
    const url = 'https://admin.internal.acme.com/reports';
    expect(addresses(response('error at admin.internal.acme.com', { url }))).toEqual([]);
    expect(addresses(response('error at admin.internal.acme.com:5432', { url }))).toEqual(['admin.internal.acme.com:5432']);
  });

  it('needs an error response: documentation names such hosts too', () => {
    expect(addresses(response('<p>Point DB_HOST at db.internal.acme.com.</p>', { status: 200, mimeType: 'text/html' }))).toEqual([]);
  });
});
