// Records a HAR with Firefox ESR's own DevTools HAR auto-export (no automation protocol involved).
// Run: node scripts/har-capture/firefox-autoexport.mjs [out.har]
// A fresh profile in /tmp gets a user.js with the auto-export prefs; firefox-esr starts headless
// with -devtools (toolbox open on start) on /start?to=/, which waits 2 s (for the toolbox to attach)
// and then navigates to the test page. Firefox writes one HAR per top-level page load into
// defaultLogDir; the one whose entries include /api/ok is saved (gzip-compressed when over 300 KB).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readdirSync, readFileSync, statSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, sleep, killGroup, saveHar } from './lib.mjs';

// argv[2]: fixture name (default firefox-esr-153-autoexport); argv[3]: also copy the raw HAR there
const name = process.argv[2] ?? 'firefox-esr-153-autoexport';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const profile = mkdtempSync(path.join(os.tmpdir(), 'sel-ff-profile-'));
const harDir = mkdtempSync(path.join(os.tmpdir(), 'sel-ff-har-'));

const prefs = {
  'devtools.netmonitor.har.enableAutoExportToFile': true,
  'devtools.netmonitor.har.defaultLogDir': harDir,
  'devtools.netmonitor.har.defaultFileName': 'firefox-autoexport',
  'devtools.netmonitor.har.includeResponseBodies': true,
  'devtools.toolbox.host': 'bottom',
  'devtools.toolbox.selectedTool': 'netmonitor',
  // quiet, offline-friendly profile
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.newtabpage.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'devtools.devedition.promo.enabled': false,
};
writeFileSync(
  path.join(profile, 'user.js'),
  Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n',
);

const server = await startServer();
console.error('server', server.origin, 'profile', profile, 'har dir', harDir);
const ff = spawn(FIREFOX, ['-no-remote', '-devtools', '-profile', profile, `${server.origin}/start?to=/`], {
  detached: true,
  env: { ...process.env, MOZ_HEADLESS: '1' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let ffErr = '';
ff.stderr.on('data', (c) => { ffErr += c; });

let found = null;
try {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !found) {
    await sleep(1000);
    for (const name of readdirSync(harDir)) {
      const file = path.join(harDir, name);
      const size = statSync(file).size;
      if (!size) continue;
      await sleep(500);
      if (statSync(file).size !== size) continue; // still being written
      const text = readFileSync(file, 'utf8');
      if (text.includes('/api/ok')) { found = file; break; }
    }
  }
} finally {
  killGroup(ff.pid);
  await sleep(1000);
  killGroup(ff.pid, 'SIGKILL');
  server.stop();
}
console.error('HAR files written by Firefox:', readdirSync(harDir));
if (!found) {
  console.error('no HAR with the test page appeared; firefox stderr:\n' + ffErr.slice(-3000));
  process.exit(1);
}
if (process.argv[3]) copyFileSync(found, process.argv[3]);
await saveHar(found, name, server.log);
