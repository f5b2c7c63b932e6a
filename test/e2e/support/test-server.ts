// A real HTTP server on 127.0.0.1 for the e2e tests: a page that fires requests of every status
// class, and bodies like real frameworks send. It counts the 5xx it served so tests compare the
// badge with what really went over the wire, not with a number written into the test.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  origin: string;
  serverErrorsServed(): number;
  /** Requests served for this path (query ignored). */
  requestsTo(path: string): number;
  /** Method, Authorization header and body of each request to this path, in order. */
  requestsReceived(path: string): { method: string; authorization?: string; body: string }[];
  close(): Promise<void>;
}

/** `type` '' sends no Content-Type at all, as some servers do. */
type Route = { status: number; type: string; body: string | Buffer; headers?: Record<string, string> };

export const PYTHON_TRACEBACK = `Traceback (most recent call last):
  File "/srv/shop/app/views.py", line 42, in checkout
    order = Order.objects.get(id=order_id)
  File "/usr/lib/python3/dist-packages/django/db/models/manager.py", line 87, in manager_method
    return getattr(self.get_queryset(), name)(*args, **kwargs)
psycopg2.OperationalError: could not connect to server: Connection refused
	Is the server running on host "10.0.3.7" and accepting TCP/IP connections on port 5432?
`;

/** A made-up AWS access key id: the shape real ones have, issued to nobody. */
export const PLANTED_ACCESS_KEY = 'AKIAZ7QH4XW2PLM5R3TN';
export const TRACED_REQUEST_ID = 'req-5b1e8c3a-7d42';
export const TRACED_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
export const TRACED_BODY_ID = '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4c2a1b3e4f5-00';
const SETTINGS_CRASH = `Error: could not load settings for shop-api
  at loadSettings (/srv/shop/config/settings.js:31:11)
  AWS_ACCESS_KEY_ID=${PLANTED_ACCESS_KEY}
`;

export const HOSTILE_MARKUP =
  '<script>window.__selPwned = "script"</script><img src=x onerror="window.__selPwned = \'img\'">' +
  '<svg onload="window.__selPwned = \'svg\'"></svg><h1>Internal Server Error</h1>';

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n';

/**
 * A page whose script fires one request per listed path, then marks itself done. Requests go in
 * batches: Chromium fails requests outright (ERR_INSUFFICIENT_RESOURCES) past about a thousand
 * in flight from one page.
 */
function pageFiring(paths: string[]): string {
  return `<!doctype html><title>test page</title><p>firing ${paths.length} requests</p>
<script>
(async () => {
  const paths = ${JSON.stringify(paths)};
  for (let i = 0; i < paths.length; i += 100) {
    await Promise.allSettled(paths.slice(i, i + 100).map((path) => fetch(path).then((r) => r.text())));
  }
  document.title = 'done';
})();
</script>`;
}

/** A page whose script fires every listed path at once, not in batches (concurrent identical requests). */
function pageFiringAtOnce(paths: string[]): string {
  return `<!doctype html><title>test page</title><p>firing ${paths.length} requests at once</p>
<script>
Promise.allSettled(${JSON.stringify(paths)}.map((path) => fetch(path).then((r) => r.text()))).then(() => { document.title = 'done'; });
</script>`;
}

/** A debug page of 1.9 MB whose traceback is at its very end, past where Firefox stops copying. */
const BIG_DEBUG_PAGE = `<!doctype html><html><body><h1>Internal Server Error</h1><pre>${'request log line without secrets\n'.repeat(57_000)}</pre><pre>${PYTHON_TRACEBACK}</pre></body></html>`;

/** An error page sent with no Content-Type, its text beyond ASCII (and within Latin-1). */
export const UNTYPED_500 = '<!doctype html><title>Fehler</title><p>Größe für Bestellung ungültig</p><pre>File "/srv/shop/app/views.py", line 42</pre>';

/** A small JSON error body sent gzip'd. */
export const GZIP_500 = '{"error":"relation \\"orders\\" does not exist"}';

/** An error body that sniffs as binary: control bytes first, then the traceback. */
const BINARY_500 = Buffer.concat([Buffer.from([0x00, 0x01, 0x02, 0x1f, 0x8b]), Buffer.from(PYTHON_TRACEBACK)]);

/** A path whose bidi override makes it read as ".../views.py" while its bytes say "yp.sweiv". */
export const BIDI_SPOOF = 'File "/srv/app/\u202Eyp.sweiv", line 9';

export const SAME_500_COUNT = 20;

/** A burst of 1,000 requests, a third of them 500s. */
export const BURST_PATHS = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? `/api/crash?n=${i}` : `/api/ok?n=${i}`));

/** A long capture: many quick successes and one failure at the very end. */
export const MANY_PATHS = [...Array.from({ length: 1500 }, (_, i) => `/api/ok?n=${i}`), '/api/crash?last'];

export const MIXED_PATHS = ['/api/ok', '/api/missing', '/api/crash', '/api/gateway', '/api/unavailable'];

