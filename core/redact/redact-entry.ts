// Makes one HAR entry safe to attach to a ticket: credential headers and cookies, token-like query
// parameters, form fields and JSON fields, and every secret the leak scanner finds in a body are
// replaced by REDACTED; bodies can be left out. The entry stays valid HAR (same fields, same
// types), so Chrome's and Firefox's importers open the result. Shared by the command line's
// `redact` and, later, the panel's export.
import type { Entry } from 'har-format';
import { base64ToBytes } from '../capture/decode-body';
import { isRecord } from '../har/json-shape';
import type { ScannableResponse } from '../leaks/leak-finding';
import { MAX_SCAN_CHARS, scanResponse } from '../leaks/scan-response';
import { harStatus, readHeaders } from '../har/to-captured-entry';

export const REDACTED = '[redacted]';

export interface RedactOptions {
  /** Leave every body out (content.text, postData.text and params), keeping sizes and types. */
  dropBodies: boolean;
}

/** Headers that carry credentials whatever their value looks like. */
const CREDENTIAL_HEADERS = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
  'apikey',
  'x-auth-token',
  'x-access-token',
  'x-csrf-token',
  'x-xsrf-token',
  'csrf-token',
  'x-amz-security-token',
  'x-goog-api-key',
  'x-functions-key',
  'ocp-apim-subscription-key',
]);

/**
 * Names of query parameters, form fields and JSON fields that hold credentials: matched whole
 * after lowercasing and dropping '-' and '_' (so access_token, accessToken and Access-Token alike).
 */
const SECRET_NAMES = new Set([
  'token',
  'accesstoken',
  'idtoken',
  'refreshtoken',
  'authtoken',
  'apikey',
  'key',
  'secret',
  'clientsecret',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'signature',
  'sig',
  'session',
  'sessionid',
  'sid',
  'auth',
  'authorization',
  'code',
  'csrftoken',
  'xsrftoken',
  'csrf',
  'jwt',
  'privatekey',
  'xamzsignature',
  'xamzcredential',
  'xamzsecuritytoken',
]);

/** Header names that end like these are credentials too (X-Shopify-Access-Token, X-Gitlab-Token…). */
const CREDENTIAL_HEADER_SUFFIXES = ['-token', '-api-key', '-apikey', '-secret', '-password'];

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase().replace(/[-_]/g, ''));
}

export function isCredentialHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return CREDENTIAL_HEADERS.has(lower) || CREDENTIAL_HEADER_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** A redacted deep copy of `entry`; the input is not changed. */
export function redactEntry(entry: Entry, { dropBodies }: RedactOptions): Entry {
  const copy = structuredClone(entry) as Entry & Record<string, unknown>;
  const { request, response } = copy;
  if (isRecord(request)) {
    redactHeaders(request.headers);
    redactCookies(request.cookies);
    if (typeof request.url === 'string') request.url = redactUrl(request.url);
    redactNameValues(request.queryString);
    if (isRecord(request.postData)) {
      const postData = request.postData as unknown as Record<string, unknown>;
      if (dropBodies) {
        delete postData.text;
        delete postData.params;
      } else {
        redactNameValues(postData.params);
        if (typeof postData.text === 'string') postData.text = redactRequestBody(postData.text, String(postData.mimeType ?? ''));
      }
    }
  }
  if (isRecord(response)) {
    redactHeaders(response.headers);
    redactCookies(response.cookies);
    if (typeof response.redirectURL === 'string' && response.redirectURL) response.redirectURL = redactUrl(response.redirectURL);
    if (isRecord(response.content)) {
      const content = response.content as unknown as Record<string, unknown>;
      if (dropBodies) delete content.text;
      else if (typeof content.text === 'string') redactResponseBody(content, copy);
    }
  }
  return copy;
}

function redactHeaders(headers: unknown): void {
  if (!Array.isArray(headers)) return;
  for (const header of headers) {
    if (!isRecord(header) || typeof header.name !== 'string') continue;
    if (isCredentialHeader(header.name)) header.value = REDACTED;
    else if (header.name.toLowerCase() === 'location' && typeof header.value === 'string') header.value = redactUrl(header.value);
  }
}

function redactCookies(cookies: unknown): void {
  if (!Array.isArray(cookies)) return;
  for (const cookie of cookies) if (isRecord(cookie) && 'value' in cookie) cookie.value = REDACTED;
}

function redactNameValues(list: unknown): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (isRecord(item) && typeof item.name === 'string' && isSecretName(item.name) && 'value' in item) item.value = REDACTED;
  }
}

