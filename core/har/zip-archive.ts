// Playwright's recordHar with a .zip path writes har.har and one file per body into a zip. This
// reads such a zip from anything that can be sliced, a File in the panel or Node's openAsBlob: the
// central directory at the end names the members, and a member's bytes stream through the
// platform's DecompressionStream, so neither the archive nor a member is ever held whole. Stored
// and deflated members are read; anything else (encryption, ZIP64, other methods) is said.
import { concatBytes } from '../capture/concat-bytes';
import { HarReadError } from './read-har';
import type { SideFile } from './scan-har';

/** What a zip is read from: Blob and File have this shape, in browsers and in Node. */
export interface ZipSource {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer>; stream(): ReadableStream<Uint8Array<ArrayBuffer>> };
}

interface ZipMember {
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const STORED = 0;
const DEFLATED = 8;

export class ZipArchive {
  private constructor(
    private readonly source: ZipSource,
    private readonly members: ReadonlyMap<string, ZipMember>,
  ) {}

  static async open(source: ZipSource): Promise<ZipArchive> {
    const tailStart = Math.max(0, source.size - END_RECORD_BYTES - MAX_COMMENT_BYTES);
    const tail = await bytesAt(source, tailStart, source.size);
    const end = lastSignature(tail, END_OF_DIRECTORY);
    if (end < 0) throw new HarReadError('a zip file that cannot be read (no end-of-directory record)');
    const record = new DataView(tail.buffer, tail.byteOffset + end);
    const count = record.getUint16(10, true);
    const directorySize = record.getUint32(12, true);
    const directoryOffset = record.getUint32(16, true);
    if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
      throw new HarReadError('a ZIP64 archive, which is not read here: unzip it and open its .har file');
    }
    if (directoryOffset + directorySize > source.size) throw new HarReadError('a zip file that cannot be read (cut short)');
    const directory = await bytesAt(source, directoryOffset, directoryOffset + directorySize);
    return new ZipArchive(source, parseDirectory(directory, count));
  }

  get names(): string[] {
    return [...this.members.keys()];
  }

  /** The member's uncompressed bytes, as they stream out. */
  async *chunks(name: string): AsyncGenerator<Uint8Array> {
    const member = this.members.get(name);
    if (!member) throw new HarReadError(`the zip has no member ${JSON.stringify(name)}`);
    const header = new DataView((await bytesAt(this.source, member.localHeaderOffset, member.localHeaderOffset + 30)).buffer);
    if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL_HEADER) throw new HarReadError(`a zip file that cannot be read (${name} has no local header)`);
    const dataStart = member.localHeaderOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
    if (dataStart + member.compressedSize > this.source.size) throw new HarReadError(`a zip file that cannot be read (${name} is cut short)`);
    const raw = this.source.slice(dataStart, dataStart + member.compressedSize).stream();
    const stream = member.method === DEFLATED ? raw.pipeThrough(new DecompressionStream('deflate-raw')) : raw;
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } catch (error) {
      throw new HarReadError(`a zip file that cannot be read (${name}: ${(error as Error).message})`);
    } finally {
      // An early return (enough bytes read) must not leave the decompressor running.
      void reader.cancel().catch(() => {});
    }
  }

  /** A body file's first `limit` bytes and its full size, as HAR scanning reads side files. */
  async sideFile(name: string, limit: number): Promise<SideFile | undefined> {
    const member = this.members.get(name);
    if (!member) return undefined;
    const parts: Uint8Array[] = [];
    let length = 0;
    for await (const part of this.chunks(name)) {
      parts.push(part);
      length += part.length;
      if (length >= limit) break;
    }
    return { bytes: concatBytes(parts, Math.min(length, limit)), totalBytes: member.size };
  }
}

/** The HAR inside a Playwright zip: har.har, or the one .har member there is. */
export function harMemberOf(names: readonly string[]): string {
  if (names.includes('har.har')) return 'har.har';
  const hars = names.filter((name) => name.toLowerCase().endsWith('.har'));
  if (hars.length === 1) return hars[0]!;
  throw new HarReadError(hars.length === 0 ? 'a zip file with no .har file in it' : `a zip file with several HAR files (${hars.join(', ')}): unzip it and open each`);
}

function parseDirectory(directory: Uint8Array, count: number): Map<string, ZipMember> {
  const view = new DataView(directory.buffer, directory.byteOffset, directory.byteLength);
  const names = new TextDecoder();
  const members = new Map<string, ZipMember>();
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new HarReadError('a zip file that cannot be read (damaged central directory)');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(directory.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new HarReadError(`a zip file with an encrypted member (${name})`);
    if (method !== STORED && method !== DEFLATED) throw new HarReadError(`a zip file whose member ${name} uses compression method ${method}, which is not read here`);
    members.set(name, {
      method,
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return members;
}

/** A file that changed or went away since it was picked fails to read: said as the zip's problem. */
async function bytesAt(source: ZipSource, start: number, end: number): Promise<Uint8Array> {
  try {
    return new Uint8Array(await source.slice(start, end).arrayBuffer());
  } catch (error) {
    throw new HarReadError(`a zip file that cannot be read (${(error as Error).message})`);
  }
}

/** Offset of the last occurrence of a little-endian 32-bit signature, or -1. */
function lastSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - END_RECORD_BYTES; at >= 0; at -= 1) if (view.getUint32(at, true) === signature) return at;
  return -1;
}
