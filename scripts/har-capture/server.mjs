// Loopback test server for recording real-tool HARs (see test/fixtures/har/real-tools/README.md).
// Run: node scripts/har-capture/server.mjs [port]   (or PORT=… ; default 0 = any free port)
// Prints "listening http://127.0.0.1:PORT" on stdout, then one JSON line per response it sent:
// {"n","method","url","status","contentType","contentEncoding","bytesOnWire","bytesDecoded"}.
// Listens on 127.0.0.1 only.
import http from 'node:http';
import zlib from 'node:zlib';

const port = Number(process.argv[2] ?? process.env.PORT ?? 0);

// ---------- bodies ----------
const TRACEBACK_CHECKOUT =
  'Traceback (most recent call last):\n' +
  '  File "/srv/shop/app/views.py", line 42, in checkout\n' +
  '    order = Order.objects.get(pk=order_id)\n' +
  '  File "/usr/lib/python3/dist-packages/django/db/models/manager.py", line 85, in manager_method\n' +
  '    return getattr(self.get_queryset(), name)(*args, **kwargs)\n' +
  'shop.models.Order.DoesNotExist: Order matching query does not exist.\n';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const BODIES = {
  ok: JSON.stringify({ ok: true, items: [{ id: 1, name: 'widget' }] }),
  notFound: '<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>\n',
  checkout:
    '<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head><body>\n' +
    '<h1>Server Error (500)</h1>\n<pre>' + escapeHtml(TRACEBACK_CHECKOUT) + '</pre>\n</body></html>\n',
  gateway:
    '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
    '<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n</body>\r\n</html>\r\n',
  busy: '<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1><p>Try again later.</p></body></html>\n',
  // No Content-Type; characters beyond Latin-1 (U+256D, U+2500, U+2502, U+2570), UTF-8 encoded.
  unicode:
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Vite error</title></head><body><pre>\n' +
    '╭─ [plugin:vite:react-babel] /srv/app/src/main.jsx: Unexpected token (12:4)\n' +
    '│   at Parser.parseExprAtom (/srv/app/node_modules/@babel/parser/lib/index.js:12345:16)\n' +
    '╰─ Error: Internal server error\n' +
    '</pre></body></html>\n',
  // No Content-Type; only Latin-1 non-ASCII characters (ü, ö, ß), UTF-8 encoded.
  latin1:
    'Interner Serverfehler für Größe XL\n' +
    'Traceback (most recent call last):\n' +
    '  File "/srv/shop/app/größen.py", line 7, in berechne\n' +
    '    return tabelle[größe]\n' +
    'KeyError: \'XL\'\n',
  binary: Buffer.concat([
    Buffer.from([0x00, 0x01, 0x02]),
    Buffer.from(
      'Traceback (most recent call last):\n' +
        '  File "/srv/shop/worker/export.py", line 88, in run\n' +
        '    raise RuntimeError("export failed")\n' +
        'RuntimeError: export failed\n',
    ),
  ]),
  gzipJson: JSON.stringify({ error: 'relation "orders" does not exist' }),
  twice:
    'java.lang.IllegalStateException: order service down\n' +
    '\tat com.shop.orders.OrderService.place(OrderService.java:88)\n' +
    '\tat com.shop.web.CheckoutController.post(CheckoutController.java:41)\n',
};

// ~1.2 MB HTML whose traceback comes only at its very end (past 1 MiB).
const BIG = (() => {
  const head = '<!DOCTYPE html>\n<html><head><title>report</title></head><body>\n';
  const rows = [];
  let size = head.length;
  for (let i = 0; size < 1_200_000; i++) {
    const row = `<p>row ${String(i).padStart(6, '0')}: lorem ipsum dolor sit amet, consectetur adipiscing elit</p>\n`;
    rows.push(row);
    size += row.length;
  }
  const tail = '<pre>' + escapeHtml(
    'Traceback (most recent call last):\n  File "/srv/shop/app/report.py", line 314, in render\n    raise ValueError("bad row")\nValueError: bad row\n',
  ) + '</pre>\n</body></html>\n';
  return head + rows.join('') + tail;
})();

