// The zip reader shared by the command line (Node's openAsBlob) and the panel (a File): Playwright's
// real zip, then hand-made archives for what it must refuse clearly.
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../core/capture/concat-bytes';
import { harMemberOf, ZipArchive } from '../../../core/har/zip-archive';

const playwrightZip = new Blob([readFileSync(new URL('../../fixtures/har/playwright.zip', import.meta.url))]);

/** A minimal zip writer: each member stored (method 0) or deflated (8), with a central directory. */
function zipOf(members: { name: string; data: Uint8Array; method?: 0 | 8; flags?: number }[]): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const entries: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, method = 8, flags = 0 } of members) {
    const nameBytes = new TextEncoder().encode(name);
    const stored = method === 8 ? new Uint8Array(deflateRawSync(data)) : data;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint16(26, nameBytes.length, true);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(8, flags, true);
    entry.setUint16(10, method, true);
    entry.setUint32(20, stored.length, true);
    entry.setUint32(24, data.length, true);
    entry.setUint16(28, nameBytes.length, true);
    entry.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), nameBytes, stored);
    entries.push(new Uint8Array(entry.buffer), nameBytes);
    offset += 30 + nameBytes.length + stored.length;
  }
  const directory = concatBytes(entries);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, members.length, true);
  end.setUint16(10, members.length, true);
  end.setUint32(12, directory.length, true);
  end.setUint32(16, offset, true);
  return new Uint8Array(concatBytes([...locals, directory, new Uint8Array(end.buffer)]));
}

const text = (value: string) => new TextEncoder().encode(value);
async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of chunks) parts.push(part);
  return new TextDecoder().decode(concatBytes(parts));
}

describe('ZipArchive', () => {
  it("reads Playwright's zip: its HAR and a body file, each streamed out of the archive", async () => {
    const zip = await ZipArchive.open(playwrightZip);
    expect(harMemberOf(zip.names)).toBe('har.har');
    const har = JSON.parse(await readAll(zip.chunks('har.har'))) as { log: { entries: { response: { content: { _file?: string } } }[] } };
    const bodyFile = har.log.entries.map((entry) => entry.response.content._file).find((name) => name?.endsWith('.txt'))!;
    const side = await zip.sideFile(bodyFile, 1 << 20);
    expect(side!.totalBytes).toBe(side!.bytes.length);
    expect(new TextDecoder().decode(side!.bytes)).toMatch(/\S/);
    expect(await zip.sideFile('not-in-the-zip.txt', 100)).toBeUndefined();
  });

  it('reads stored and deflated members, and only the first bytes of a body file when asked', async () => {
    const zip = await ZipArchive.open(new Blob([zipOf([{ name: 'a.har', data: text('{"log":{}}'), method: 0 }, { name: 'body.txt', data: text('x'.repeat(100_000)) }])]));
    expect(await readAll(zip.chunks('a.har'))).toBe('{"log":{}}');
    const side = await zip.sideFile('body.txt', 1000);
    expect(side).toEqual({ bytes: text('x'.repeat(1000)), totalBytes: 100_000 });
  });

  it.each([
    ['not a zip at all', new Blob(['{"log":{}}']), 'no end-of-directory record'],
    ['cut before its directory', new Blob([zipOf([{ name: 'har.har', data: text('{}') }]).subarray(10)]), 'cannot be read'],
    ['with an encrypted member', new Blob([zipOf([{ name: 'har.har', data: text('{}'), flags: 1 }])]), 'encrypted member (har.har)'],
  ])('says what is wrong with a zip %s', async (_, blob, message) => {
    await expect(ZipArchive.open(blob)).rejects.toThrow(message);
  });

  it('says when the file cannot be read any more (changed or gone since it was picked)', async () => {
    const gone = { size: 100, slice: () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')), stream: () => new ReadableStream() }) };
    await expect(ZipArchive.open(gone)).rejects.toThrow('a zip file that cannot be read (NotReadableError)');
  });

  it('says when a member cannot be inflated', async () => {
    const bytes = zipOf([{ name: 'har.har', data: text('{"log":{"entries":[]}}'.repeat(50)) }]);
    bytes.fill(0xff, 35, 45); // inside the deflated data
    const zip = await ZipArchive.open(new Blob([bytes]));
    await expect(readAll(zip.chunks('har.har'))).rejects.toThrow(/cannot be read \(har\.har: /);
  });

  it('picks har.har, or the one .har there is, and names the problem otherwise', () => {
    expect(harMemberOf(['x.png', 'har.har', 'other.har'])).toBe('har.har');
    expect(harMemberOf(['x.png', 'Recording.HAR'])).toBe('Recording.HAR');
    expect(() => harMemberOf(['x.png'])).toThrow('a zip file with no .har file in it');
    expect(() => harMemberOf(['a.har', 'b.har'])).toThrow('several HAR files (a.har, b.har)');
  });
});
