// Opens what the user named as a HAR: a file or standard input, and for a file the bodies kept
// beside it (Playwright's content: 'attach') or, for a Playwright zip, the HAR and bodies inside it.
// Plain, gzip and UTF-16 HARs are told apart by core/har/har-container.ts from their bytes.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { MAX_BODY_CHARS } from '../core/capture/body-limits';
import { sniffHarContainer } from '../core/har/har-container';
import { HarReadError } from '../core/har/read-har';
import type { SideFile } from '../core/har/scan-har';

export const STDIN_NAME = '-';

/** More than this of one body file is never read: scanning keeps at most MAX_BODY_CHARS of it. */
const SIDE_FILE_READ_BYTES = 4 * MAX_BODY_CHARS;

export interface HarInput {
  chunks: AsyncIterable<Uint8Array>;
  /** Reads a body file kept with the HAR; absent for standard input, which has nothing beside it. */
  readSideFile?: (name: string) => Promise<SideFile | undefined>;
  close(): Promise<void>;
}

/** How to name an input in messages and reports. */
export function inputLabel(file: string): string {
  return file === STDIN_NAME ? '(standard input)' : file;
}

export async function openHarInput(file: string): Promise<HarInput> {
  if (file === STDIN_NAME) return { chunks: process.stdin, close: async () => {} };
  if (sniffHarContainer(await readHead(file)) === 'zip') return openZippedHar(file);
  const directory = path.dirname(file);
  return {
    chunks: createReadStream(file),
    readSideFile: (name) => readFileStart(path.join(directory, name)),
    close: async () => {},
  };
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file);
  try {
    const head = new Uint8Array(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function readFileStart(file: string): Promise<SideFile | undefined> {
  let handle;
  try {
    handle = await open(file);
  } catch {
    return undefined;
  }
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(Math.min(size, SIDE_FILE_READ_BYTES));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, bytesRead), totalBytes: size };
  } finally {
    await handle.close();
  }
}

/** Playwright's recordHar with a .zip path: har.har and one file per body, side by side. */
async function openZippedHar(file: string): Promise<HarInput> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new HarReadError(`a zip file that cannot be read (${(error as Error).message})`);
  }
  try {
    const members = new Map<string, yauzl.Entry>();
    for await (const entry of zip.eachEntry()) members.set(entry.fileName, entry);
    const hars = [...members.keys()].filter((name) => name.toLowerCase().endsWith('.har'));
    const harName = members.has('har.har') ? 'har.har' : hars.length === 1 ? hars[0]! : undefined;
    if (!harName) {
      throw new HarReadError(hars.length === 0 ? 'a zip file with no .har file in it' : `a zip file with several HAR files (${hars.join(', ')}): unzip it and scan each`);
    }
    return {
      chunks: await zip.openReadStreamPromise(members.get(harName)!),
      readSideFile: async (name) => {
        const member = members.get(name);
        return member ? { bytes: await readStreamStart(await zip.openReadStreamPromise(member)), totalBytes: member.uncompressedSize } : undefined;
      },
      close: async () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function readStreamStart(stream: Readable): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const part of stream as AsyncIterable<Buffer>) {
    parts.push(part);
    length += part.length;
    if (length >= SIDE_FILE_READ_BYTES) break;
  }
  stream.destroy();
  return Buffer.concat(parts).subarray(0, SIDE_FILE_READ_BYTES);
}

// Node's messages carry the syscall and path ("ENOENT: no such file or directory, open 'x'");
// the file is already named at the start of the line, so say only what is wrong.
const FILE_PROBLEMS: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'is a directory, not a HAR file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOTDIR: 'a component of the path is not a directory',
};

export function describeFileError(error: unknown): string | undefined {
  const { code, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  // Only system calls failing on the file, not Node's own ERR_* errors.
  if (code === undefined || syscall === undefined) return undefined;
  return FILE_PROBLEMS[code] ?? `cannot read (${code})`;
}
