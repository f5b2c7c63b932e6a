// `server-error-lens redact`: a HAR safe to attach to a ticket. Every credential a HAR commonly
// carries is in the input below; the output must be valid HAR with the same entries, nothing
// secret left (the scanner, run again, finds no secret), and everything else untouched.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { REDACTED } from '../../../core/redact/redact-entry';
import { runInProcess } from './run-bin';

const scratch = mkdtempSync(path.join(tmpdir(), 'sel-redact-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Not AWS's documented example key, which the scanner rightly takes for documentation.
const AWS_KEY = 'AKIAZ3MHQX7LP2RTVW4N';
const AWS_SECRET = 'q8Jr2mXbT5vK9wLp3ZfYc7HnD1sGu6EaR0iOeW4t';
const GITHUB_TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
const BEARER = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlLXBhcnQ';
const SESSION = 's3ss10n-c00k1e-v4lue-91f2';
const PASSWORD = 'hunter2-Tr0ub4dor';

const har = {
  log: {
    version: '1.2',
    creator: { name: 'WebInspector', version: '537.36' },
    pages: [{ id: 'page_1', title: 'https://shop.test/', startedDateTime: '2026-12-02T10:00:00.000Z', pageTimings: {} }],
    entries: [
      {
        startedDateTime: '2026-12-02T10:00:01.000Z',
        time: 10,
        request: {
          method: 'GET',
          url: `https://shop.test/api/orders?page=2&access_token=${BEARER}`,
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'Authorization', value: `Bearer ${BEARER}` },
            { name: 'Cookie', value: `session=${SESSION}` },
            { name: 'X-Api-Key', value: 'k-123456789' },
            { name: 'Accept', value: 'application/json' },
          ],
          queryString: [
            { name: 'page', value: '2' },
            { name: 'access_token', value: BEARER },
          ],
          cookies: [{ name: 'session', value: SESSION }],
          headersSize: -1,
          bodySize: 0,
        },
        response: {
          status: 500,
          statusText: 'Internal Server Error',
          httpVersion: 'HTTP/1.1',
          headers: [
            { name: 'Set-Cookie', value: `session=${SESSION}; HttpOnly` },
            { name: 'Content-Type', value: 'text/plain' },
            { name: 'Location', value: `https://shop.test/next?token=${BEARER}` },
          ],
          cookies: [{ name: 'session', value: SESSION }],
          content: { size: 200, mimeType: 'text/plain', text: `Error loading config\n  aws_access_key_id = ${AWS_KEY}\n  aws_secret_access_key = ${AWS_SECRET}\n` },
          redirectURL: '',
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 9, receive: 1 },
      },
      {
        startedDateTime: '2026-12-02T10:00:02.000Z',
        time: 10,
        request: {
          method: 'POST',
          url: 'https://shop.test/login',
          httpVersion: 'HTTP/1.1',
          headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded' }],
          queryString: [],
          cookies: [],
          postData: { mimeType: 'application/x-www-form-urlencoded', text: `user=ada&password=${PASSWORD}`, params: [{ name: 'user', value: 'ada' }, { name: 'password', value: PASSWORD }] },
          headersSize: -1,
          bodySize: 40,
        },
        response: {
          status: 200,
          statusText: 'OK',
          httpVersion: 'HTTP/1.1',
          headers: [{ name: 'Content-Type', value: 'application/json' }],
          cookies: [],
          content: {
            size: 120,
            mimeType: 'application/json',
            text: Buffer.from(JSON.stringify({ user: 'ada', auth: { refresh_token: 'r-9f8e7d6c5b4a', github: GITHUB_TOKEN } })).toString('base64'),
            encoding: 'base64',
          },
          redirectURL: '',
          headersSize: -1,
          bodySize: -1,
        },
        cache: {},
        timings: { send: 0, wait: 9, receive: 1 },
      },
      {
        startedDateTime: '2026-12-02T10:00:03.000Z',
        time: 5,
        request: { method: 'POST', url: 'https://shop.test/api/profile', httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], postData: { mimeType: 'application/json', text: JSON.stringify({ name: 'Ada', password: PASSWORD, nested: [{ apiKey: 'abc-123' }] }) }, headersSize: -1, bodySize: 60 },
        response: { status: 204, statusText: 'No Content', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: 0, mimeType: '' }, redirectURL: '', headersSize: -1, bodySize: 0 },
        cache: {},
        timings: { send: 0, wait: 4, receive: 1 },
      },
    ],
  },
};
const SECRETS = [AWS_KEY, AWS_SECRET, GITHUB_TOKEN, BEARER, SESSION, PASSWORD, 'k-123456789', 'r-9f8e7d6c5b4a', 'abc-123'];

