import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Entry } from 'har-format';
import { describe, expect, it } from 'vitest';
import { analyzeEntry } from '../../../core/analysis/entry-analysis';
import { importHarEntries, importSummary, IMPORT_BATCH_ENTRIES } from '../../../core/har/import-entries';
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
