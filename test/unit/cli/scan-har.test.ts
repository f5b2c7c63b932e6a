import { describe, expect, it } from 'vitest';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { HarReadError } from '../../../core/har/read-har';
import { NO_BODY_IN_HAR, isErrorStatus, scanHar, type StatusSelection } from '../../../core/har/scan-har';

async function* bytesOf(document: unknown): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(typeof document === 'string' ? document : JSON.stringify(document));
}

const entry = (status: unknown, response: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-11-20T10:15:00.000Z',
  request: { method: 'GET', url: `https://app.test/${String(status)}`, headers: [] },
  response: { status, headers: [], content: { mimeType: 'text/plain', text: 'ok' }, ...response },
});

const scan = (entries: unknown[], selection: StatusSelection) => scanHar(bytesOf({ log: { entries } }), { selection });

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

  it('reads odd fields as far as they go and names the ones it could not scan', async () => {
    const { entries, badEntries } = await scan(
      [
        entry(500, { headers: [{ name: 'X-Powered-By', value: null }, { name: 'Server', value: 'Apache/2.4.41 (Ubuntu)' }] }),
        entry('500 Internal Server Error'),
        entry(500, { headers: 'Server: x' }),
        entry(500, { content: { mimeType: 'text/plain', text: { nested: true } } }),
        entry(500, { headers: [null, { value: 'no name' }] }),
      ],
      'errors',
    );
    expect(badEntries).toEqual([]);
    expect(entries.map(({ status, oddFields }) => [status, oddFields])).toEqual([
      [500, undefined],
      [500, undefined],
      [500, ['response.headers is not a list']],
      [500, ['response.content.text is not text']],
      [500, ['response.headers has fields without a name']],
    ]);
    expect(entries[0]!.findings.map((finding) => finding.evidence)).toContain('Apache/2.4.41 (Ubuntu)');
    expect(entries[3]!.bodyNotScanned).toBe('response.content.text is not text');
  });

  it('names elements of log.entries that are not entries and scans the others', async () => {
    const traceback = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
    const scanned = await scan([{ request: {} }, entry(500, { content: { mimeType: 'text/plain', text: traceback } })], 'errors');
    expect(scanned.totalEntries).toBe(2);
    expect(scanned.badEntries).toEqual([{ index: 0, problem: 'has no response object' }]);
    expect(scanned.entries.map(({ index, findings }) => [index, findings.length > 0])).toEqual([[1, true]]);
  });

  it('keeps what it read of a file cut short, and says where it stopped', async () => {
    const traceback = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
    const whole = JSON.stringify({ log: { entries: [entry(500, { content: { mimeType: 'text/plain', text: traceback } }), entry(502)] } });
    const cut = whole.slice(0, whole.indexOf('"status":502'));
    const scanned = await scanHar(bytesOf(cut), { selection: 'errors' });
    expect(scanned.entries.map(({ index, findings }) => [index, findings.length > 0])).toEqual([[0, true]]);
    expect(scanned.readError).toMatch(/^not JSON: unexpected end of input at line 1, column \d+ \(truncated file\?\)$/);
  });

  it('says when the HAR holds no body for a response that had one, and only then', async () => {
    const { entries } = await scan(
      [
        entry(503, { content: { size: 1234, mimeType: 'text/html' } }),
        entry(503, { content: { mimeType: 'text/html' } }),
        entry(500, { content: { size: 0, mimeType: 'text/html' } }),
        entry(204, { content: { size: -1, mimeType: '' } }),
        entry(500, {}),
      ],
      'all',
    );
    expect(entries.map((scanned) => scanned.bodyNotScanned)).toEqual([NO_BODY_IN_HAR, NO_BODY_IN_HAR, undefined, undefined, undefined]);
  });

  it.each([
    ['gzip', (text: string) => gzipSync(text), 'gzip'],
    ['deflate', (text: string) => deflateSync(text), 'deflate'],
  ])('decompresses a body the HAR left %s-compressed before scanning it', async (_name, compress, encoding) => {
    const traceback = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
    const { entries } = await scan(
      [
        entry(500, {
          headers: [{ name: 'Content-Encoding', value: encoding }],
          content: { mimeType: 'text/plain', text: compress(traceback).toString('base64'), encoding: 'base64' },
        }),
      ],
      'errors',
    );
    expect(entries[0]!.bodyNotScanned).toBeUndefined();
    expect(entries[0]!.findings.map((finding) => finding.category)).toContain('stack-trace');
  });

  it('says a brotli body left compressed was not scanned', async () => {
    const { entries } = await scan(
      [entry(500, { headers: [{ name: 'Content-Encoding', value: 'br' }], content: { mimeType: 'text/html', text: brotliCompressSync('<h1>Error</h1>').toString('base64'), encoding: 'base64' } })],
      'errors',
    );
    expect(entries[0]!.bodyNotScanned).toMatch(/^body left br-compressed in the HAR/);
  });

  it('reads a body kept in a side file, by plain file name only', async () => {
    const traceback = 'Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n';
    const asked: string[] = [];
    const readSideFile = async (name: string) => {
      asked.push(name);
      const bytes = new TextEncoder().encode(traceback);
      return name === 'abc.txt' ? { bytes, totalBytes: bytes.length } : undefined;
    };
    const side = (file: string) => entry(500, { content: { mimeType: 'text/plain', size: traceback.length, _file: file } });
    const { entries } = await scanHar(bytesOf({ log: { entries: [side('abc.txt'), side('gone.txt'), side('../../etc/passwd'), side('C:secret')] } }), {
      selection: 'errors',
      readSideFile,
    });
    expect(entries[0]!.findings.map((finding) => finding.category)).toContain('stack-trace');
    expect(entries.slice(1).map((scanned) => scanned.bodyNotScanned)).toEqual([
      'body file "gone.txt" not found beside the HAR',
      'response.content._file "../../etc/passwd" is not a plain file name, so it was not read',
      'response.content._file "C:secret" is not a plain file name, so it was not read',
    ]);
    expect(asked).toEqual(['abc.txt', 'gone.txt']);
  });

  it('says a side file that could not be read was not scanned, and goes on with the other entries', async () => {
    const readSideFile = async (name: string) => {
      if (name === 'damaged.txt') throw new HarReadError('a zip file that cannot be read (damaged.txt: invalid block type)');
      const bytes = new TextEncoder().encode('Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\nKeyError: 1\n');
      return { bytes, totalBytes: bytes.length };
    };
    const side = (file: string) => entry(500, { content: { mimeType: 'text/plain', size: 90, _file: file } });
    const scanned = await scanHar(bytesOf({ log: { entries: [side('damaged.txt'), side('fine.txt')] } }), { selection: 'errors', readSideFile });
    expect(scanned.readError).toBeUndefined();
    expect(scanned.entries[0]!.bodyNotScanned).toBe('body file "damaged.txt" could not be read: a zip file that cannot be read (damaged.txt: invalid block type)');
    expect(scanned.entries[1]!.findings.map((finding) => finding.category)).toContain('stack-trace');
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

  it("reads back UTF-8 that mitmproxy's har_dump wrote as Latin-1 for a body with no type, and nothing else", async () => {
    const utf8AsLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
    const traceback = 'Traceback (most recent call last):\n  File "/srv/shop/app/größen.py", line 7, in berechne\nKeyError: \'XL\'\n';
    const { entries } = await scan(
      [
        entry(500, { content: { mimeType: '', text: utf8AsLatin1(traceback) } }),
        // Declared Latin-1, or already right: left as it is.
        entry(500, { content: { mimeType: 'text/plain; charset=iso-8859-1', text: utf8AsLatin1(traceback) } }),
        entry(500, { content: { mimeType: '', text: traceback.replace('größen', 'für') } }),
      ],
      'errors',
    );
    const paths = entries.map((scanned) => scanned.findings.find((finding) => finding.category === 'file-path')?.evidence);
    expect(paths[0]).toBe('/srv/shop/app/größen.py');
    expect(paths[1]).toMatch(/^\/srv\/shop\/app\/grÃ/);
    expect(paths[2]).toBe('/srv/shop/app/für.py');
  });

  it("scans Firefox's export of a body it marked base64 but left as text, and says so of base64 that does not decode", async () => {
    const page = '<pre>Traceback (most recent call last):\n  File "/srv/app/views.py", line 3, in index\n╰─ KeyError: 1</pre>';
    const { entries } = await scan(
      [
        entry(500, { content: { mimeType: 'application/x-unknown-content-type', text: page, encoding: 'base64' } }),
        entry(500, { content: { mimeType: 'text/plain', text: 'QUJDRA=Q', encoding: 'base64' } }),
      ],
      'errors',
    );
    expect(entries[0]!.findings.map((finding) => finding.category)).toContain('stack-trace');
    expect(entries[0]!).toMatchObject({ partial: false });
    expect(entries[0]!.bodyNotScanned).toBeUndefined();
    expect(entries[1]!.bodyNotScanned).toBe('it came marked as base64 but is not valid base64');
  });
});
