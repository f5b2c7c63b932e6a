import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HarReadError, readHarEntries } from '../../../core/har/read-har';

const FIXTURES = new URL('../../fixtures/har/', import.meta.url);

async function* chunked(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function readAll(text: string | Uint8Array, chunkSize = 64 * 1024) {
  const read = [];
  for await (const element of readHarEntries(chunked(text, chunkSize))) {
    read.push(element.entry ? { index: element.index, url: element.entry.request.url } : { index: element.index, problem: element.problem });
  }
  return read;
}

async function readError(text: string, chunkSize = 64 * 1024): Promise<string> {
  try {
    await readAll(text, chunkSize);
  } catch (error) {
    expect(error).toBeInstanceOf(HarReadError);
    return (error as Error).message;
  }
  throw new Error('expected the HAR to be rejected');
}

const entry = (url: string) => ({ request: { method: 'GET', url }, response: { status: 200 } });
const harText = (urls: string[]) => JSON.stringify({ log: { version: '1.2', entries: urls.map(entry) } }, null, 2);

describe('readHarEntries', () => {
  it.each([1, 7, 4096])('yields every entry with its position, whatever the chunk size (%i bytes)', async (size) => {
    const text = readFileSync(new URL('leaky.har', FIXTURES), 'utf8');
    const expected = (JSON.parse(text) as { log: { entries: { request: { url: string } }[] } }).log.entries.map(
      (e, index) => ({ index, url: e.request.url }),
    );
    expect(await readAll(text, size)).toEqual(expected);
  });

  it('decodes UTF-8 split across chunks and skips a byte-order mark', async () => {
    const text = `\ufeff${harText(['https://例え.jp/ü', 'https://x.test/😀'])}`;
    expect(await readAll(text, 1)).toEqual([
      { index: 0, url: 'https://例え.jp/ü' },
      { index: 1, url: 'https://x.test/😀' },
    ]);
  });

  it('accepts a HAR with no entries', async () => {
    expect(await readAll(harText([]))).toEqual([]);
  });

  it('keeps reading log.entries wherever it sits among the other log fields', async () => {
    const text = JSON.stringify({ log: { creator: { name: 'x', entries: 1 }, entries: [entry('https://a.test/')], pages: [] } });
    expect(await readAll(text)).toEqual([{ index: 0, url: 'https://a.test/' }]);
  });

  it.each([
    ['', 'not JSON: the input is empty'],
    [' \n\t ', 'not JSON: the input is empty'],
    ['{"log":{"entries":[', 'not JSON: unexpected end of input at line 1, column 20 (truncated file?)'],
    ['nul', 'not JSON: unexpected end of input at line 1, column 4 (truncated file?)'],
    ['{\n  "log": {\n    "entries": [],\n  }\n}', "not JSON: unexpected '}' at line 4, column 3"],
    ['[1 2]', "not JSON: unexpected '2' at line 1, column 4"],
    ['{"log": {"entries": []}}\nextra', "not JSON: unexpected 'e' at line 2, column 1"],
    ['{"ü":\n "é\u0001"}', 'not JSON: unexpected byte 0x01 at line 2, column 4'],
    ["{'log': 1}", "not JSON: unexpected ''' at line 1, column 2"],
    ['<html>502 Bad Gateway</html>', "not JSON: unexpected '<' at line 1, column 1"],
    ['{"a" "a long string that goes on well past the shown part"}', 'not JSON: unexpected string "a long string that goes on well past the…" at line 1, column 6'],
    ['"just a string"', 'not a HAR: no log.entries array'],
    ['{"name": "pkg", "version": "1.0.0"}', 'not a HAR: no log.entries array'],
    ['{"log": {"entries": 3}}', 'not a HAR: no log.entries array'],
    ['{"data": {"log": {"entries": []}}}', 'not a HAR: no log.entries array'],
    ['{"log": {"entries": {"first": {}}}}', 'not a HAR: log.entries is not an array'],
    // Inside log.entries, where each entry is cut out and parsed on its own:
    ['{"log":{"entries":[{"request":{},"response":{}} {"request":{},"response":{}}]}}', "not JSON: unexpected '{' at line 1, column 49"],
    ['{"log":{"entries":[{"request":{},"response":{}},]}}', "not JSON: unexpected ']' at line 1, column 49"],
    ['{"log":{"entries":[\n {"request":{"a":},"response":{}}]}}', "not JSON: unexpected '}' at line 2, column 18"],
    ['{"log":{"entries":[{"request":{},"response":{}}, tru]}}', 'not JSON: invalid value at line 1, column 50 (Unexpected end of JSON input)'],
  ])('rejects %j: %s', async (text, message) => {
    expect(await readError(text)).toBe(message);
    expect(await readError(text, 3)).toBe(message);
  });

  it.each([1, 3, 4096])('places invalid UTF-8 by line and column (%i-byte chunks)', async (size) => {
    const before = new TextEncoder().encode('{"log":{"entries":[\n  {"request":{"method":"GET","url":"https://a.test/ü');
    const text = new Uint8Array([...before, 0xed, 0xa0, 0x80, ...new TextEncoder().encode('"},"response":{"status":500}}]}}')]);
    let message = '';
    try {
      for await (const element of readHarEntries(chunked(text, size))) void element;
    } catch (error) {
      message = (error as Error).message;
    }
    // 52 characters (ü is one) come before the encoded surrogate U+D800, which UTF-8 forbids.
    expect(message).toBe('not UTF-8: invalid byte sequence at line 2, column 53');
  });

  it('names an element of log.entries that is not an entry, and reads on', async () => {
    const text = JSON.stringify({ log: { entries: [entry('https://a.test/'), { request: {} }, null, 7, { response: {} }, entry('https://b.test/')] } });
    expect(await readAll(text, 5)).toEqual([
      { index: 0, url: 'https://a.test/' },
      { index: 1, problem: 'has no response object' },
      { index: 2, problem: 'is not an object' },
      { index: 3, problem: 'is not an object' },
      { index: 4, problem: 'has no request object' },
      { index: 5, url: 'https://b.test/' },
    ]);
  });
});
