import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Entry } from 'har-format';
import { describe, expect, it, vi } from 'vitest';
import { analyzeEntry } from '../../../core/analysis/entry-analysis';
import { importHarEntries, importSummary, IMPORT_BATCH_ENTRIES } from '../../../core/har/import-entries';
import { openHarFile } from '../../../entrypoints/devtools-panel/open-har-file';
import type { PanelToDevtools } from '../../../messaging/protocol';
import { finished, har, startFakeSession } from '../session/fake-devtools';

const harFile = (name: string) => readFileSync(new URL(`../../fixtures/har/${name}`, import.meta.url));
async function* chunked(bytes: Uint8Array, size = 997) {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}
async function imported(bytes: Uint8Array) {
  const batches: Entry[][] = [];
  const result = await importHarEntries(chunked(bytes), (batch) => batches.push(batch));
  return { result, entries: batches.flat(), batches };
}

describe('importHarEntries', () => {
  it('reads every entry of a HAR, plain or gzip-compressed, in batches', async () => {
    const plain = await imported(harFile('leaky.har'));
    expect(plain.result).toEqual({ imported: 7, badEntries: 0 });
    expect(plain.entries.map((entry) => entry.response.status)).toEqual((JSON.parse(harFile('leaky.har').toString()) as { log: { entries: Entry[] } }).log.entries.map((entry) => entry.response.status));
    expect((await imported(gzipSync(harFile('leaky.har')))).result.imported).toBe(7);

    const many = { log: { version: '1.2', creator: { name: 't', version: '1' }, entries: Array.from({ length: IMPORT_BATCH_ENTRIES + 5 }, () => har()) } };
    const { batches } = await imported(new TextEncoder().encode(JSON.stringify(many)));
    expect(batches.map((batch) => batch.length)).toEqual([IMPORT_BATCH_ENTRIES, 5]);
  });

  it('says what it could not read: a file that is no HAR imports nothing, a cut one keeps what came before', async () => {
    const notHar = await imported(harFile('not-a-har.json'));
    expect(notHar.entries).toEqual([]);
    expect(importSummary('not-a-har.json', notHar.result)).toMatch(/^not-a-har\.json could not be opened: .+\. Nothing was imported\.$/);
    const cut = await imported(harFile('truncated.har'));
    expect(cut.result.imported).toBeGreaterThan(0);
    expect(importSummary('truncated.har', cut.result)).toMatch(/^Imported \d+ requests? from truncated\.har; reading stopped early \(.+\); the requests before it are imported\.$/);
  });
});

describe('imported entries in the capture', () => {
  it('are analysed and listed as imported, never counted on the badge or in the diagnosis', async () => {
    const fake = startFakeSession({ analyse: (entry, body) => Promise.resolve(analyzeEntry(entry, body)) });
    fake.answerBackfill([]);
    fake.finish(finished(har({ url: 'http://site.test/api/live', status: 500 })));
    await fake.settle();
    const { entries } = await imported(harFile('leaky.har'));
    fake.session.handlePanelMessage({ type: 'import-har-entries', fileName: 'leaky.har', entries });
    await fake.settle();

    const rows = fake.panelRows().filter((row) => row.entry.importedFrom === 'leaky.har');
    expect(rows).toHaveLength(7);
    expect(rows.some((row) => (row.leakCount ?? 0) > 0)).toBe(true);
    expect(fake.badgeCounts.at(-1)).toBe(1);
    const diagnosis = fake.sent.filter((message) => message.type === 'diagnosis').at(-1);
    expect(diagnosis?.type === 'diagnosis' && diagnosis.diagnosis.failingEntries).toHaveLength(1);
  });
});

