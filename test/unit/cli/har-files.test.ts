// HAR files as real tools write them: Playwright's side files, zips and bodiless recordings
// (test/fixtures/har/playwright*, recorded by scripts/record-playwright-hars.ts), gzip and UTF-16
// wrappings, and files with a bad entry or cut short. Whatever the file, what was read is reported
// and what was not is named.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, runBin, runInProcess } from './run-bin';

const scratch = mkdtempSync(path.join(tmpdir(), 'sel-har-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, bytes: Uint8Array | string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

interface JsonDocument {
  entries: { index: number; status: number; leaks: { category: string }[]; bodyNotScanned?: string }[];
  totalEntries: number;
  badEntries: { index: number; problem: string }[];
  error?: string;
}

async function scanJson(file: string): Promise<{ code: number | null; document: JsonDocument; stderr: string }> {
  const { code, stdout, stderr } = await runInProcess(['scan', '--json', file]);
  return { code, document: JSON.parse(stdout) as JsonDocument, stderr };
}

const categoriesAt = (document: JsonDocument, index: number) => document.entries.find((entry) => entry.index === index)?.leaks.map((leak) => leak.category);

describe('Playwright HARs', () => {
  it("reads bodies from the side files of content: 'attach'", async () => {
    const { code, document } = await scanJson(fixture('playwright-attach/recording.har'));
    expect(code).toBe(1);
    expect(categoriesAt(document, 1)).toEqual(expect.arrayContaining(['stack-trace', 'file-path']));
    expect(document.entries.every((entry) => entry.bodyNotScanned === undefined)).toBe(true);
  });

  it('reads the HAR and its bodies from a Playwright zip', async () => {
    const zipped = await scanJson(fixture('playwright.zip'));
    expect(zipped.code).toBe(1);
    expect(zipped.document).toEqual((await scanJson(fixture('playwright-attach/recording.har'))).document);
  });

  it('says a zip cannot be read from standard input', async () => {
    const result = await runBin(['scan', '-'], readFileSync(fixture('playwright.zip')));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('server-error-lens: (standard input): a zip file (Playwright writes HARs as zips); give its path so it can be opened\n');
  });

  it("counts the error responses of content: 'omit' as not scanned, never as clean", async () => {
    const { code, document } = await scanJson(fixture('playwright-omit.har'));
    expect(code).toBe(0);
    expect(document.entries.map((entry) => [entry.status, entry.bodyNotScanned])).toEqual([
      [500, 'no body in the HAR'],
      [503, 'no body in the HAR'],
    ]);
    const text = (await runInProcess(['scan', fixture('playwright-omit.har')])).stdout;
    expect(text).toContain('  no leaks found in what was scanned\n  2 bodies not scanned, only headers: no body in the HAR (#1, #2)\n');
    expect(text).not.toContain('  no leaks found\n');
  });
});

describe('wrapped HARs, known by their bytes whatever their name', () => {
  const leaky = readFileSync(fixture('leaky.har'));
  const leakyText = leaky.toString('utf8');

  it.each([
    ['gzip', 'capture.har.gz', gzipSync(leaky)],
    ['gzip under a .har name', 'capture.har', gzipSync(leaky)],
    ['UTF-16LE with a byte-order mark', 'utf16le-bom.har', Buffer.from(`\ufeff${leakyText}`, 'utf16le')],
    ['UTF-16LE without one', 'utf16le.har', Buffer.from(leakyText, 'utf16le')],
    ['UTF-16BE with a byte-order mark', 'utf16be-bom.har', Buffer.from(`\ufeff${leakyText}`, 'utf16le').swap16()],
    ['UTF-16BE without one', 'utf16be.har', Buffer.from(leakyText, 'utf16le').swap16()],
  ])('reads %s as the plain file', async (_name, fileName, bytes) => {
    const wrapped = await scanJson(writeScratch(fileName, bytes));
    expect(wrapped.stderr).toBe('');
    expect(wrapped.document).toEqual((await scanJson(fixture('leaky.har'))).document);
  });

  it('says a cut gzip file is cut, after what it could read', async () => {
    const cut = gzipSync(leaky).subarray(0, 1500);
    const { code, document } = await scanJson(writeScratch('cut.har.gz', cut));
    expect(code).toBe(2);
    expect(document.error).toBe('the gzip data is cut short or corrupt');
  });
});

describe('files with a bad part', () => {
  const traceback = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
  const goodEntry = (status: number) => ({
    startedDateTime: '2026-11-20T10:15:00.000Z',
    request: { method: 'GET', url: `https://app.test/${status}`, headers: [] },
    response: { status, headers: [], content: { mimeType: 'text/plain', text: traceback } },
  });

  it('reports the entries around one without a response, names it, and exits 2', async () => {
    const file = writeScratch('bad-entry.har', JSON.stringify({ log: { entries: [goodEntry(500), { request: { url: 'x' } }, goodEntry(502)] } }));
    const { code, document, stderr } = await scanJson(file);
    expect(code).toBe(2);
    expect(document.badEntries).toEqual([{ index: 1, problem: 'has no response object' }]);
    expect(document.entries.map((entry) => [entry.index, entry.leaks.length > 0])).toEqual([
      [0, true],
      [2, true],
    ]);
    expect(stderr).toBe(`server-error-lens: ${file}: log.entries[1] has no response object: not read\n`);
  });

  it('reports the entries before the point where a file was cut off, and exits 2', async () => {
    const whole = JSON.stringify({ log: { entries: [goodEntry(500), goodEntry(502), goodEntry(503)] } }, null, 2);
    const file = writeScratch('cut.har', whole.slice(0, whole.lastIndexOf('"status": 503')));
    const { code, document, stderr } = await scanJson(file);
    expect(code).toBe(2);
    expect(document.entries.map((entry) => entry.index)).toEqual([0, 1]);
    expect(document.error).toMatch(/^not JSON: unexpected end of input at line \d+, column \d+ \(truncated file\?\)$/);
    expect(stderr).toMatch(/\(after 2 entries, which are reported\)\n$/);
    const text = (await runInProcess(['scan', file])).stdout;
    expect(text.split('\n')[0]).toBe(`${file}: 2 entries read, 2 error responses (4xx/5xx) scanned`);
    expect(text).toContain('  reading stopped: not JSON: unexpected end of input');
  });

  it('says there was nothing to scan when no entry is an error response', async () => {
    const file = writeScratch('all-ok.har', JSON.stringify({ log: { entries: [{ ...goodEntry(200) }, { ...goodEntry(301) }, { ...goodEntry(204) }] } }));
    const { stdout, code } = await runInProcess(['scan', file]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(`${file}: 3 entries, none an error response (4xx/5xx): nothing scanned (--all scans every response)`);
    expect(stdout).not.toContain('no leaks found');
  });
});