/** Responses captured from real servers (scripts/fixtures/), replayed byte for byte at /replay/<server>/<name>. */
export const REPLAYED_DEBUG_PAGES = {
  'django/uncaught-exception-debug': 'DEBUG = False in settings.py',
  'flask/uncaught-exception-debug': 'FLASK_DEBUG=0 (or app.run(debug=False))',
  'rails/uncaught-exception-dev': 'config.consider_all_requests_local = false (config/environments/production.rb)',
  'php/uncaught-exception-dev': 'display_errors = Off and log_errors = On (php.ini)',
  'tomcat/jsp-exception-500': '<Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false" /> in the <Host> of server.xml',
  'node/express-uncaught-exception-dev': 'NODE_ENV=production, and an error handler that answers with a generic message, never err.stack or err.message',
  // Sent with no Content-Type, for a .jsx URL: it must still be read as the page it is.
  'vite/syntax-error-module-dev': "vite build (or your framework's build on top of it) and serve that output; never expose vite dev or vite preview",
} as const;

type ReplayedPage = keyof typeof REPLAYED_DEBUG_PAGES;
export const REPLAYED_PAGE_NAMES = Object.keys(REPLAYED_DEBUG_PAGES) as ReplayedPage[];

interface CapturedResponse {
  request: { url: string };
  status: number;
  mimeType: string;
  headers: { name: string; value: string }[];
  body: string;
}

/** Each capture read once, when the module loads. */
const CAPTURED_PAGES = new Map(
  REPLAYED_PAGE_NAMES.map((name) => [name, JSON.parse(readFileSync(new URL(`../../fixtures/responses/${name}.json`, import.meta.url), 'utf8')) as CapturedResponse]),
);

/** Where a captured page is replayed: /replay/<server>/<name>, ending as the captured URL did (.php, .jsx…). */
export function replayPath(name: ReplayedPage): string {
  const extension = /\.\w{1,8}$/.exec(new URL(CAPTURED_PAGES.get(name)!.request.url).pathname)?.[0] ?? '';
  return `/replay/${name}${extension}`;
}

function replayed(name: ReplayedPage): Route {
  const captured = CAPTURED_PAGES.get(name)!;
  // Framing and date are this server's to write; the rest is as the framework sent it.
  const skipped = new Set(['content-length', 'transfer-encoding', 'connection', 'date', 'content-type', 'keep-alive']);
  const headers = Object.fromEntries(captured.headers.filter((header) => !skipped.has(header.name.toLowerCase())).map((header) => [header.name, header.value]));
  const type = captured.headers.find((header) => header.name.toLowerCase() === 'content-type')?.value ?? captured.mimeType;
  return { status: captured.status, type, body: captured.body, headers };
}

/** The bearer token the order page sends: the copies must mask it unless asked. */
export const ORDER_TOKEN = 'e2e-order-token-5f2a9c';

/** How many times /api/flaky?key=… has been asked for each key; it fails the first two. */
const FLAKY_FAILURES = 2;

