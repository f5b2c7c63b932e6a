// Turns what DevTools or a HAR file gives for a body (text, maybe base64) into text we can show and
// scan, or a note that it is binary. Bodies are attacker-controlled: we only ever produce a string
// for text nodes, cut at MAX_BODY_CHARS so one huge response cannot stall the panel. What the browser
// handed over damaged or short is cut to its intact part and said so (ResponseBody.damage).
import { MAX_BODY_CHARS } from './body-limits';
import type { BodyDamage, ResponseBody } from './captured-entry';

const TEXTUAL_MIME = /^(text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|javascript|ecmascript|x-www-form-urlencoded|graphql|x-ndjson|problem\+json)\b|image\/svg\+xml)/i;
// Bytes that never appear in text we would want to show (NUL and most C0 controls).
const SNIFF_BYTES = 1024;
/**
 * Text never ends in a run of NUL characters this long; a browser that fills the rest of a body with
 * them (Firefox ESR 153 does past 768 KiB) has lost that part. One or two trailing NULs (C strings)
 * are left alone.
 */
const ZERO_FILL_MIN_RUN = 32;

export function isTextualMimeType(mimeType: string): boolean {
  return TEXTUAL_MIME.test(mimeType.trim());
}

const MEDIA_MIME = /^(image\/(?!svg)|audio\/|video\/|font\/|application\/(?:font-|x-font|wasm|zip|gzip|pdf)\b)/i;

/**
 * Reading a body costs a round trip to DevTools and, for media, megabytes of base64. Successful
 * media responses cannot leak in their body in any way we scan for, so only their headers are
 * scanned. Error responses are always read: a 500 labelled image/png is still worth a look.
 */
export function isBodyWorthReading(status: number, mimeType: string): boolean {
  return isErrorResponse(status) || !MEDIA_MIME.test(mimeType.trim());
}

function isErrorResponse(status: number): boolean {
  return status >= 400;
}

export interface BodySource {
  mimeType: string;
  /** Error responses are always decoded as text, binary parts and all: they are what we scan. */
  status: number;
  /** The body's size in bytes as the browser or HAR states it, when known (see stated-body-size.ts). */
  statedBytes?: number;
  /** True when statedBytes may count the body as sent compressed (Firefox states the bytes on the wire). */
  statedMayBeEncoded?: boolean;
  /** Who handed the body over, for what a damage message blames: the browser (default) or a HAR file. */
  copyIn?: 'browser' | 'har';
}

export function decodeBody(
  content: string | null | undefined,
  encoding: string | null | undefined,
  source: BodySource,
): ResponseBody {
  if (content == null) return { text: null, truncated: false, byteLength: 0, binary: false };
  if (encoding !== 'base64') return withIntegrity(fromText(content), source);

  const totalBytes = base64ByteLength(content);
  // Decode only what we keep: a 100 MB download must not be decoded to show 2 MB of it.
  const keptChars = Math.min(content.length, Math.ceil(MAX_BODY_CHARS / 3) * 4);
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(content.slice(0, keptChars));
  } catch {
    // Firefox (ESR 153) marks a body of unknown type base64 and leaves it as text when its encoder
    // refuses it (characters beyond Latin-1): what base64 never holds is the text itself.
    if (NOT_BASE64.test(content)) return withIntegrity(fromText(content), source);
    return { text: null, truncated: false, byteLength: 0, binary: false, notScanned: 'it came marked as base64 but is not valid base64' };
  }
  return decodeBodyBytes(bytes, totalBytes, source);
}

/** A character of neither alphabet (standard or URL-safe) nor the whitespace decoders skip. */
const NOT_BASE64 = /[^A-Za-z0-9+/=\s_-]/;

/**
 * The same for a body in hand as bytes (a HAR's side file, a decompressed body): `bytes` may be
 * the first part only of `totalBytes`.
 */
export function decodeBodyBytes(bytes: Uint8Array, totalBytes: number, source: BodySource): ResponseBody {
  // Text in another charset than UTF-8 is still text: only control bytes say binary here.
  const binaryLooking = !isTextualMimeType(source.mimeType) && holdsControlBytes(bytes);
  if (binaryLooking && !isErrorResponse(source.status)) {
    return { text: null, truncated: false, byteLength: totalBytes, binary: true };
  }
  const kept = bytes.subarray(0, MAX_BODY_CHARS);
  const truncated = kept.length < totalBytes;
  // Non-text bytes of an error body become U+FFFD or stay control characters, which the views show
  // as visible escapes; the text around them is what a scan needs.
  const text = binaryLooking ? new TextDecoder('utf-8').decode(kept) : decodeText(kept, source.mimeType, truncated);
  const decoded: ResponseBody = { text, truncated, byteLength: totalBytes, binary: false };
  // NULs belong to binary bodies: only a short copy is damage there.
  if (binaryLooking) return withDamage({ ...decoded, containsBinary: true }, shortBody(decoded, source));
  return withIntegrity(decoded, source);
}