describe('bodies of an opened HAR', () => {
  it('are read as the command line reads them: left-compressed ones decompressed, unreadable ones said', async () => {
    const fake = startFakeSession({ analyse: (entry, body) => Promise.resolve(analyzeEntry(entry, body)) });
    fake.answerBackfill([]);
    const traceback = 'Traceback (most recent call last):\n  File "/srv/shop/app/views.py", line 42, in checkout\nKeyError: \'order\'\n';
    const compressed = har({ url: 'http://site.test/api/gzip', status: 500 });
    compressed.response.headers = [{ name: 'Content-Encoding', value: 'gzip' }];
    compressed.response.content = { size: traceback.length, mimeType: 'text/plain', encoding: 'base64', text: gzipSync(traceback).toString('base64') };
    const mangled = har({ url: 'http://site.test/api/mangled', status: 500 });
    mangled.response.content = { size: 40, mimeType: 'text/plain', text: '\u001f\u008b\u0008 mangled gzip bytes' };
    fake.session.handlePanelMessage({ type: 'import-har-entries', fileName: 'sent.har', entries: [compressed, mangled] });
    const row = (path: string) => fake.panelRows().find((candidate) => candidate.entry.url.endsWith(path))!;
    // Decompression takes a few turns of the event loop more than a plain body.
    await vi.waitFor(async () => {
      await fake.settle();
      expect(fake.panelRows().every((candidate) => candidate.leakCategories)).toBe(true);
    });
    expect(row('/api/gzip').leakCategories).toContain('stack-trace');
    expect(row('/api/mangled').notice).toBe('body not scanned: body left gzip-compressed in the HAR, stored as text');
    fake.session.handlePanelMessage({ type: 'get-detail', id: row('/api/mangled').entry.id });
    await fake.settle();
    const detail = fake.sent.filter((message) => message.type === 'detail').at(-1);
    expect(detail?.type === 'detail' && detail.detail.analysis?.leaks.partial).toBe(true);
  });
});

describe("Playwright's zip opened in the panel", () => {
  const messagesOf = async (file: File) => {
    const sent: PanelToDevtools[] = [];
    const summary = await openHarFile(file, (message) => sent.push(message));
    return { sent, summary };
  };

  it('imports its HAR with the bodies kept in the zip, found as in the same recording unzipped', async () => {
    const rowsAfterImport = async (messages: PanelToDevtools[]) => {
      const fake = startFakeSession({ analyse: (entry, body) => Promise.resolve(analyzeEntry(entry, body)) });
      fake.answerBackfill([]);
      for (const message of messages) fake.session.handlePanelMessage(message);
      await vi.waitFor(async () => {
        await fake.settle();
        expect(fake.panelRows().length).toBe(3);
        expect(fake.panelRows().every((row) => row.leakCategories)).toBe(true);
      });
      return fake.panelRows().map((row) => ({ path: new URL(row.entry.url).pathname, leaks: row.leakCategories, notice: row.notice }));
    };
    const zipped = await messagesOf(new File([harFile('playwright.zip')], 'recording.zip'));
    expect(zipped.summary).toBe('Imported 3 requests from recording.zip.');
    const zippedRows = await rowsAfterImport(zipped.sent);
    expect(zippedRows.find((row) => row.path === '/boom')?.leaks).toContain('stack-trace');
    expect(zippedRows.every((row) => row.notice === undefined)).toBe(true);

    // The same recording with its bodies beside it, read by the command line's side-file path.
    const attach = JSON.parse(harFile('playwright-attach/recording.har').toString()) as { log: { entries: Entry[] } };
    const inlined = await Promise.all(
      attach.log.entries.map(async (entry) => {
        const name = (entry.response.content as { _file?: string })._file!;
        const bytes = harFile(`playwright-attach/${name}`);
        return { ...entry, response: { ...entry.response, content: { ...entry.response.content, _file: undefined, text: bytes.toString('base64'), encoding: 'base64' } } };
      }),
    );
    expect(zippedRows).toEqual(await rowsAfterImport([{ type: 'import-har-entries', fileName: 'recording.har', entries: inlined }]));
  });

  it('says what is wrong with a zip it cannot open, and imports nothing', async () => {
    const { sent, summary } = await messagesOf(new File([harFile('playwright.zip').subarray(0, 200)], 'cut.zip'));
    expect(sent).toEqual([]);
    expect(summary).toBe('cut.zip could not be opened: a zip file that cannot be read (no end-of-directory record). Nothing was imported.');
  });
});
