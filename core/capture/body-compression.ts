// Bodies a HAR writer stored still compressed (the bytes on the wire, not the decoded body): a scan
// of them sees noise and would call the response clean. gzip and zlib-deflate are known by their
// first bytes and decompressed with the platform's DecompressionStream (browsers and Node alike);
// brotli has no signature, so only a Content-Encoding: br header on bytes that are not text tells.

import { concatBytes } from './concat-bytes';
import { looksBinary } from './decode-body';

export type BodyCompression = 'gzip' | 'deflate' | 'br';

/** The compression the body's first bytes show, or that its Content-Encoding names for non-text bytes. */
export function compressionOf(head: Uint8Array, contentEncoding: string | undefined): BodyCompression | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  const encoding = contentEncoding?.trim().toLowerCase();
  if (!looksBinary(head)) return undefined;
  // zlib header: CM = 8 (deflate) and a check value that makes the first two bytes a multiple of 31.
  if (encoding === 'deflate' && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0) return 'deflate';
  if (encoding === 'br') return 'br';
  return undefined;
}

/** What decompressing gave: at most `maxBytes`, and whether there was more. */
export interface Decompressed {
  bytes: Uint8Array;
  cut: boolean;
}

/**
 * Decompresses gzip or deflate up to `maxBytes`; undefined for brotli (no decoder on every platform)
 * or for data that is not what it claims (a truncated or corrupt stream).
 */
export async function decompress(bytes: Uint8Array, compression: BodyCompression, maxBytes: number): Promise<Decompressed | undefined> {
  if (compression === 'br') return undefined;
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(compression)).getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      length += value.length;
      if (length >= maxBytes) {
        void reader.cancel();
        return { bytes: concatBytes(parts, maxBytes), cut: true };
      }
    }
  } catch {
    // What came before the corruption is still the body's start.
    return length > 0 ? { bytes: concatBytes(parts), cut: true } : undefined;
  }
  return { bytes: concatBytes(parts), cut: false };
}
