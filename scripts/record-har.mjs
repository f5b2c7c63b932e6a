// Records test/fixtures/har/chromium-recording.har: a real Chromium (Debian's, never a downloaded
// build) loads a page from a local server whose requests end in 200, 404 and 500 responses, the
// way a developer would record one. Re-run after changing the server below:
//   node scripts/record-har.mjs [output.har]
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const CHROMIUM = '/usr/lib/chromium/chromium';
const output = process.argv[2] ?? fileURLToPath(new URL('../test/fixtures/har/chromium-recording.har', import.meta.url));

// What Flask/Werkzeug prints for an unhandled exception when debug pages are off but the app
// returns the traceback itself, a common "helpful" error handler.
const PYTHON_TRACEBACK = `Traceback (most recent call last):
  File "/srv/shop/venv/lib/python3.11/site-packages/flask/app.py", line 1484, in full_dispatch_request
    rv = self.dispatch_request()
  File "/srv/shop/app/orders.py", line 57, in create_order
    total = compute_total(cart)
  File "/srv/shop/app/pricing.py", line 12, in compute_total
    return sum(item.price for item in cart.items) / cart.count
ZeroDivisionError: division by zero
`;

// A 1x1 transparent PNG: binary, so Chromium's HAR stores it base64 and the scanner must skip it.
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

const PAGE = `<!doctype html><title>shop</title><img src="/pixel.png">
<script>
  Promise.all(['/api/cart', '/api/missing', '/api/orders', '/api/export'].map((url) => fetch(url).then((r) => r.text())))
    .then(() => { document.title = 'done'; });
</script>`;

const ROUTES = {
  '/': { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: PAGE },
  '/pixel.png': { status: 200, headers: { 'Content-Type': 'image/png' }, body: PIXEL_PNG },
  '/api/cart': { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"items":[],"count":0}' },
  '/api/missing': { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{"error":"not found"}' },
  '/api/orders': { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: PYTHON_TRACEBACK },
  // No Content-Type, as bare WSGI/CGI error paths often send: Chromium's HAR keeps it base64.
  '/api/export': { status: 500, headers: {}, body: `Internal Server Error\n\n${PYTHON_TRACEBACK}` },
};

const server = createServer((request, response) => {
  const route = ROUTES[new URL(request.url ?? '/', 'http://localhost').pathname];
  if (!route) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(route.status, route.headers).end(route.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();

const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  const context = await browser.newContext({ recordHar: { path: output, content: 'embed' } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => document.title === 'done');
  await context.close(); // writes the HAR
} finally {
  await browser.close();
  server.close();
}
console.log(`recorded ${output}`);
