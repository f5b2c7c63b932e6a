// "Open HAR": a file the user picked or dropped, streamed to the DevTools page in batches of
// entries, which analyses them like captured ones (core/har/import-entries.ts does the reading).
import { importHarEntries, importSummary } from '@/core/har/import-entries';
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
  const result = await importHarEntries(chunksOf(file), (entries) => send({ type: 'import-har-entries', fileName: file.name, entries }));
  return importSummary(file.name, result);
}
