import { describe, expect, it } from 'vitest';
import { HarReadError } from '../../../core/har/read-har';
import { isErrorStatus, scanHar, type StatusSelection } from '../../../core/har/scan-har';

async function* bytesOf(document: unknown): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(JSON.stringify(document));
}

const entry = (status: unknown, response: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-11-20T10:15:00.000Z',
  request: { method: 'GET', url: `https://app.test/${String(status)}`, headers: [] },
  response: { status, headers: [], content: { mimeType: 'text/plain', text: 'ok' }, ...response },
});

const scan = (entries: unknown[], selection: StatusSelection) => scanHar(bytesOf({ log: { entries } }), selection);

describe('isErrorStatus', () => {
  it.each([
    [0, false],
    [200, false],
    [304, false],
    [399, false],
    [400, true],
    [404, true],
    [499, true],
    [500, true],
    [599, true],
    [600, false],
  ])('%i → %s', (status, expected) => expect(isErrorStatus(status)).toBe(expected));
});

describe('scanHar', () => {
  it('scans error responses by default and every response with "all", counting all entries', async () => {
    const entries = [entry(200), entry(0), entry(502), entry(301), entry(404)];
    const errors = await scan(entries, 'errors');
    expect(errors.totalEntries).toBe(5);
    expect(errors.entries.map(({ index, status }) => [index, status])).toEqual([[2, 502], [4, 404]]);
    expect((await scan(entries, 'all')).entries.map(({ index }) => index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('treats a missing status as "no response" (0)', async () => {
    const { entries } = await scan([entry(undefined)], 'all');
    expect(entries.map(({ status }) => status)).toEqual([0]);
  });

  it('scans headers of a response whose body the HAR left out', async () => {
    const { entries } = await scan(
      [entry(500, { headers: [{ name: 'X-Powered-By', value: 'PHP/7.4.3' }], content: { size: 1234, mimeType: 'text/html' } })],
      'errors',
    );
    expect(entries[0]!.findings.map(({ location }) => location)).toEqual([{ in: 'header', name: 'X-Powered-By' }]);
  });

  it('reports an entry that cannot be read as the file\'s fault, naming it', async () => {
    await expect(scan([entry(500), entry(500, { headers: 'Server: x' })], 'errors')).rejects.toThrow(HarReadError);
    await expect(scan([entry(500), entry(500, { headers: 'Server: x' })], 'errors')).rejects.toThrow(
      /^not a HAR: log\.entries\[1\] is malformed \(/,
    );
  });
  it('marks an entry whose body is shorter than its stated size, or zero-filled, as partial and says why', async () => {
    const traceback = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
    const { entries } = await scan(
      [
        entry(500, { content: { mimeType: 'text/plain', text: traceback, size: 10_000 } }),
        entry(500, { content: { mimeType: 'text/html', text: traceback + '\0'.repeat(100) } }),
        entry(500, { content: { mimeType: 'text/plain', text: traceback, size: traceback.length } }),
      ],
      'errors',
    );
    expect(entries.map((scanned) => scanned.partial)).toEqual([true, true, false]);
    expect(entries[0]!.bodyDamage).toContain('of the 10,000 bytes');
    expect(entries[1]!.bodyDamage).toContain('NUL');
    expect(entries[2]!.bodyDamage).toBeUndefined();
    expect(entries[1]!.findings.length).toBeGreaterThan(0);
  });

  it('scans an error body stored as base64 that sniffs as binary', async () => {
    const bytes = Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n')]);
    const { entries } = await scan([entry(500, { content: { mimeType: 'application/octet-stream', text: bytes.toString('base64'), encoding: 'base64' } })], 'errors');
    expect(entries[0]!.findings.length).toBeGreaterThan(0);
  });
});