// A real 4x4 RGB PNG, built at start (IHDR, IDAT, IEND with CRCs).
const PNG = (() => {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc(4 * (1 + 4 * 3));
  for (let y = 0; y < 4; y++) {
    raw[y * 13] = 0;
    for (let x = 0; x < 4; x++) raw.set([x * 60, y * 60, 200], y * 13 + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
})();

// The page: fetches in sequence, then two identical concurrent requests, then title = 'done'.
// ?next=PATH navigates there 2 s after done (used to trigger exports on navigation).
// /start?to=PATH waits 2 s and then navigates to PATH (gives a DevTools toolbox time to attach).
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>loading</title><link rel="icon" href="data:,"></head>
<body><h1>Server Error Lens HAR capture</h1><pre id="log"></pre>
<script>
const steps = ['/api/ok', '/missing', '/checkout', '/gateway', '/busy', '/boom-unicode', '/boom-latin1',
  '/boom-binary', '/boom-gzip', '/logo.png', '/big', 'CONCURRENT'];
const log = (s) => { document.getElementById('log').textContent += s + '\\n'; };
(async () => {
  for (const step of steps) {
    if (step === 'CONCURRENT') {
      const rs = await Promise.all([fetch('/twice'), fetch('/twice')]);
      for (const r of rs) { await r.arrayBuffer(); log('/twice ' + r.status); }
      continue;
    }
    try {
      const r = await fetch(step);
      await r.arrayBuffer();
      log(step + ' ' + r.status);
    } catch (e) { log(step + ' ERROR ' + e); }
  }
  document.title = 'done';
  const next = new URLSearchParams(location.search).get('next');
  if (next) setTimeout(() => { location.href = next; }, 2000);
})();
</script></body></html>
`;

const START = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>start</title><link rel="icon" href="data:,"></head>
<body>start<script>setTimeout(() => { location.href = new URLSearchParams(location.search).get('to') || '/'; }, 2000);</script></body></html>
`;
const BYE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>bye</title><link rel="icon" href="data:,"></head><body>bye</body></html>\n`;

let n = 0;
function send(request, response, status, headers, body, extra = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  let wire = buf;
  if (extra.gzip) wire = zlib.gzipSync(buf);
  const h = { 'Cache-Control': 'no-store', ...headers, 'Content-Length': String(wire.length) };
  if (extra.gzip) h['Content-Encoding'] = 'gzip';
  // writeHead with an object: Node adds no Content-Type of its own when we leave it out.
  response.writeHead(status, h);
  response.end(wire);
  n += 1;
  process.stdout.write(
    JSON.stringify({
      n,
      method: request.method,
      url: request.url,
      status,
      contentType: h['Content-Type'] ?? null,
      contentEncoding: h['Content-Encoding'] ?? null,
      bytesOnWire: wire.length,
      bytesDecoded: buf.length,
      via: request.headers['via'] ?? null,
    }) + '\n',
  );
}

const server = http.createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  switch (path) {
    case '/':
      return send(request, response, 200, html, PAGE);
    case '/start':
      return send(request, response, 200, html, START);
    case '/bye':
      return send(request, response, 200, html, BYE);
    case '/api/ok':
      return send(request, response, 200, { 'Content-Type': 'application/json' }, BODIES.ok);
    case '/missing':
      return send(request, response, 404, html, BODIES.notFound);
    case '/checkout':
      return send(request, response, 500, html, BODIES.checkout);
    case '/gateway':
      return send(request, response, 502, { 'Content-Type': 'text/html', Server: 'nginx/1.18.0 (Ubuntu)' }, BODIES.gateway);
    case '/busy':
      return send(request, response, 503, { ...html, 'Retry-After': '120' }, BODIES.busy);
    case '/boom-unicode':
      return send(request, response, 500, {}, BODIES.unicode);
    case '/boom-latin1':
      return send(request, response, 500, {}, BODIES.latin1);
    case '/boom-binary':
      return send(request, response, 500, { 'Content-Type': 'application/octet-stream' }, BODIES.binary);
    case '/boom-gzip':
      return send(request, response, 500, { 'Content-Type': 'application/json' }, BODIES.gzipJson, { gzip: true });
    case '/logo.png':
      return send(request, response, 200, { 'Content-Type': 'image/png' }, PNG);
    case '/big':
      return send(request, response, 200, html, BIG);
    case '/twice':
      return send(request, response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, BODIES.twice);
    default:
      return send(request, response, 404, { 'Content-Type': 'text/plain' }, 'not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