/**
 * Text in the charset its type names; with none, UTF-8 when the bytes are UTF-8 and windows-1252
 * otherwise, as browsers read an unlabelled page (Firefox hands over the text of a body with no
 * type as base64 of one byte per character).
 */
function decodeText(bytes: Uint8Array, mimeType: string, cut: boolean): string {
  const label = CHARSET.exec(mimeType)?.[1];
  if (label) {
    try {
      return new TextDecoder(label).decode(bytes, { stream: cut });
    } catch {
      // A label TextDecoder does not know: read as if none were given.
    }
  }
  try {
    // stream: a multi-byte character cut at our cap is not a sign of another charset.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)/i;

function fromText(content: string): ResponseBody {
  const truncated = content.length > MAX_BODY_CHARS;
  return {
    text: truncated ? content.slice(0, MAX_BODY_CHARS) : content,
    truncated,
    byteLength: utf8ByteLength(content),
    binary: false,
  };
}

/** Cuts a zero-filled tail off, and says when the browser gave fewer bytes than the response had. */
function withIntegrity(body: ResponseBody, source: BodySource): ResponseBody {
  return withDamage(body, zeroFilledTail(body, source) ?? shortBody(body, source));
}

function withDamage(body: ResponseBody, damage: BodyDamage | undefined): ResponseBody {
  if (!damage) return body;
  return { ...body, text: body.text!.slice(0, damage.intactChars), damage };
}

function zeroFilledTail(body: ResponseBody, { copyIn }: BodySource): BodyDamage | undefined {
  const text = body.text!;
  let start = text.length;
  while (start > 0 && text.charCodeAt(start - 1) === 0) start--;
  const run = text.length - start;
  if (run < ZERO_FILL_MIN_RUN) return undefined;
  return {
    kind: 'zero-filled',
    intactChars: start,
    message: `${copyIn === 'har' ? "The HAR's copy of this body is damaged" : 'The browser returned this body damaged'}: from character ${start.toLocaleString('en-US')} on it holds only NUL characters (${run.toLocaleString('en-US')} of them). Only the part before them is shown and scanned.`,
  };
}

function shortBody(body: ResponseBody, { statedBytes, statedMayBeEncoded, mimeType, copyIn }: BodySource): BodyDamage | undefined {
  // A UTF-16 body takes fewer bytes as the UTF-8 we count, so only a byte-for-byte charset compares.
  if (statedBytes === undefined || !(statedBytes > body.byteLength) || body.truncated || /utf-?16|ucs-?2/i.test(mimeType)) return undefined;
  // Text read as windows-1252 (Firefox's one byte per character) is stated in its UTF-8 bytes.
  const held = Math.max(body.byteLength, utf8ByteLength(body.text!));
  const allowance = statedMayBeEncoded ? encodingOverhead(held) : 0;
  if (!(statedBytes > held + allowance)) return undefined;
  const count = `${body.byteLength.toLocaleString('en-US')} of the ${statedBytes.toLocaleString('en-US')} bytes this response had`;
  return {
    kind: 'short',
    intactChars: body.text!.length,
    message: copyIn === 'har' ? `The HAR holds ${count}. Only what it holds is shown and scanned.` : `The browser returned ${count}. Only what it returned is shown and scanned.`,
  };
}

/**
 * The most a content coding adds to a body it cannot shrink: gzip's 18-byte frame (zlib's 6) and 5
 * bytes per stored deflate block, counted as if blocks were 16 KiB; brotli and zstd add less.
 */
function encodingOverhead(decodedBytes: number): number {
  return 32 + 5 * Math.ceil(decodedBytes / 16_384);
}

export function base64ToBytes(base64: string): Uint8Array {
  return latin1Bytes(atob(base64.replace(/[\s=]+$/, '').replace(/\s+/g, '')));
}

/** The bytes of a string of one byte per character (atob's output, a Latin-1 reading): code units ≤ 0xFF. */
export function latin1Bytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function base64ByteLength(base64: string): number {
  let end = base64.length;
  while (end > 0 && isBase64Padding(base64.charCodeAt(end - 1))) end--;
  return Math.floor((end * 3) / 4);
}

function isBase64Padding(code: number): boolean {
  return code === 0x3d /* = */ || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** True when the first KiB holds bytes text never does (NUL and most C0 controls). */
function holdsControlBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return true;
  }
  return false;
}

/** True when the first KiB holds bytes text never does, or is not UTF-8. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (holdsControlBytes(bytes)) return true;
  const end = Math.min(bytes.length, SNIFF_BYTES);
  try {
    // stream: a multi-byte character cut at the sniff boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
    return false;
  } catch {
    return true;
  }
}

function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
