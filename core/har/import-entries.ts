// Opening a HAR someone sent, in the panel: the file streams through the same reader as the command
// line (gzip and UTF-16 unwrapped, entries cut out one by one), so a 200 MB file is never held
// whole, and its entries go on in batches. What could not be read is counted and said, never dropped
// silently; a file that is not a HAR at all yields nothing, leaving the capture as it was.
import type { Entry } from 'har-format';
import { HarReadError, readHarEntries } from './read-har';
import { unwrapHarBytes } from './har-container';

export const IMPORT_BATCH_ENTRIES = 200;

export interface HarImportResult {
  imported: number;
  /** Elements of log.entries that are not entries (no request or response). */
  badEntries: number;
  /** Why reading stopped early, when it did: the entries before it were imported. */
  error?: string;
}

export async function importHarEntries(chunks: AsyncIterable<Uint8Array>, onBatch: (entries: Entry[]) => void): Promise<HarImportResult> {
  const result: HarImportResult = { imported: 0, badEntries: 0 };
  let batch: Entry[] = [];
  try {
    for await (const element of readHarEntries(unwrapHarBytes(chunks))) {
      if (!element.entry) {
        result.badEntries += 1;
        continue;
      }
      batch.push(element.entry);
      if (batch.length === IMPORT_BATCH_ENTRIES) {
        onBatch(batch);
        result.imported += batch.length;
        batch = [];
      }
    }
  } catch (error) {
    if (!(error instanceof HarReadError)) throw error;
    result.error = error.message;
  }
  if (batch.length) {
    onBatch(batch);
    result.imported += batch.length;
  }
  return result;
}

/** One line for the panel: what was imported and what was not. */
export function importSummary(fileName: string, { imported, badEntries, error }: HarImportResult): string {
  if (imported === 0 && error) return `${fileName} could not be opened: ${error}. Nothing was imported.`;
  const parts = [`Imported ${imported} ${imported === 1 ? 'request' : 'requests'} from ${fileName}`];
  if (badEntries) parts.push(`${badEntries} ${badEntries === 1 ? 'element' : 'elements'} of log.entries without a request or response skipped`);
  if (error) parts.push(`reading stopped early (${error}); the requests before it are imported`);
  return `${parts.join('; ')}.`;
}
