// Scans every selected entry of a HAR stream for leaked server internals. Only the small per-entry
// results are kept, never the entries, so a HAR of any size scans in flat memory.
import type { Entry } from 'har-format';
import { decodeBody } from '../capture/decode-body';
import { isBodyPartial, type CapturedEntry } from '../capture/captured-entry';
import type { LeakFinding } from '../leaks/leak-finding';
import { scanResponse } from '../leaks/scan-response';
import { readHarEntries, HarReadError } from './read-har';
import { toCapturedEntry } from './to-captured-entry';
import { statusClass } from '../status/status-class';

export type StatusSelection = 'errors' | 'all';

export interface ScannedEntry {
  /** Position of the entry in the HAR's log.entries. */
  index: number;
  method: string;
  url: string;
  status: number;
  findings: LeakFinding[];
  /** True when the body was cut before scanning (cap or partial scan). */
  partial: boolean;
  /** Set when the HAR's copy of the body is damaged or shorter than its stated size: what is wrong. */
  bodyDamage?: string;
}

export interface HarScan {
  /** Entries in the HAR, scanned or not. */
  totalEntries: number;
  /** Scanned entries in HAR order, including those with no findings. */
  entries: ScannedEntry[];
}

/** Client and server errors: the responses most likely to carry a stack trace or debug page. */
export function isErrorStatus(status: number): boolean {
  const kind = statusClass(status);
  return kind === 'client-error' || kind === 'server-error';
}

export async function scanHar(chunks: AsyncIterable<Uint8Array>, selection: StatusSelection): Promise<HarScan> {
  const entries: ScannedEntry[] = [];
  let totalEntries = 0;
  for await (const { index, entry } of readHarEntries(chunks)) {
    totalEntries++;
    // HAR uses 0 for "no response"; a writer that leaves status out means the same.
    const status = Number(entry.response.status) || 0;
    if (selection === 'errors' && !isErrorStatus(status)) continue;
    entries.push(scanEntry(index, status, entry));
  }
  return { totalEntries, entries };
}

function scanEntry(index: number, status: number, entry: Entry): ScannedEntry {
  let captured: CapturedEntry;
  try {
    captured = toCapturedEntry(entry, `log.entries[${index}]`);
  } catch (error) {
    // HAR writers disagree on optional fields; one that is malformed beyond repair is the file's fault.
    throw new HarReadError(`not a HAR: log.entries[${index}] is malformed (${(error as Error).message})`);
  }
  const url = String(captured.url);
  const body = decodeBody(entry.response.content?.text, entry.response.content?.encoding, {
    mimeType: captured.mimeType,
    status,
    statedBytes: captured.contentSize,
  });
  const report = scanResponse({
    url,
    status,
    mimeType: captured.mimeType,
    headers: captured.responseHeaders,
    body: body.text,
    bodyTruncated: isBodyPartial(body),
  });
  return {
    index,
    method: String(captured.method),
    url,
    status,
    findings: report.findings,
    partial: report.partial,
    ...(body.damage ? { bodyDamage: body.damage.message } : {}),
  };
}
