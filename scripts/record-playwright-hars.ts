// Records the Playwright HAR fixtures (test/fixtures/har/playwright*): a page on a local server
// whose fetches get a 500 with a Python traceback and a 503 labelled image/png, recorded by
// Playwright's own recordHar in its three shapes: bodies in side files (content: 'attach'), a .zip
// holding the HAR and those files, and no bodies (content: 'omit'). Run: node --import tsx scripts/record-playwright-hars.ts
import { mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';

const OUT = 'test/fixtures/har';
const TRACEBACK = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 12, in index\n    return orders[0]\nIndexError: list index out of range\n';

const server = http.createServer((request, response) => {
  if (request.url === '/boom') {
    response.writeHead(500, { 'content-type': 'text/plain' }).end(TRACEBACK);
  } else if (request.url === '/img') {
    response.writeHead(503, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  } else {
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>hi<script>fetch("/boom");fetch("/img")</script></body></html>');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox'] });
try {
  rmSync(`${OUT}/playwright-attach`, { recursive: true, force: true });
  mkdirSync(`${OUT}/playwright-attach`);
  for (const [path, content] of [
    [`${OUT}/playwright-attach/recording.har`, 'attach'],
    [`${OUT}/playwright.zip`, 'attach'],
    [`${OUT}/playwright-omit.har`, 'omit'],
  ] as const) {
    const context = await browser.newContext({ recordHar: { path, content } });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
