// The panel's "Save JSON report" must be the document the command line prints for the same HAR,
// except that URLs carrying credentials are redacted unless the user asked for them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureJsonReport } from '../../../core/report/capture-report';
import { fixture, runInProcess } from '../cli/run-bin';

const LEAKY = readFileSync(fixture('leaky.har'), 'utf8');
/** leaky.har with a token in one failing request's URL, as a capture may hold. */
const WITH_TOKEN = LEAKY.replace('https://shop.example/api/orders', 'https://shop.example/api/orders?access_token=tok_live_51H8fQ2eZvKYlo2C');

const folder = mkdtempSync(path.join(tmpdir(), 'sel-report-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function cliJson(harText: string) {
  const file = path.join(folder, 'capture.har');
  writeFileSync(file, harText);
  const { stdout } = await runInProcess(['scan', '--json', file]);
  return JSON.parse(stdout) as { entries: { url: string; leaks: unknown[] }[] };
}

describe('the capture as a JSON report', () => {
  it('is the command line\'s --json document for the same HAR', async () => {
    const report = await captureJsonReport(LEAKY, { includeCredentials: false });
    const cli = await cliJson(LEAKY);
    expect(JSON.parse(report.text)).toEqual(cli);
    expect(report.entries).toBe(cli.entries.length);
    expect(report.findings).toBe(cli.entries.reduce((sum, entry) => sum + entry.leaks.length, 0));
    expect(report.findings).toBeGreaterThan(0);
  });

  it('redacts a token in a URL unless credentials were asked for, and finds the same leaks either way', async () => {
    const redacted = JSON.parse((await captureJsonReport(WITH_TOKEN, { includeCredentials: false })).text);
    const withCredentials = JSON.parse((await captureJsonReport(WITH_TOKEN, { includeCredentials: true })).text);
    expect(JSON.stringify(redacted)).not.toContain('tok_live_51H8fQ2eZvKYlo2C');
    expect(redacted.entries.map((entry: { url: string }) => entry.url)).toContain('https://shop.example/api/orders?access_token=%5Bredacted%5D');
    expect(withCredentials).toEqual(await cliJson(WITH_TOKEN));
    expect(redacted.entries.map((entry: { leaks: unknown[] }) => entry.leaks)).toEqual(withCredentials.entries.map((entry: { leaks: unknown[] }) => entry.leaks));
  });
});
