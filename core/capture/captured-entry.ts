// The one shape every part of the product speaks about a finished request: the panel, the badge,
// the leak scanner, the diagnosis and the HAR command line all read this, never raw HAR.

export interface HeaderField {
  name: string;
  value: string;
}

export interface CapturedEntry {
  /** Stable id within one capture session (see entry-identity.ts). */
  id: string;
  startedDateTime: string;
  method: string;
  url: string;
  /** 0 when no response arrived (blocked, network failure). */
  status: number;
  statusText: string;
  mimeType: string;
  /** DevTools resource type (document, fetch, script, …), or '' when unknown. */
  resourceType: string;
  /** Bytes on the wire when known, else the decoded body size, else -1. */
  size: number;
  /** The decoded body's size in bytes as the browser or HAR states it (content.size), when known. */
  contentSize?: number;
  /** Total time in milliseconds. */
  time: number;
  requestHeaders: HeaderField[];
  responseHeaders: HeaderField[];
  /** The request's body as the HAR has it (postData), for retrying and copying the request. */
  requestBody?: RequestBody;
  /** Set when we sent this request ourselves, as a try of "Retry": never one of the page's own. */
  retryOf?: RetryMark;
  /** Set for an entry read from a HAR file the user opened: the file's name. Not the tab's traffic. */
  importedFrom?: string;
}

export interface RetryMark {
  originalId: string;
  attempt: number;
}

/** Request bodies longer than this are not kept: a retry or copy then says the body is left out. */
export const MAX_REQUEST_BODY_CHARS = 64 * 1024;

export interface RequestBody {
  mimeType: string;
  /** Absent when the body was longer than MAX_REQUEST_BODY_CHARS (or the HAR held no text of it). */
  text?: string;
  /** Its length in characters, as the HAR gave it. */
  length: number;
}

/** A response body as the product keeps it: text we can scan and show, or a note that it is binary. */
export interface ResponseBody {
  /** Decoded text, cut to MAX_BODY_CHARS; null for binary or missing bodies. */
  text: string | null;
  /** True when text was cut at the cap. */
  truncated: boolean;
  /** Length of the original body in bytes (after base64 decoding) when known. */
  byteLength: number;
  /** True when the body is not text (image, font, …) and was not decoded; text is then null. */
  binary: boolean;
  /** True when an error body that is not all text was decoded anyway: its non-text bytes stay visible. */
  containsBinary?: boolean;
  /** Set when the browser handed over a damaged or short copy; text then holds the intact part only. */
  damage?: BodyDamage;
  /** Set when the body could not be read as text (a HAR's copy left compressed, base64 that does not decode): why. text is then null. */
  notScanned?: string;
}

export interface BodyDamage {
  /** zero-filled: the rest of the body came as NUL characters; short: fewer bytes than the response had. */
  kind: 'zero-filled' | 'short';
  /** How many characters at the start are intact (the length of ResponseBody.text). */
  intactChars: number;
  /** One sentence for the user: what is wrong and what was done about it. */
  message: string;
}

/** True when only part of the response's body is in hand: cut at our cap, damaged by the browser, or unreadable in a HAR. */
export function isBodyPartial(body: ResponseBody): boolean {
  return body.truncated || body.damage !== undefined || body.notScanned !== undefined;
}
