import type { HarScan } from '../core/har/scan-har';

/** The lines a bad element of log.entries is reported with, everywhere. */
export function badEntryLines({ badEntries }: Pick<HarScan, 'badEntries'>): string[] {
  return badEntries.map(({ index, problem }) => `log.entries[${index}] ${problem}: not read`);
}

/** What kept a file from being read whole, one line each: elements that are not entries, then where reading stopped. */
export function readProblems(scan: Pick<HarScan, 'badEntries' | 'readError'>): string[] {
  return [...badEntryLines(scan), ...(scan.readError ? [scan.readError] : [])];
}
