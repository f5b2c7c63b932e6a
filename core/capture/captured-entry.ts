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
  /** Total time in milliseconds. */
  time: number;
  requestHeaders: HeaderField[];
  responseHeaders: HeaderField[];
}

/** A response body as the product keeps it: text we can scan and show, or a note that it is binary. */
export interface ResponseBody {
  /** Decoded text, cut to MAX_BODY_CHARS; null for binary or missing bodies. */
  text: string | null;
  /** True when text was cut at the cap. */
  truncated: boolean;
  /** Length of the original body in bytes (after base64 decoding) when known. */
  byteLength: number;
  /** True when the body is not text (image, font, …). */
  binary: boolean;
}
