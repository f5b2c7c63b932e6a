import { describe, expect, it } from 'vitest';
import type { LeakCategory, ScannableResponse } from '../../../core/leaks/leak-finding';
import { MAX_SCAN_CHARS, scanResponse } from '../../../core/leaks/scan-response';
import { scannableFixture } from '../../fixtures/labelled-fixtures';

function response(body: string | null, overrides: Partial<ScannableResponse> = {}): ScannableResponse {
  return { url: 'https://shop.example.com/orders', status: 500, mimeType: 'text/html', headers: [], body, ...overrides };
}

function categories(subject: ScannableResponse): LeakCategory[] {
  return [...new Set(scanResponse(subject).findings.map((finding) => finding.category))].sort();
}


const PYTHON_TRACE = [
  'Traceback (most recent call last):',
  '  File "/srv/shop/app/orders.py", line 6, in <module>',
  '    load(7)',
  '  File "/srv/shop/app/orders.py", line 5, in load',
  "    return db.execute('SELECT id FROM orders').fetchone()",
  'sqlite3.OperationalError: no such table: orders',
].join('\n');

describe('scanResponse: one category per case, on realistic bodies', () => {
  const cases: { name: string; subject: ScannableResponse; expected: LeakCategory[] }[] = [
    { name: 'python traceback with sqlite error', subject: response(PYTHON_TRACE, { mimeType: 'text/plain' }), expected: ['database-error', 'file-path', 'stack-trace'] },
    {
      name: 'JVM frames',
      subject: response('java.lang.IllegalStateException: boom\n\tat com.shop.Checkout.total(Checkout.java:31)\n\tat com.shop.Checkout.main(Checkout.java:12)\nCaused by: java.io.IOException: disk', { mimeType: 'text/plain' }),
      expected: ['stack-trace'],
    },
    {
      name: 'Go goroutine dump',
      subject: response('panic: runtime error\n\ngoroutine 7 [running]:\nmain.handler(...)\n\t/home/build/shop/main.go:30 +0x49\n', { mimeType: 'text/plain' }),
      expected: ['file-path', 'stack-trace'],
    },
    {
      name: 'PostgreSQL refused, libpq wording',
      subject: response('OperationalError: connection to server at "10.4.0.7", port 5432 failed: Connection refused', { mimeType: 'text/plain' }),
      expected: ['database-error', 'internal-address'],
    },
    { name: 'nginx footer', subject: response('<html><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.22.1</center></body></html>', { status: 502 }), expected: ['version-disclosure'] },
    { name: 'Django debug notice', subject: response("<p>You're seeing this error because you have <code>DEBUG = True</code> in your Django settings file.</p>"), expected: ['debug-page'] },
    {
      name: 'env listing served as text',
      subject: response('NODE_ENV=production\nPATH=/usr/local/bin:/usr/bin\nHOSTNAME=api-7f9c\n', { status: 200, mimeType: 'text/plain' }),
      expected: ['environment-dump'],
    },
    { name: 'AWS key in a bundle is still a key', subject: response('var k="AKIA4MTWJQ3ZR6Y2P7NB";', { status: 200, mimeType: 'application/javascript' }), expected: ['secret'] },
    { name: 'unexecuted PHP source', subject: response('<?php\n$db = new PDO($dsn);\n', { status: 200, mimeType: 'text/plain' }), expected: ['source-code'] },
  ];
  it.each(cases)('$name', ({ subject, expected }) => {
    expect(categories(subject)).toEqual(expected);
  });
});

describe('scanResponse: look-alikes stay quiet', () => {
  const cases: { name: string; subject: ScannableResponse }[] = [
    { name: 'Server: nginx without version', subject: response('', { headers: [{ name: 'Server', value: 'nginx' }] }) },
    { name: 'traceback quoted in a docs <pre>', subject: response(`<article><pre><code>${PYTHON_TRACE}</code></pre></article>`, { status: 200 }) },
    { name: 'V8 frames inside a JS bundle', subject: response('e.stack="Error\\n    at Object.<anonymous> (/usr/lib/node_modules/x/index.js:1:1)"', { status: 200, mimeType: 'text/javascript' }) },
    { name: 'private IP in a docs paragraph', subject: response('<p>Your router is usually at 192.168.1.1.</p>', { status: 200 }) },
    { name: 'URL paths in attributes', subject: response('<a href="/home/products/shoes">Shoes</a><img src="/app/logo.png">', { status: 200 }) },
    { name: 'AWS documentation key', subject: response('AKIAIOSFODNN7EXAMPLE', { mimeType: 'text/plain' }) },
    { name: 'password placeholder', subject: response('password=********', { mimeType: 'text/plain' }) },
    { name: 'password from code', subject: response('const body = { password: form.password.value };', { status: 200, mimeType: 'text/html' }) },
    { name: 'UUIDs and hashes', subject: response('{"id":"3f1c9a7e-2b4d-4f6a-8c0e-1b3d5f7a9c2e","sha":"a94a8fe5ccb19ba61c4c0873d391e987982fbbd3"}', { status: 200, mimeType: 'application/json' }) },
    { name: 'server paths named in a documentation page', subject: response('<p>Logs go to /var/log/nginx/error.log and sites to /srv/www/site.conf.</p>', { status: 200 }) },
    { name: 'the requested host itself', subject: response('<address>Server at 127.0.0.1 Port 8080</address>', { url: 'http://127.0.0.1:8080/' }) },
  ];
  it.each(cases)('$name', ({ subject }) => {
    expect(scanResponse(subject).findings).toEqual([]);
  });
});