/** Token-like query parameters and any user:password in the authority. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = redactSearchParams(parsed.searchParams);
  if (parsed.password) {
    parsed.password = REDACTED;
    changed = true;
  }
  return changed ? parsed.toString() : url;
}

/** Masks the parameters named like credentials; true when there was one. */
function redactSearchParams(params: URLSearchParams): boolean {
  let changed = false;
  for (const name of new Set(params.keys())) {
    if (isSecretName(name)) {
      params.set(name, REDACTED);
      changed = true;
    }
  }
  return changed;
}

export function redactRequestBody(text: string, mimeType: string): string {
  if (/application\/x-www-form-urlencoded/i.test(mimeType)) {
    const params = new URLSearchParams(text);
    return redactSearchParams(params) ? params.toString() : text;
  }
  return redactBodyText(text, { url: '', status: 0, mimeType, headers: [] });
}

/** Any body's text, request or response: credential-named JSON fields, then every secret the scanner finds. */
function redactBodyText(text: string, response: ScannedResponse): string {
  return redactSecretsInText(redactJsonText(text) ?? text, response);
}

/** JSON fields named like credentials, at any depth; undefined when the text is not JSON. */
function redactJsonText(text: string): string | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  let changed = false;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isRecord(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (isSecretName(key) && (typeof child === 'string' || typeof child === 'number')) {
          node[key] = REDACTED;
          changed = true;
        } else walk(child);
      }
    }
  };
  walk(value);
  return changed ? JSON.stringify(value) : text;
}

function redactResponseBody(content: Record<string, unknown>, entry: Entry): void {
  const base64 = content.encoding === 'base64';
  let text = content.text as string;
  if (base64) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(base64ToBytes(text));
    } catch {
      return; // Not text: no secret the scanner could find, and nothing to rewrite.
    }
  }
  const source = {
    url: typeof entry.request?.url === 'string' ? entry.request.url : '',
    status: harStatus(entry.response?.status),
    mimeType: typeof content.mimeType === 'string' ? content.mimeType : '',
    headers: readHeaders(entry.response?.headers),
  };
  const safe = redactBodyText(text, source);
  if (safe === text) return;
  content.text = base64 ? bytesToBase64(new TextEncoder().encode(safe)) : safe;
}

type ScannedResponse = Omit<ScannableResponse, 'body'>;
/** More than any secret pattern's reach, so no secret is cut by a window boundary unseen. */
const WINDOW_OVERLAP = 8 * 1024;

/** Passes over one body at most; each masks at least one occurrence of every distinct secret left. */
const MAX_REDACTION_PASSES = 32;

/**
 * Replaces every secret the leak scanner finds (its whole match) by REDACTED, last first so offsets
 * hold, and scans again: the scanner reports a secret repeated verbatim once, so each pass masks one
 * more occurrence, until none is found. A body still holding secrets after the last pass (thousands
 * of copies) is replaced whole, never written with one left.
 */
function redactSecretsInText(text: string, response: ScannedResponse): string {
  if (text.length <= MAX_SCAN_CHARS) return redactWindow(text, response);
  // The scanner reads at most MAX_SCAN_CHARS of a body: longer ones go through in windows that
  // overlap, so a secret across a boundary is whole in one of them.
  let out = '';
  let rest = text;
  while (rest.length > MAX_SCAN_CHARS) {
    const window = redactWindow(rest.slice(0, MAX_SCAN_CHARS), response);
    // A window that shrank to almost nothing (replaced whole) is kept whole, so `rest` always shrinks.
    const kept = window.length > 2 * WINDOW_OVERLAP ? window.length - WINDOW_OVERLAP : window.length;
    out += window.slice(0, kept);
    rest = window.slice(kept) + rest.slice(MAX_SCAN_CHARS);
  }
  return out + redactWindow(rest, response);
}

function redactWindow(text: string, response: ScannedResponse): string {
  let out = text;
  for (let pass = 0; pass < MAX_REDACTION_PASSES; pass++) {
    const secrets = secretSpans(out, response);
    if (secrets.length === 0) return out;
    let floor = Infinity;
    for (const { offset, length } of secrets) {
      const end = Math.min(offset + length, floor);
      if (end <= offset) continue;
      out = `${out.slice(0, offset)}${REDACTED}${out.slice(end)}`;
      floor = offset;
    }
  }
  return secretSpans(out, response).length === 0 ? out : REDACTED;
}

function secretSpans(text: string, response: ScannedResponse): { offset: number; length: number }[] {
  return scanResponse({ ...response, body: text })
    .findings.filter((finding) => finding.category === 'secret' && finding.location.in === 'body')
    .map((finding) => finding.location as { offset: number; length: number })
    .sort((a, b) => b.offset - a.offset);
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