function write(name: string, content: string | Buffer): string {
  const file = path.join(scratch, name);
  writeFileSync(file, content);
  return file;
}

async function secretFindings(file: string): Promise<number> {
  const { stdout } = await runInProcess(['scan', '--all', '--json', file]);
  return (JSON.parse(stdout) as { entries: { leaks: { category: string }[] }[] }).entries.flatMap((entry) => entry.leaks).filter((leak) => leak.category === 'secret').length;
}

describe('server-error-lens redact', () => {
  it('masks every credential, keeps the rest, and re-scanned the output has no secret', async () => {
    const input = write('in.har', JSON.stringify(har, null, 2));
    const output = path.join(scratch, 'out.har');
    expect(await secretFindings(input)).toBeGreaterThan(0);

    const result = await runInProcess(['redact', input, '-o', output]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${output}: 3 entries written, redacted\n`);
    const text = readFileSync(output, 'utf8');
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(await secretFindings(output)).toBe(0);

    const redacted = JSON.parse(text) as typeof har;
    expect(redacted.log.entries).toHaveLength(3);
    expect(redacted.log.creator).toEqual(har.log.creator);
    expect(redacted.log.pages).toEqual(har.log.pages);
    const [first, second, third] = redacted.log.entries;
    expect(first!.request.url).toBe(`https://shop.test/api/orders?page=2&access_token=${encodeURIComponent(REDACTED)}`);
    expect(first!.request.queryString).toEqual([{ name: 'page', value: '2' }, { name: 'access_token', value: REDACTED }]);
    expect(first!.request.headers.map((header) => header.value)).toEqual([REDACTED, REDACTED, REDACTED, 'application/json']);
    expect(first!.response.headers[1]).toEqual({ name: 'Content-Type', value: 'text/plain' });
    expect(first!.response.content.text).toContain('Error loading config');
    expect(second!.request.postData!.params).toEqual([{ name: 'user', value: 'ada' }, { name: 'password', value: REDACTED }]);
    expect(second!.request.postData!.text).toBe(`user=ada&password=${encodeURIComponent(REDACTED)}`);
    const loginBody = JSON.parse(Buffer.from(second!.response.content.text!, 'base64').toString('utf8')) as { user: string; auth: Record<string, string> };
    expect(loginBody.user).toBe('ada');
    expect(loginBody.auth.refresh_token).toBe(REDACTED);
    expect(JSON.parse(third!.request.postData!.text!)).toEqual({ name: 'Ada', password: REDACTED, nested: [{ apiKey: REDACTED }] });
    // Everything else of the entries is as it was.
    expect({ ...first!, request: {}, response: {} }).toEqual({ ...har.log.entries[0]!, request: {}, response: {} });
  });

  it('masks a secret every time it occurs, though the scanner reports it once', async () => {
    // Found on the benchmark's HAR: a Django debug page shows the same connection string twice.
    const line = "psycopg2.connect('connect_timeout=3 user=shop password=Xq7Vm2kLp9Rt host=127.0.0.1')\n";
    const body = `Traceback (most recent call last):\n  File "/srv/app/db.py", line 3\n${line}${'filler\n'.repeat(50)}${line}`;
    const twice = { log: { version: '1.2', entries: [{ ...har.log.entries[0]!, response: { ...har.log.entries[0]!.response, content: { size: body.length, mimeType: 'text/plain', text: body } } }] } };
    const input = write('twice.har', JSON.stringify(twice));
    const output = path.join(scratch, 'twice.redacted.har');
    expect(await secretFindings(input)).toBeGreaterThan(0);
    expect((await runInProcess(['redact', input, '-o', output])).code).toBe(0);
    expect(readFileSync(output, 'utf8')).not.toContain('Xq7Vm2kLp9Rt');
    expect(await secretFindings(output)).toBe(0);
  });

  it('masks secrets past the 2 MB the scanner reads at once, and across its window boundaries', async () => {
    // 40 characters, as AWS secret keys are.
    const secretLine = (n: number) => `aws_secret_access_key = q8Jr2mXbT5vK9wLp3ZfYc7HnD1sGu6Ea${String(n).padStart(4, '0')}WXYZ\n`;
    const filler = 'x'.repeat(99) + '\n';
    const at = (chars: number) => filler.repeat(Math.floor(chars / filler.length));
    // One near the start, one starting 20 characters before 2 MiB (so it straddles the first window), one at 2.5 MiB.
    const head = `Error: config\n${secretLine(1)}`;
    const toBoundary = 2 * 1024 * 1024 - 20 - head.length;
    const body = `${head}${at(toBoundary)}${' '.repeat(toBoundary % filler.length)}${secretLine(2)}${at(512 * 1024)}${secretLine(3)}`;
    expect(body.indexOf(secretLine(2))).toBe(2 * 1024 * 1024 - 20);
    const big = { log: { version: '1.2', entries: [{ ...har.log.entries[0]!, response: { ...har.log.entries[0]!.response, content: { size: body.length, mimeType: 'text/plain', text: body } } }] } };
    const input = write('big.har', JSON.stringify(big));
    const output = path.join(scratch, 'big.redacted.har');
    expect(await secretFindings(input)).toBeGreaterThan(0);
    expect((await runInProcess(['redact', input, '-o', output])).code).toBe(0);
    const text = readFileSync(output, 'utf8');
    for (const n of [1, 2, 3]) expect(text).not.toContain(`Ea${String(n).padStart(4, '0')}WXYZ`);
    expect(text.length).toBeGreaterThan(body.length - 1000);
  });

  it('masks secrets the scanner finds in a JSON request body, not only fields named like credentials', async () => {
    const text = JSON.stringify({ note: `deploy with aws_secret_access_key = ${AWS_SECRET}` });
    const posted = { log: { version: '1.2', entries: [{ ...har.log.entries[2]!, request: { ...har.log.entries[2]!.request, postData: { mimeType: 'application/json', text } } }] } };
    const input = write('posted.har', JSON.stringify(posted));
    const output = path.join(scratch, 'posted.redacted.har');
    expect((await runInProcess(['redact', input, '-o', output])).code).toBe(0);
    expect(readFileSync(output, 'utf8')).not.toContain(AWS_SECRET);
  });

  it('says that bodies kept in side files are not carried into the redacted HAR', async () => {
    const output = path.join(scratch, 'attach.redacted.har');
    const result = await runInProcess(['redact', 'test/fixtures/har/playwright-attach/recording.har', '-o', output]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('server-error-lens: test/fixtures/har/playwright-attach/recording.har: 3 bodies are in side files (content._file) and were not carried into the redacted HAR\n');
  });

  it('leaves bodies out with --drop-bodies, keeping sizes and types', async () => {
    const input = write('in2.har', JSON.stringify(har));
    const output = path.join(scratch, 'no-bodies.har');
    expect((await runInProcess(['redact', '--drop-bodies', input, '-o', output])).code).toBe(0);
    const redacted = JSON.parse(readFileSync(output, 'utf8')) as typeof har;
    for (const entry of redacted.log.entries) {
      expect(entry.response.content).not.toHaveProperty('text');
      expect(entry.response.content.mimeType).toBeDefined();
      expect(entry.request.postData ?? {}).not.toHaveProperty('text');
    }
  });

  it('reads what scan reads (here gzip) and writes plain HAR', async () => {
    const input = write('in.har.gz', gzipSync(JSON.stringify(har)));
    const output = path.join(scratch, 'from-gz.har');
    expect((await runInProcess(['redact', input, '-o', output])).code).toBe(0);
    expect(await secretFindings(output)).toBe(0);
  });

  it('writes nothing when the input cannot be redacted whole', async () => {
    const bad = { log: { ...har.log, entries: [...har.log.entries, { request: { url: `https://x.test/?token=${BEARER}` } }] } };
    const input = write('bad.har', JSON.stringify(bad));
    const output = path.join(scratch, 'never.har');
    const result = await runInProcess(['redact', input, '-o', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`server-error-lens: ${input}: log.entries[3] has no response object: it cannot be redacted safely, so nothing was written\n`);
    expect(existsSync(output)).toBe(false);
    expect(existsSync(`${output}.${process.pid}.partial`)).toBe(false);

    const cut = write('cut.har', JSON.stringify(har).slice(0, 900));
    expect((await runInProcess(['redact', cut, '-o', output])).code).toBe(2);
    expect(existsSync(output)).toBe(false);
  });
});
