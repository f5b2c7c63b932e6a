// "Open HAR": a file the user picked or dropped, streamed to the DevTools page in batches of
// entries, which analyses them like captured ones (core/har/import-entries.ts does the reading).
import { sniffHarContainer } from '@/core/har/har-container';
import { importHarEntries, importSummary } from '@/core/har/import-entries';
import { HarReadError } from '@/core/har/read-har';
import { harMemberOf, ZipArchive } from '@/core/har/zip-archive';
import type { PanelToDevtools } from '@/messaging/protocol';

async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

/** Resolves to the line the panel shows about it. */
export async function openHarFile(file: File, send: (message: PanelToDevtools) => void): Promise<string> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (sniffHarContainer(head) !== 'zip') {
    const result = await importHarEntries(chunksOf(file), (entries) => send({ type: 'import-har-entries', fileName: file.name, entries }));
    return importSummary(file.name, result);
  }
  // A Playwright zip: its HAR streams out of it, and the DevTools page reads bodies from the same file.
  let har: AsyncIterable<Uint8Array>;
  try {
    const zip = await ZipArchive.open(file);
    har = zip.chunks(harMemberOf(zip.names));
  } catch (error) {
    if (!(error instanceof HarReadError)) throw error;
    return importSummary(file.name, { imported: 0, badEntries: 0, error: error.message });
  }
  const result = await importHarEntries(har, (entries) => send({ type: 'import-har-entries', fileName: file.name, entries, archive: file }));
  return importSummary(file.name, result);
}
