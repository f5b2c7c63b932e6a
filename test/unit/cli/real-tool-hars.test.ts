// HARs written by real tools (Firefox's own export, mitmproxy, Playwright with Chromium and with
// Firefox) of one page served by scripts/har-capture/server.mjs, which logged what it sent. Each
// tool mangles bodies its own way (test/fixtures/har/real-tools/README.md): whatever it did, every
// response the server sent must be there, and each must give the same findings as the exact copy
// or say that its copy is damaged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanHar, type ScannedEntry } from '../../../core/har/scan-har';

const DIR = new URL('../../fixtures/har/real-tools/', import.meta.url);
/** Playwright's HAR of Chromium keeps every body byte for byte (base64 where not text). */
const EXACT = 'playwright-1.65.1-recordhar-embed-chromium';
const TOOLS = ['firefox-esr-153-autoexport', 'mitmproxy-8-har_dump-chromium', 'playwright-1.65.1-recordhar-embed-firefox-esr'];

interface ServerLogLine {
  url: string;
  status: number;
}

async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

/** Each HAR read and scanned once, for every test that asks. */
const scans = new Map<string, Promise<ScannedEntry[]>>();
function scanned(name: string): Promise<ScannedEntry[]> {
  let scan = scans.get(name);
  if (!scan) scans.set(name, (scan = scanHar(chunks(readFileSync(new URL(`${name}.har.gz`, DIR))), { selection: 'all' }).then((result) => result.entries)));
  return scan;
}
const serverLog = (name: string) => JSON.parse(readFileSync(new URL(`${name}.server-log.json`, DIR), 'utf8')) as ServerLogLine[];
const pathOf = (entry: ScannedEntry) => {
  const url = new URL(entry.url);
  return url.pathname + url.search;
};
const categoriesOf = (entry: ScannedEntry) => [...new Set(entry.findings.map((finding) => finding.category))].sort();
const damaged = (entry: ScannedEntry) => entry.bodyDamage !== undefined || entry.bodyNotScanned !== undefined;

describe.each([EXACT, ...TOOLS])('the HAR %s', (name) => {
  it('holds every error response the server sent, with its status', async () => {
    const sent = serverLog(name).filter((line) => line.status >= 400).map((line) => `${line.status} ${line.url}`).sort();
    const held = (await scanned(name)).filter((entry) => entry.status >= 400).map((entry) => `${entry.status} ${pathOf(entry)}`).sort();
    expect(held).toEqual(sent);
  });

  it('gives each response the findings of the exact copy, or says its copy is damaged', async () => {
    const reference = new Map((await scanned(EXACT)).map((entry) => [pathOf(entry), categoriesOf(entry)]));
    for (const entry of await scanned(name)) {
      if (!reference.has(pathOf(entry)) || damaged(entry)) continue;
      expect(categoriesOf(entry), `${name} ${pathOf(entry)}`).toEqual(reference.get(pathOf(entry)));
    }
  });
});

describe('what each tool lost is said, and nothing else is called damaged', () => {
  it.each([
    [EXACT, []],
    // Firefox fills a body past 768 KiB with NULs; its export keeps that.
    ['firefox-esr-153-autoexport', ['/big']],
    ['mitmproxy-8-har_dump-chromium', []],
    // Playwright re-encodes the text Firefox marks base64 but leaves as text: 22 bytes of noise remain of 321.
    ['playwright-1.65.1-recordhar-embed-firefox-esr', ['/boom-unicode']],
  ])('%s: damaged copies %j', async (name, expected) => {
    const entries = await scanned(name);
    expect(entries.filter(damaged).map(pathOf)).toEqual(expected);
  });
});
