// How many bytes a response says its body had, so a shorter copy (a browser's cut, a recorder's
// mangled body) is said, never scanned as if whole. HAR's content.size is the decoded size for
// Chromium and Playwright, the size on the wire for Firefox; a body sent as it is (no content
// coding) also has its Content-Length, which no recorder rewrites.
import type { CapturedEntry } from './captured-entry';
import type { BodySource } from './decode-body';

type StatedSize = Pick<BodySource, 'statedBytes' | 'statedMayBeEncoded'>;

/**
 * A Content-Length that describes no body anyone keeps: none was sent (HEAD, 204, 304), or a
 * redirect's, which browsers and recorders drop as they follow it.
 */
function lengthDescribesKeptBody(method: string, status: number): boolean {
  return method !== 'HEAD' && status !== 204 && !(status >= 300 && status < 400);
}

/** What decodeBody needs to know of a captured entry's body, as the browser or a HAR (`copyIn`) handed it over. */
export function bodySourceOf(entry: CapturedEntry, copyIn: BodySource['copyIn'] = 'browser'): BodySource {
  return { mimeType: entry.mimeType, status: entry.status, ...statedBodySize(entry), copyIn };
}

export function statedBodySize(entry: Pick<CapturedEntry, 'method' | 'status' | 'contentSize' | 'responseHeaders'>): StatedSize {
  const coding = headerValue(entry, 'content-encoding')?.trim().toLowerCase();
  const encoded = coding !== undefined && coding !== '' && coding !== 'identity';
  const contentSize = entry.contentSize !== undefined && entry.contentSize >= 0 ? entry.contentSize : undefined;
  if (encoded) return { statedBytes: contentSize, statedMayBeEncoded: true };
  const length = lengthDescribesKeptBody(entry.method, entry.status) ? contentLength(entry) : undefined;
  if (length === undefined) return { statedBytes: contentSize };
  return { statedBytes: Math.max(length, contentSize ?? 0) };
}

function contentLength(entry: Pick<CapturedEntry, 'responseHeaders'>): number | undefined {
  const values = entry.responseHeaders.filter((header) => header.name.toLowerCase() === 'content-length').map((header) => header.value.trim());
  // Several different lengths, or one that is not a number, say nothing reliable.
  if (values.length === 0 || values.some((value) => value !== values[0]) || !/^\d{1,15}$/.test(values[0]!)) return undefined;
  return Number(values[0]);
}

function headerValue(entry: Pick<CapturedEntry, 'responseHeaders'>, name: string): string | undefined {
  return entry.responseHeaders.find((header) => header.name.toLowerCase() === name)?.value;
}
