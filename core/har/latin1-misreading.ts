// mitmproxy's har_dump (8.x) decodes a body sent with no Content-Type as Latin-1, so its UTF-8
// letters arrive as pairs of Latin-1 characters (größen → grÃ¶Ã\x9fen). Text whose characters all
// fit in one byte and whose bytes are valid UTF-8 with at least one multi-byte character was such a
// misreading: real Latin-1 text almost never forms UTF-8 sequences (ü alone, 0xFC, is not one).
import { latin1Bytes } from '../capture/decode-body';
import { isUndeclaredType } from '../leaks/response-kind';

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;
const BEYOND_ASCII = /[\u0080-\u00ff]/;

/** The text as the server wrote it, when a HAR writer read the UTF-8 of a body with no type as Latin-1. */
export function undoLatin1Misreading(text: string, mimeType: string): string {
  if (!isUndeclaredType(mimeType) || !BEYOND_ASCII.test(text) || BEYOND_LATIN1.test(text)) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(latin1Bytes(text));
  } catch {
    return text;
  }
}
