import { createReadStream } from 'node:fs';

export const STDIN_NAME = '-';

/** How to name an input in messages and reports. */
export function inputLabel(file: string): string {
  return file === STDIN_NAME ? '(standard input)' : file;
}

export function openInput(file: string): AsyncIterable<Uint8Array> {
  return file === STDIN_NAME ? process.stdin : createReadStream(file);
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
