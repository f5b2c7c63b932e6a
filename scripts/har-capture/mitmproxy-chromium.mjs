// Records a HAR with mitmproxy's har_dump addon as shipped by Debian's mitmproxy package
// (/usr/share/doc/mitmproxy/examples/contrib/har_dump.py, unmodified), with headless Chromium
// sending the test page's traffic through mitmdump.
// Run: node scripts/har-capture/mitmproxy-chromium.mjs [fixture-name] [copy-raw-to]
import { spawn } from 'node:child_process';
import { mkdtempSync, copyFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer, sleep, killGroup, saveHar } from './lib.mjs';

const name = process.argv[2] ?? 'mitmproxy-8-har_dump-chromium';
const HAR_DUMP = '/usr/share/doc/mitmproxy/examples/contrib/har_dump.py';
const CHROMIUM = process.env.CHROMIUM ?? '/usr/lib/chromium/chromium';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sel-mitm-'));
const harPath = path.join(tmp, 'dump.har');
const proxyPort = 18000 + Math.floor(Math.random() * 1000);

const server = await startServer();
const mitm = spawn('mitmdump', ['--listen-host', '127.0.0.1', '--listen-port', String(proxyPort), '--set', `confdir=${tmp}/conf`,
  '-s', HAR_DUMP, '--set', `hardump=${harPath}`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let mitmOut = '';
mitm.stdout.on('data', (c) => { mitmOut += c; });
mitm.stderr.on('data', (c) => { mitmOut += c; });
for (let i = 0; i < 50 && !/listening at/i.test(mitmOut); i++) await sleep(200);
console.error('mitmdump:', mitmOut.trim().split('\n').slice(-2).join(' | '));

const profile = mkdtempSync(path.join(os.tmpdir(), 'sel-chromium-'));
const chrome = spawn(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--user-data-dir=${profile}`, `--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>',
  '--remote-debugging-port=0', 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
let chromeErr = '';
const wsUrl = await new Promise((resolve, reject) => {
  chrome.stderr.on('data', (c) => {
    chromeErr += c;
    const m = /DevTools listening on (ws:\/\/\S+)/.exec(chromeErr);
    if (m) resolve(m[1]);
  });
  setTimeout(() => reject(new Error('chromium did not start:\n' + chromeErr)), 20_000);
});
try {
  const browser = await chromium.connectOverCDP(wsUrl);
  const page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage());
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.title === 'done', null, { timeout: 30_000 });
  console.error('page log:\n' + (await page.textContent('#log')));
  await sleep(500);
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Browser.close').catch(() => {});
} finally {
  await sleep(500);
  killGroup(chrome.pid);
  // SIGINT makes mitmdump shut down cleanly and run har_dump's done(), which writes the HAR.
  killGroup(mitm.pid, 'SIGINT');
  for (let i = 0; i < 50 && mitm.exitCode === null; i++) await sleep(200);
  killGroup(mitm.pid, 'SIGKILL');
  server.stop();
}
console.error('mitmdump tail:', mitmOut.trim().split('\n').slice(-3).join(' | '));
if (!existsSync(harPath)) { console.error('no HAR written'); process.exit(1); }
if (process.argv[3]) copyFileSync(harPath, process.argv[3]);
await saveHar(harPath, name, server.log);
