import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CapturedEntry } from '../../../core/capture/captured-entry';
import { curlCommand } from '../../../core/reproduce/curl-command';
import { fetchCall } from '../../../core/reproduce/fetch-call';
import { reproducibleRequest } from '../../../core/reproduce/reproducible-request';

const pathAndQuery = (url: string) => new URL(url).pathname + new URL(url).search;
const h = (name: string, value: string) => ({ name, value });
const HOSTILE = "it's $(touch /tmp/sel-pwned) `id` \"q\" \\ ; | & \n next line";

function entry(overrides: Partial<CapturedEntry> = {}): CapturedEntry {
  return {
    id: 'e1',
    startedDateTime: '2026-12-02T10:00:00.000Z',
    method: 'POST',
    url: 'https://shop.test/api/orders?page=2&access_token=SECRET-QUERY-TOKEN',
    status: 500,
    statusText: 'Internal Server Error',
    mimeType: 'application/json',
    resourceType: 'fetch',
    size: 10,
    time: 5,
    requestHeaders: [
      h(':authority', 'shop.test'),
      h('Host', 'shop.test'),
      h('Content-Type', 'application/json'),
      h('Authorization', 'Bearer SECRET-BEARER'),
      h('Cookie', 'session=SECRET-COOKIE'),
      h('X-Api-Key', 'SECRET-KEY'),
      h('Accept-Encoding', 'gzip, br'),
      h('X-Request-Id', 'req-1'),
      h('Content-Length', '40'),
    ],
    responseHeaders: [],
    requestBody: { mimeType: 'application/json', text: '{"item":42,"password":"SECRET-PASSWORD"}', length: 41 },
    ...overrides,
  };
}

describe('reproducibleRequest', () => {
  it('masks credentials by default and says what it masked', () => {
    const request = reproducibleRequest(entry(), { includeCredentials: false });
    const copied = JSON.stringify(request);
    for (const secret of ['SECRET-BEARER', 'SECRET-COOKIE', 'SECRET-KEY', 'SECRET-QUERY-TOKEN', 'SECRET-PASSWORD']) expect(copied).not.toContain(secret);
    expect(request.headers.map(({ name }) => name)).toEqual(['Content-Type', 'Authorization', 'Cookie', 'X-Api-Key', 'Accept-Encoding', 'X-Request-Id']);
    expect(request.body).toContain('"item":42');
    expect(request.leftOut).toEqual([
      'Authorization, Cookie, X-Api-Key masked',
      'token-like query parameters masked',
      'secrets in the body masked',
      'tick "include credentials" to copy them as sent',
    ]);
  });

  it('copies everything as sent when asked', () => {
    const request = reproducibleRequest(entry(), { includeCredentials: true });
    expect(request.url).toBe(entry().url);
    expect(request.headers.find(({ name }) => name === 'Cookie')!.value).toBe('session=SECRET-COOKIE');
    expect(request.body).toBe(entry().requestBody!.text);
    expect(request.leftOut).toEqual([]);
  });

  it('says when the body could not be kept rather than copying a request without it', () => {
    const long = reproducibleRequest(entry({ requestBody: { mimeType: 'text/plain', length: 900_000 } }), { includeCredentials: true });
    expect(long.body).toBeUndefined();
    expect(long.leftOut).toEqual(['the 900,000-character request body is left out (too long to keep)']);
  });
});

describe('curlCommand', () => {
  it('quotes every word, so the shell passes hostile text through as data', async () => {
    const hostile = entry({ url: `https://shop.test/x?q=${encodeURIComponent(HOSTILE)}`, requestHeaders: [h('X-Note', HOSTILE)], requestBody: { mimeType: 'text/plain', text: HOSTILE, length: HOSTILE.length } });
    const command = curlCommand(reproducibleRequest(hostile, { includeCredentials: true }));
    const { stdout } = await promisify(execFile)('/bin/sh', ['-c', `curl() { printf '[%s]' "$@"; }; ${command}`]);
    expect(stdout).toBe(`[${hostile.url}][-H][X-Note: ${HOSTILE}][--data-raw][${HOSTILE}]`);
  });

  it('names methods other than GET, and POST only when there is no body', () => {
    const words = (overrides: Partial<CapturedEntry>) => curlCommand(reproducibleRequest(entry({ requestHeaders: [], ...overrides }), { includeCredentials: true }));
    expect(words({ method: 'GET', requestBody: undefined })).toBe(`curl '${entry().url}'`);
    expect(words({ method: 'DELETE', requestBody: undefined })).toBe(`curl '${entry().url}' -X 'DELETE'`);
    expect(words({ method: 'POST', requestBody: { mimeType: '', length: 0 } })).toBe(`curl '${entry().url}' -X 'POST'`);
  });
});

describe('fetchCall', () => {
  it('is a call whose strings survive anything, without the headers a script may not set', () => {
    const hostile = entry({ url: `https://shop.test/${encodeURIComponent(HOSTILE)}`, requestHeaders: [...entry().requestHeaders, h('X-Note', HOSTILE)], requestBody: { mimeType: 'text/plain', text: HOSTILE, length: 1 } });
    const code = fetchCall(reproducibleRequest(hostile, { includeCredentials: true }));
    const calls: unknown[][] = [];
    new Function('fetch', code)((...args: unknown[]) => calls.push(args));
    expect(calls).toEqual([
      [
        hostile.url,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: 'Bearer SECRET-BEARER', 'X-Api-Key': 'SECRET-KEY', 'X-Request-Id': 'req-1', 'X-Note': HOSTILE },
          body: HOSTILE,
          credentials: 'include',
        },
      ],
    ]);
  });
});

describe('the copies replayed against a real server', () => {
  let received: { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      response.end('ok');
    });
  });
  let origin = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sent = () => entry({ url: `${origin}/api/orders?page=2&note=${encodeURIComponent(HOSTILE)}`, method: 'PUT' });

  it('curl sends the same method, path, headers and body', async () => {
    received = [];
    await promisify(execFile)('/bin/sh', ['-c', curlCommand(reproducibleRequest(sent(), { includeCredentials: true }))]);
    expect(received).toHaveLength(1);
    const [request] = received;
    // curl sends %27 as a plain quote, the same URL once decoded.
    expect([request!.method, decodeURIComponent(request!.url!), request!.body]).toEqual(['PUT', decodeURIComponent(pathAndQuery(sent().url)), sent().requestBody!.text]);
    expect(request!.headers).toMatchObject({ authorization: 'Bearer SECRET-BEARER', cookie: 'session=SECRET-COOKIE', 'x-request-id': 'req-1', 'content-type': 'application/json' });
  });

  it('fetch() sends the same method, path, settable headers and body', async () => {
    received = [];
    await new Function('fetch', `return ${fetchCall(reproducibleRequest(sent(), { includeCredentials: true }))}`)(fetch);
    const [request] = received;
    expect([request!.method, request!.url, request!.body]).toEqual(['PUT', pathAndQuery(sent().url), sent().requestBody!.text]);
    expect(request!.headers).toMatchObject({ authorization: 'Bearer SECRET-BEARER', 'x-request-id': 'req-1' });
  });
});
