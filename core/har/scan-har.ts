// Scans every selected entry of a HAR stream for leaked server internals. Only the small per-entry
// results are kept, never the entries, so a HAR of any size scans in flat memory. Nothing is passed
// over in silence: an entry that cannot be read, a body the file does not hold, a field that is not
// what HAR says and a file cut short are all part of the result.
import type { Entry } from 'har-format';
import { MAX_BODY_CHARS } from '../capture/body-limits';
import { compressionOf, decompress, type BodyCompression } from '../capture/body-compression';
import { base64ToBytes, decodeBody, decodeBodyBytes, type BodySource } from '../capture/decode-body';
import { bodySourceOf } from '../capture/stated-body-size';
import { undoLatin1Misreading } from './latin1-misreading';
import { isBodyPartial, type CapturedEntry, type ResponseBody } from '../capture/captured-entry';
import type { LeakFinding } from '../leaks/leak-finding';
import { adviseFixes } from '../fixes/advise-fixes';
import type { FixAdvice } from '../fixes/leak-fix';
import { scanResponse } from '../leaks/scan-response';
import { fingerprintOf } from '../report/finding-fingerprint';
import { unwrapHarBytes } from './har-container';
import { isRecord } from './json-shape';
import { oddFields } from './odd-fields';
import { readHarEntries, HarReadError } from './read-har';
import { toCapturedEntry } from './to-captured-entry';
import { statusClass } from '../status/status-class';

export type StatusSelection = 'errors' | 'all';

/** A finding with its identity across runs (see finding-fingerprint.ts). */
export interface ScannedFinding extends LeakFinding {
  fingerprint: string;
  /** The change that stops it, or null where the response does not show who wrote it. */
  fix: FixAdvice;
}

export interface ScannedEntry {
  /** Position of the entry in the HAR's log.entries. */
  index: number;
  /** The line of the HAR file the entry starts on, when known. */
  line?: number;
  method: string;
  url: string;
  status: number;
  findings: ScannedFinding[];
  /** True when the body was cut before scanning (cap or partial scan). */
  partial: boolean;
  /** Set when the HAR's copy of the body is damaged or shorter than its stated size: what is wrong. */
  bodyDamage?: string;
  /** Set when the body was not scanned at all (only the headers were): why. */
  bodyNotScanned?: string;
  /** Fields that are not what HAR says, so they were not scanned. */
  oddFields?: string[];
}

export interface BadEntry {
  index: number;
  problem: string;
}

export interface HarScan {
  /** Elements of log.entries read, scanned or not, readable or not. */
  totalEntries: number;
  /** Scanned entries in HAR order, including those with no findings. */
  entries: ScannedEntry[];
  /** Elements of log.entries that are not entries (no request or response): named, not scanned. */
  badEntries: BadEntry[];
  /** Set when the file could not be read to its end: what is wrong. What came before is still scanned. */
  readError?: string;
}

export interface ScanHarOptions {
  selection: StatusSelection;
  /**
   * Reads a body a HAR keeps beside itself (Playwright's content._file): the file's bytes, or
   * undefined when it is not there. `name` is a plain file name, never a path.
   */
  readSideFile?: (name: string) => Promise<SideFile | undefined>;
}

/** A body file's first bytes (all of it when small) and its full size. */
export interface SideFile {
  bytes: Uint8Array;
  totalBytes: number;
}

export const NO_BODY_IN_HAR = 'no body in the HAR';

/** Client and server errors: the responses most likely to carry a stack trace or debug page. */
export function isErrorStatus(status: number): boolean {
  const kind = statusClass(status);
  return kind === 'client-error' || kind === 'server-error';
}

export async function scanHar(chunks: AsyncIterable<Uint8Array>, { selection, readSideFile }: ScanHarOptions): Promise<HarScan> {
  const scan: HarScan = { totalEntries: 0, entries: [], badEntries: [] };
  try {
    for await (const element of readHarEntries(unwrapHarBytes(chunks))) {
      scan.totalEntries++;
      if (!element.entry) {
        scan.badEntries.push({ index: element.index, problem: element.problem });
        continue;
      }
      const captured = toCapturedEntry(element.entry, `log.entries[${element.index}]`);
      if (selection === 'errors' && !isErrorStatus(captured.status)) continue;
      scan.entries.push(await scanEntry(element.index, element.line, element.entry, captured, readSideFile));
    }
  } catch (error) {
    if (!(error instanceof HarReadError)) throw error;
    scan.readError = error.message;
  }
  return scan;
}

async function scanEntry(
  index: number,
  line: number | undefined,
  entry: Entry,
  captured: CapturedEntry,
  readSideFile: ScanHarOptions['readSideFile'],
): Promise<ScannedEntry> {
  const read = await readHarBody(entry, captured, readSideFile);
  const body = 'body' in read ? read.body : undefined;
  const report = scanResponse({
    url: captured.url,
    status: captured.status,
    mimeType: captured.mimeType,
    headers: captured.responseHeaders,
    body: body?.text ?? null,
    bodyTruncated: body ? isBodyPartial(body) : false,
  });
  const odd = oddFields(entry);
  const fixes = adviseFixes({ headers: captured.responseHeaders, body: body?.text ?? null }, report.findings);
  const findings = await Promise.all(
    report.findings.map(async (finding, position) => ({
      ...finding,
      fix: fixes[position] ?? null,
      fingerprint: await fingerprintOf({ ...finding, method: captured.method, url: captured.url, evidence: unmaskedEvidence(finding, body) }),
    })),
  );
  return {
    index,
    ...(line === undefined ? {} : { line }),
    method: captured.method,
    url: captured.url,
    status: captured.status,
    findings,
    partial: report.partial,
    ...(body?.damage ? { bodyDamage: body.damage.message } : {}),
    ...('notScanned' in read ? { bodyNotScanned: read.notScanned } : {}),
    ...(odd.length ? { oddFields: odd } : {}),
  };
}

