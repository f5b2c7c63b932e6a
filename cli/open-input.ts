// Opens what the user named as a HAR: a file or standard input, and for a file the bodies kept
// beside it (Playwright's content: 'attach') or, for a Playwright zip, the HAR and bodies inside it.
// Plain, gzip and UTF-16 HARs are told apart by core/har/har-container.ts from their bytes.
import { createReadStream, openAsBlob } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_SIDE_FILE_BYTES } from '../core/capture/body-limits';
import { sniffHarContainer } from '../core/har/har-container';
import type { SideFile } from '../core/har/scan-har';
import { harMemberOf, ZipArchive } from '../core/har/zip-archive';

export const STDIN_NAME = '-';

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
    const bytes = new Uint8Array(Math.min(size, MAX_SIDE_FILE_BYTES));
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return { bytes: bytes.subarray(0, bytesRead), totalBytes: size };
  } finally {
    await handle.close();
  }
}

/** Playwright's recordHar with a .zip path: har.har and one file per body, side by side. */
async function openZippedHar(file: string): Promise<HarInput> {
  const zip = await ZipArchive.open(await openAsBlob(file));
  return {
    chunks: zip.chunks(harMemberOf(zip.names)),
    readSideFile: (name) => zip.sideFile(name, MAX_SIDE_FILE_BYTES),
    close: async () => {},
  };
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