const ROUTES: Record<string, Route> = {
  '/debug-pages': { status: 200, type: 'text/html', body: pageFiring(REPLAYED_PAGE_NAMES.map(replayPath)) },
  ...Object.fromEntries(REPLAYED_PAGE_NAMES.map((name) => [replayPath(name), replayed(name)])),
  // Fails then recovers, per key, so each test's page starts the count afresh.
  '/flaky-page': {
    status: 200,
    type: 'text/html',
    body: `<!doctype html><title>test page</title><script>fetch('/api/flaky?key=' + Math.random().toString(36).slice(2)).then((r) => r.text()).then(() => { document.title = 'done'; });</script>`,
  },
  '/down-page': { status: 200, type: 'text/html', body: pageFiring(['/api/down']) },
  '/api/down': { status: 500, type: 'application/json', body: '{"error":"the orders service is down"}' },
  '/order-page': {
    status: 200,
    type: 'text/html',
    body: `<!doctype html><title>test page</title><script>fetch('/api/order', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Shop-Client': 'web', Authorization: 'Bearer ${ORDER_TOKEN}' }, body: '{"item":42}' }).then((r) => r.text()).then(() => { document.title = 'done'; });</script>`,
  },
  '/api/order': { status: 500, type: 'application/json', body: '{"error":"payment provider timed out"}' },
  '/mixed': { status: 200, type: 'text/html', body: pageFiring(MIXED_PATHS) },
  '/hostile-page': { status: 200, type: 'text/html', body: pageFiring(['/api/hostile']) },
  '/many': { status: 200, type: 'text/html', body: pageFiring(MANY_PATHS) },
  '/one-failing': { status: 200, type: 'text/html', body: pageFiring(['/api/ok', '/api/missing', '/api/crash']) },
  '/secret-page': { status: 200, type: 'text/html', body: pageFiring(['/api/settings']) },
  '/calm': { status: 200, type: 'text/html', body: pageFiring(['/api/ok']) },
  '/burst': { status: 200, type: 'text/html', body: pageFiring(BURST_PATHS) },
  '/same-500-page': { status: 200, type: 'text/html', body: pageFiringAtOnce(Array(SAME_500_COUNT).fill('/api/same-500')) },
  '/big-500-page': { status: 200, type: 'text/html', body: pageFiring(['/api/big-500']) },
  '/binary-500-page': { status: 200, type: 'text/html', body: pageFiring(['/api/binary-500']) },
  '/untyped-500-page': { status: 200, type: 'text/html', body: pageFiring(['/api/untyped-500']) },
  '/gzip-500-page': { status: 200, type: 'text/html', body: pageFiring(['/api/gzip-500']) },
  '/redirect-page': { status: 200, type: 'text/html', body: pageFiring(['/api/moved']) },
  // Express's res.redirect: a body with its Content-Length, which browsers do not keep.
  '/api/moved': { status: 302, type: 'text/plain; charset=utf-8', body: 'Found. Redirecting to /api/ok', headers: { Location: '/api/ok' } },
  '/traced-page': { status: 200, type: 'text/html', body: pageFiring(['/api/traced']) },
  '/bidi-page': { status: 200, type: 'text/html', body: pageFiring(['/api/bidi-500']) },
  '/api/same-500': { status: 500, type: 'application/json', body: '{"error":"same failure every time"}' },
  '/api/big-500': { status: 500, type: 'text/html', body: BIG_DEBUG_PAGE },
  '/api/binary-500': { status: 500, type: 'application/octet-stream', body: BINARY_500 },
  // No Content-Type, UTF-8 text beyond ASCII: Firefox hands it over as base64 of one byte per character.
  '/api/untyped-500': { status: 500, type: '', body: UNTYPED_500 },
  // So short that gzip makes it longer: Firefox states the longer size.
  '/api/gzip-500': { status: 500, type: 'application/json', body: gzipSync(GZIP_500), headers: { 'Content-Encoding': 'gzip' } },
  '/api/bidi-500': { status: 500, type: 'text/plain; charset=utf-8', body: `Traceback (most recent call last):\n  ${BIDI_SPOOF}\nValueError: bad\n` },
  '/api/ok': { status: 200, type: 'application/json', body: '{"ok":true}' },
  '/api/missing': { status: 404, type: 'application/json', body: '{"error":"not found"}' },
  '/api/crash': { status: 500, type: 'text/plain', body: PYTHON_TRACEBACK },
  '/api/gateway': { status: 502, type: 'text/html', body: NGINX_502, headers: { Server: 'nginx/1.22.1' } },
  '/api/unavailable': { status: 503, type: 'text/plain', body: 'Service temporarily unavailable', headers: { 'Retry-After': '30' } },
  '/api/settings': { status: 500, type: 'text/plain', body: SETTINGS_CRASH },
  '/api/hostile': { status: 500, type: 'text/html', body: HOSTILE_MARKUP },
  // As an ASP.NET Core app behind Cloudflare with OpenTelemetry answers: ids in headers and body.
  '/api/traced': {
    status: 500,
    type: 'application/problem+json',
    body: `{"type":"https://tools.ietf.org/html/rfc9110#section-15.6.1","title":"An error occurred while processing your request.","status":500,"traceId":"${TRACED_BODY_ID}"}`,
    headers: { 'X-Request-Id': TRACED_REQUEST_ID, traceparent: `00-${TRACED_TRACE_ID}-00f067aa0ba902b7-01`, 'CF-Ray': '8c2f1a6b9d7e2f3a-FRA' },
  },
  '/favicon.ico': { status: 204, type: 'image/x-icon', body: '' },
};

export async function startTestServer(): Promise<TestServer> {
  let serverErrors = 0;
  const requestCounts = new Map<string, number>();
  const received = new Map<string, { method: string; authorization?: string; body: string }[]>();
  const flakyCounts = new Map<string, number>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    requestCounts.set(path, (requestCounts.get(path) ?? 0) + 1);
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => received.set(path, [...(received.get(path) ?? []), { method: request.method ?? '', authorization: request.headers.authorization, body }]));
    let route = ROUTES[path] ?? { status: 404, type: 'text/plain', body: 'no such route' };
    if (path === '/api/flaky') {
      const key = url.searchParams.get('key') ?? '';
      const seen = (flakyCounts.get(key) ?? 0) + 1;
      flakyCounts.set(key, seen);
      route = seen <= FLAKY_FAILURES ? { status: 503, type: 'text/plain', body: 'warming up, try again' } : { status: 200, type: 'application/json', body: '{"ok":true}' };
    }
    if (route.status >= 500) serverErrors++;
    response.writeHead(route.status, { ...(route.type === '' ? {} : { 'Content-Type': route.type }), 'Cache-Control': 'no-store', ...route.headers });
    response.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serverErrorsServed: () => serverErrors,
    requestsTo: (path) => requestCounts.get(path) ?? 0,
    requestsReceived: (path) => received.get(path) ?? [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
