// The request of a captured entry, as "Copy as cURL" and "Copy as fetch()" write it: credentials
// masked unless the user asks for them, and a plain list of what was masked or left out, so the
// copy never silently differs from what the page sent.
import type { CapturedEntry, HeaderField } from '../capture/captured-entry';
import { isCredentialHeader, REDACTED, redactRequestBody, redactUrl } from '../redact/redact-entry';

export interface ReproduceOptions {
  /** Copy Authorization, cookies, API keys and token-like parameters as sent. */
  includeCredentials: boolean;
}

export interface ReproducibleRequest {
  method: string;
  url: string;
  headers: HeaderField[];
  /** Absent when the request had none, or when it could not be kept (see leftOut). */
  body?: string;
  /** Said next to the copy button: what the copy masks or leaves out. */
  leftOut: string[];
}

/** Written by the client for each connection; copying them would only confuse the replay. */
const TRANSPORT_HEADERS = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding', 'te', 'upgrade']);

export function reproducibleRequest(entry: CapturedEntry, { includeCredentials }: ReproduceOptions): ReproducibleRequest {
  const leftOut: string[] = [];
  const masked = new Set<string>();
  const headers = entry.requestHeaders
    .filter(({ name }) => !name.startsWith(':') && !TRANSPORT_HEADERS.has(name.toLowerCase()))
    .map(({ name, value }) => {
      if (includeCredentials || !isCredentialHeader(name)) return { name, value };
      masked.add(name);
      return { name, value: REDACTED };
    });
  const url = includeCredentials ? entry.url : redactUrl(entry.url);
  if (masked.size) leftOut.push(`${[...masked].join(', ')} masked`);
  if (url !== entry.url) leftOut.push('token-like query parameters masked');

  const request: ReproducibleRequest = { method: entry.method, url, headers, leftOut };
  const body = entry.requestBody;
  if (body?.text !== undefined) {
    request.body = includeCredentials ? body.text : redactRequestBody(body.text, body.mimeType);
    if (request.body !== body.text) leftOut.push('secrets in the body masked');
  }
  if (leftOut.length) leftOut.push('tick "include credentials" to copy them as sent');
  if (body && body.text === undefined) {
    leftOut.push(body.length > 0 ? `the ${body.length.toLocaleString('en')}-character request body is left out (too long to keep)` : 'the request body is left out (the capture holds no text of it)');
  }
  return request;
}