/** A HAR entry's body as text to scan, or why it cannot be scanned. */
export type HarBodyRead = { body: ResponseBody } | { notScanned: string };

/** Shared by the command line and the panel's Open HAR, so both read a HAR's bodies alike. */
export async function readHarBody(entry: Entry, captured: CapturedEntry, readSideFile?: ScanHarOptions['readSideFile']): Promise<HarBodyRead> {
  const content: unknown = entry.response.content;
  const source = bodySourceOf(captured, 'har');
  const contentEncoding = captured.responseHeaders.find((header) => header.name.toLowerCase() === 'content-encoding')?.value;
  const text = isRecord(content) ? content.text : undefined;

  if (typeof text === 'string') {
    if (isRecord(content) && content.encoding === 'base64') {
      const head = base64Head(text);
      const compression = head && compressionOf(head, contentEncoding);
      if (!compression) {
        const body = decodeBody(text, 'base64', source);
        return body.notScanned ? { notScanned: body.notScanned } : { body };
      }
      let bytes: Uint8Array;
      try {
        bytes = base64ToBytes(text);
      } catch {
        return { notScanned: 'response.content.text is not valid base64' };
      }
      return decompressed(bytes, compression, source);
    }
    // Compressed bytes stored as text are mangled beyond recovery by the writer's decoding.
    if (text.charCodeAt(0) === 0x1f && text.charCodeAt(1) === 0x8b) return { notScanned: 'body left gzip-compressed in the HAR, stored as text' };
    return { body: decodeBody(undoLatin1Misreading(text, captured.mimeType), undefined, source) };
  }
  if (text != null) return { notScanned: 'response.content.text is not text' };

  const sideFile = isRecord(content) ? content._file : undefined;
  if (typeof sideFile === 'string') {
    // Attacker-controlled: only a plain name beside the HAR is read, never a path elsewhere.
    if (!isPlainFileName(sideFile)) return { notScanned: `response.content._file ${JSON.stringify(sideFile)} is not a plain file name, so it was not read` };
    let file: SideFile | undefined;
    try {
      file = readSideFile ? await readSideFile(sideFile) : undefined;
    } catch (error) {
      // One damaged body (a zip member that does not inflate) is that body's loss, not the file's.
      if (!(error instanceof HarReadError)) throw error;
      return { notScanned: `body file ${JSON.stringify(sideFile)} could not be read: ${error.message}` };
    }
    if (!file) return { notScanned: `body file ${JSON.stringify(sideFile)} not found beside the HAR` };
    const compression = compressionOf(file.bytes, contentEncoding);
    return compression ? decompressed(file.bytes, compression, source) : { body: decodeBodyBytes(file.bytes, file.totalBytes, source) };
  }
  return hasBody(captured) ? { notScanned: NO_BODY_IN_HAR } : { body: decodeBody('', undefined, source) };
}

/** Body evidence as the server sent it (the report masks secrets); header evidence as reported. */
function unmaskedEvidence(finding: LeakFinding, body: ResponseBody | undefined): string {
  const { location } = finding;
  if (location.in === 'header' || !body?.text) return finding.evidence;
  return body.text.slice(location.offset, location.offset + location.length);
}

async function decompressed(bytes: Uint8Array, compression: BodyCompression, source: BodySource): Promise<HarBodyRead> {
  const result = await decompress(bytes, compression, MAX_BODY_CHARS);
  if (!result) return { notScanned: `body left ${compression}-compressed in the HAR${compression === 'br' ? ' (brotli cannot be decoded here)' : ' and not decodable'}` };
  // The stated size may be the compressed one, so it is no check here; a cut body's full length is
  // unknown, only that it is longer.
  const totalBytes = result.cut ? result.bytes.length + 1 : result.bytes.length;
  return { body: decodeBodyBytes(result.bytes, totalBytes, { ...source, statedBytes: undefined }) };
}

/** A response has a body unless HAR says it is empty or HTTP says there can be none. */
function hasBody(captured: CapturedEntry): boolean {
  if (captured.contentSize === 0) return false;
  const { status } = captured;
  if (status === 0 || status === 204 || status === 304 || (status >= 100 && status < 200)) return false;
  return captured.method.toUpperCase() !== 'HEAD';
}

function isPlainFileName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name) && !/^[a-z]:/i.test(name);
}

/** The first bytes of a base64 body, enough to recognise a compressed one. */
function base64Head(base64: string): Uint8Array | undefined {
  try {
    return base64ToBytes(base64.slice(0, 1368).replace(/[^A-Za-z0-9+/]/g, '').slice(0, 1364));
  } catch {
    return undefined;
  }
}
