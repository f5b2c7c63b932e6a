import type { HarScan } from '../core/har/scan-har';

/** One HAR file given on the command line and what scanning it gave. */
export interface FileScan {
  /** As given on the command line; "-" for standard input. */
  file: string;
  scan: HarScan;
}