describe('scanResponse: finding shape', () => {
  it('merges a whole traceback into one stack-trace finding with its exact body location', () => {
    const body = `Internal Server Error\n\n${PYTHON_TRACE}`;
    const traces = scanResponse(response(body, { mimeType: 'text/plain' })).findings.filter((finding) => finding.category === 'stack-trace');
    expect(traces).toHaveLength(1);
    const traceEnd = PYTHON_TRACE.indexOf(', in load') + ', in load'.length;
    expect(traces[0]!.location).toEqual({ in: 'body', line: 3, column: 1, offset: 23, length: traceEnd });
    expect(traces[0]!.evidence).toBe(PYTHON_TRACE.slice(0, traceEnd));
  });

  it('reports a path repeated far apart once', () => {
    const path = '/var/www/html/checkout.php';
    const body = `<b>Warning</b>: in <b>${path}</b> on line 3${' '.repeat(5000)}thrown in <b>${path}</b> on line 4`;
    const paths = scanResponse(response(body, { status: 200 })).findings.filter((finding) => finding.category === 'file-path');
    expect(paths.map((finding) => finding.evidence)).toEqual([path]);
  });

  it('masks secrets except a short prefix and keeps the exact location', () => {
    const body = 'deploy failed\nkey=AKIA4MTWJQ3ZR6Y2P7NB\n';
    const [finding] = scanResponse(response(body, { mimeType: 'text/plain' })).findings;
    expect(finding).toMatchObject({ category: 'secret', evidence: 'AKIA****', location: { in: 'body', line: 2, column: 5, offset: 18, length: 20 } });
  });

  it('lists header findings first, then body findings by offset', () => {
    const report = scanResponse(
      response('<hr><center>nginx/1.22.1</center>\nTraceback (most recent call last):', {
        headers: [
          { name: 'Server', value: 'Apache/2.4.62 (Debian)' },
          { name: 'X-AspNet-Version', value: '4.0.30319' },
        ],
      }),
    );
    expect(report.findings.map((finding) => [finding.location.in, finding.evidence.slice(0, 20)])).toEqual([
      ['header', 'Apache/2.4.62 (Debia'],
      ['header', '4.0.30319'],
      ['body', '<center>nginx/1.22.1'],
      ['body', 'Traceback (most rece'],
    ]);
  });

  it('marks the report partial beyond MAX_SCAN_CHARS or when the body was cut upstream', () => {
    expect(scanResponse(response('x'.repeat(MAX_SCAN_CHARS + 1))).partial).toBe(true);
    expect(scanResponse(response('x', { bodyTruncated: true })).partial).toBe(true);
    expect(scanResponse(response('x')).partial).toBe(false);
    expect(scanResponse(response(null)).findings).toEqual([]);
  });

  it('does not scan past MAX_SCAN_CHARS', () => {
    const body = `${' '.repeat(MAX_SCAN_CHARS)}Traceback (most recent call last):`;
    expect(scanResponse(response(body)).findings).toEqual([]);
  });

  it('reports a path in a PHP warning of a 200 page: the warning proves the page reports an error', () => {
    const body = '<br />\n<b>Warning</b>:  include(config.php): Failed to open stream in <b>/var/www/html/index.php</b> on line <b>4</b><br />\n<h1>Shop</h1>';
    const paths = scanResponse(response(body, { status: 200 })).findings.filter((finding) => finding.category === 'file-path');
    expect(paths.map((finding) => [finding.evidence, finding.confidence])).toEqual([['/var/www/html/index.php', 0.92]]);
  });

  it('treats a page that shows an error as an error report even with status 200 (PHP display_errors)', () => {
    const subject = scannableFixture('leaks/php-uncaught-html-200.json');
    expect(subject.status).toBe(200);
    expect(categories(subject)).toEqual(['file-path', 'stack-trace', 'version-disclosure']);
  });

  it('judges a status past 599 as status-class does: not a server error, so not trusted as one', () => {
    const confidences = (status: number) => scanResponse(response(PYTHON_TRACE, { status, mimeType: 'text/plain' })).findings.map((f) => [f.rule, f.confidence]);
    expect(confidences(999)).toEqual(confidences(404));
    expect(confidences(999)).not.toEqual(confidences(500));
  });
});
