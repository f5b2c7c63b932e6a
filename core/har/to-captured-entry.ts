// HAR entries come from three places: Chrome's and Firefox's devtools.network API and HAR files on
// disk. Each fills optional fields differently, and files written by other tools (or by hand) can
// hold any JSON at all; this is the one place that irons that out. Fields that cannot be read
// become empty here; odd-fields.ts names them for the command line's report.
import type { Entry } from 'har-format';
import { MAX_REQUEST_BODY_CHARS, type CapturedEntry, type HeaderField, type RequestBody } from '../capture/captured-entry';
import { isRecord } from './json-shape';

/** Chrome adds these non-standard fields; Firefox and most HAR files leave them out. */
interface BrowserExtras {
  _resourceType?: unknown;
  response: { _transferSize?: unknown };
}

/** `id` names the entry within its capture: see entry-identity.ts for live captures. */
export function toCapturedEntry(entry: Entry, id: string): CapturedEntry {
  const { request, response } = entry;
  const extras = entry as Entry & BrowserExtras;
  const content = isRecord(response.content) ? response.content : undefined;
  return {
    id,
    startedDateTime: stringOr(entry.startedDateTime, ''),
    method: stringOr(request.method, ''),
    url: stringOr(request.url, ''),
    status: harStatus(response.status),
    statusText: stringOr(response.statusText, ''),
    mimeType: stringOr(content?.mimeType, ''),
    resourceType: stringOr(extras._resourceType, ''),
    size: firstKnownSize(extras.response._transferSize, response.bodySize, content?.size),
    ...(isKnownSize(content?.size) ? { contentSize: content.size } : {}),
    time: typeof entry.time === 'number' && Number.isFinite(entry.time) ? entry.time : 0,
    requestHeaders: readHeaders(request.headers),
    responseHeaders: readHeaders(response.headers),
    ...requestBodyOf(request.postData),
  };
}

function requestBodyOf(postData: unknown): { requestBody?: RequestBody } {
  if (!isRecord(postData)) return {};
  const mimeType = stringOr(postData.mimeType, '');
  if (typeof postData.text !== 'string') return { requestBody: { mimeType, length: 0 } };
  const { text } = postData;
  return { requestBody: text.length > MAX_REQUEST_BODY_CHARS ? { mimeType, length: text.length } : { mimeType, text, length: text.length } };
}

/** A status some writers store as text: "500" or "500 Internal Server Error". */
export const STATUS_IN_TEXT = /^\s*(\d{3})(?!\d)/;

/**
 * HAR's status is a number, 0 for "no response". Some writers store "500" or "500 Internal Server
 * Error"; anything without a leading three-digit code means no status is known, which is 0 too.
 */
export function harStatus(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : 0;
  if (typeof value !== 'string') return 0;
  const code = STATUS_IN_TEXT.exec(value);
  return code ? Number(code[1]) : 0;
}

/** Header fields with a string name; a null or numeric value is read as text ("" for null). */
export function readHeaders(headers: unknown): HeaderField[] {
  if (!Array.isArray(headers)) return [];
  const fields: HeaderField[] = [];
  for (const header of headers) {
    if (!isRecord(header) || typeof header.name !== 'string') continue;
    fields.push({ name: header.name, value: header.value == null ? '' : String(header.value) });
  }
  return fields;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function isKnownSize(size: unknown): size is number {
  return typeof size === 'number' && Number.isFinite(size) && size >= 0;
}

function firstKnownSize(...sizes: unknown[]): number {
  return sizes.find(isKnownSize) ?? -1;
}
