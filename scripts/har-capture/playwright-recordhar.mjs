// Records HARs with Playwright's own recordHar ({ content: 'embed' }), once with Debian's Chromium
// (/usr/lib/chromium/chromium) and once with Firefox ESR (/usr/bin/firefox-esr, driven over WebDriver
// BiDi: channel 'moz-firefox', because the stock Firefox does not speak Playwright's Juggler protocol).
// No downloaded browser is used. Firefox goes through firefox-bidi-shim.mjs, which only answers one
// BiDi command that Firefox ESR 153 does not know (see there).
// Run: node scripts/har-capture/playwright-recordhar.mjs [chromium|firefox|both] [copy-raw-dir]
import { mkdtempSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, firefox } from '@playwright/test';
import { startServer, sleep, saveHar } from './lib.mjs';
import pwPackage from '@playwright/test/package.json' with { type: 'json' };

const which = process.argv[2] ?? 'both';
const rawDir = process.argv[3];
const version = pwPackage.version;

async function record(kind) {
  const server = await startServer();
  const tmp = mkdtempSync(path.join(os.tmpdir(), `sel-pw-${kind}-`));
  const harPath = path.join(tmp, 'recording.har');
  const browser =
    kind === 'chromium'
      ? await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] })
      : await firefox.launch({
          channel: 'moz-firefox',
          // Without the shim, newContext fails: "Protocol error (emulation.setMediaFeaturesOverride):
          // unknown command" (Firefox ESR 153). With SHIM=0 the stock binary is used, to show that.
          executablePath: process.env.SHIM === '0' ? '/usr/bin/firefox-esr' : path.join(path.dirname(new URL(import.meta.url).pathname), 'firefox-bidi-shim.mjs'),
          env: { ...process.env, SHIM_LOG: path.join(tmp, 'shim.log') },
        });
  const browserVersion = browser.version();
  try {
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'embed' } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => document.title === 'done', null, { timeout: 30_000 });
    console.error(`${kind} ${browserVersion} page log:\n` + (await page.textContent('#log')));
    await sleep(500);
    await context.close(); // the HAR is written here
  } finally {
    await browser.close();
    server.stop();
  }
  const name = `playwright-${version}-recordhar-embed-${kind === 'chromium' ? 'chromium' : 'firefox-esr'}`;
  if (rawDir) copyFileSync(harPath, path.join(rawDir, `${name}.har`));
  await saveHar(harPath, name, server.log);
}

if (which === 'chromium' || which === 'both') await record('chromium');
if (which === 'firefox' || which === 'both') await record('firefox');
