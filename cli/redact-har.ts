// `server-error-lens redact in.har -o out.har`: writes a copy of a HAR that is safe to attach to a
// ticket, as a stream (entries are rewritten one at a time, the bytes around them copied), into a
// temporary file renamed into place only when the whole input was read: a half-written or
// half-redacted file never appears under the name asked for.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { unwrapHarBytes } from '../core/har/har-container';
import { readHarParts, HarReadError } from '../core/har/read-har';
import { redactEntry } from '../core/redact/redact-entry';
import { openHarInput } from './open-input';
import type { RedactOptions } from './parse-args';

export interface RedactResult {
  entries: number;
  /** Entries whose body lives in a side file (Playwright's content._file): not carried into the output. */
  sideFileBodies: number;
}

/** Throws HarReadError (or a file error) and leaves nothing at `output` when the input cannot be redacted whole. */
export async function redactHar({ input, output, dropBodies }: RedactOptions): Promise<RedactResult> {
  const temporary = `${output}.${process.pid}.partial`;
  const source = await openHarInput(input);
  const out = createWriteStream(temporary);
  // A write error rejects the awaited 'drain' or 'finish' below; once the stream is torn down after
  // a read error, its leftover buffered writes fail too, and are of no interest.
  out.on('error', () => {});
  const write = async (bytes: Uint8Array | string) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  let entries = 0;
  let sideFileBodies = 0;
  try {
    for await (const part of readHarParts(unwrapHarBytes(source.chunks))) {
      if ('skeleton' in part) await write(part.skeleton);
      else if (part.entry) {
        await write(JSON.stringify(redactEntry(part.entry, { dropBodies })));
        entries++;
        if (typeof (part.entry.response?.content as { _file?: unknown } | undefined)?._file === 'string') sideFileBodies++;
      } else {
        // Not an entry, so nothing says which of its fields are secret: it cannot be written safely.
        throw new HarReadError(`log.entries[${part.index}] ${part.problem}: it cannot be redacted safely, so nothing was written`);
      }
    }
    out.end();
    await once(out, 'finish');
    await rename(temporary, output);
    return { entries, sideFileBodies };
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  } finally {
    await source.close();
  }
}
