// Turns a byte offset in a streamed UTF-8 document into the line and column a person can jump to.
// A HAR can be hundreds of megabytes, so only the last megabyte or so is kept: a parse error is at
// the byte being read or at the start of the token just read, so that places all but errors on
// giant tokens; offsets older than what is kept get no position.

const NEWLINE = 0x0a;
const KEPT_BYTES = 1024 * 1024;

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based, in Unicode code points. */
  column: number;
}

interface TrackedChunk {
  bytes: Uint8Array;
  /** Offset of bytes[0] in the whole stream. */
  start: number;
  /** Newlines in the stream before this chunk. */
  newlinesBefore: number;
  /** Code points between the last newline before this chunk and the chunk's start. */
  columnAtStart: number;
}

export class StreamPosition {
  private chunks: TrackedChunk[] = [];
  private keptBytes = 0;
  private streamLength = 0;
  private newlines = 0;
  private column = 0;

  /** Call with every chunk, in order, before it is parsed. */
  advance(bytes: Uint8Array): void {
    this.chunks.push({ bytes, start: this.streamLength, newlinesBefore: this.newlines, columnAtStart: this.column });
    this.keptBytes += bytes.length;
    // Drop the oldest chunk only while what remains still reaches KEPT_BYTES back.
    while (this.chunks.length > 1 && this.keptBytes - this.chunks[0]!.bytes.length >= KEPT_BYTES) {
      this.keptBytes -= this.chunks.shift()!.bytes.length;
    }

    let lastNewline = -1;
    for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) {
      this.newlines++;
      lastNewline = i;
    }
    const tailCodePoints = countCodePoints(bytes, lastNewline + 1, bytes.length);
    this.column = lastNewline === -1 ? this.column + tailCodePoints : tailCodePoints;
    this.streamLength += bytes.length;
  }

  /** Just past the last byte seen. */
  end(): TextPosition {
    return { line: this.newlines + 1, column: this.column + 1 };
  }

  /** Where the byte at `offset` is, if it is in one of the kept chunks or at the end. */
  positionOf(offset: number): TextPosition | undefined {
    if (offset === this.streamLength) return this.end();
    const chunk = this.chunks.find(({ start, bytes }) => offset >= start && offset < start + bytes.length);
    if (!chunk) return undefined;

    const end = offset - chunk.start;
    let newlines = 0;
    let lastNewline = -1;
    for (let i = chunk.bytes.indexOf(NEWLINE); i !== -1 && i < end; i = chunk.bytes.indexOf(NEWLINE, i + 1)) {
      newlines++;
      lastNewline = i;
    }
    const codePoints = countCodePoints(chunk.bytes, lastNewline + 1, end);
    return {
      line: chunk.newlinesBefore + newlines + 1,
      column: (lastNewline === -1 ? chunk.columnAtStart + codePoints : codePoints) + 1,
    };
  }

  /** The character starting at `offset` (an ASCII one; else undefined), if it is in a kept chunk. */
  charAt(offset: number): string | undefined {
    const chunk = this.chunks.find(({ start, bytes }) => offset >= start && offset < start + bytes.length);
    const byte = chunk?.bytes[offset - chunk.start];
    return byte !== undefined && byte > 0x20 && byte < 0x7f ? String.fromCharCode(byte) : undefined;
  }

  /** Offset of the first byte at or after `from` (in the kept chunks) that is not valid UTF-8. */
  firstInvalidUtf8(from: number): number | undefined {
    const kept = this.chunks.filter(({ start, bytes }) => start + bytes.length > from);
    if (kept.length === 0) return undefined;
    const base = Math.max(from, kept[0]!.start);
    const bytes = new Uint8Array(this.streamLength - base);
    for (const chunk of kept) bytes.set(chunk.bytes.subarray(Math.max(0, base - chunk.start)), Math.max(0, chunk.start - base));
    const invalid = firstInvalidUtf8(bytes);
    return invalid === undefined ? undefined : base + invalid;
  }
}

/** Index of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // Length and the range the first continuation byte must fall in (no overlongs, no surrogates).
    const [length, low, high] =
      lead >= 0xc2 && lead <= 0xdf ? [2, 0x80, 0xbf]
      : lead === 0xe0 ? [3, 0xa0, 0xbf]
      : lead === 0xed ? [3, 0x80, 0x9f]
      : lead >= 0xe1 && lead <= 0xef ? [3, 0x80, 0xbf]
      : lead === 0xf0 ? [4, 0x90, 0xbf]
      : lead === 0xf4 ? [4, 0x80, 0x8f]
      : lead >= 0xf1 && lead <= 0xf3 ? [4, 0x80, 0xbf]
      : [0, 0, 0];
    if (length === 0) return i;
    // A sequence cut by the end of what is kept is not known to be wrong.
    if (i + length > bytes.length) return undefined;
    if (bytes[i + 1]! < low || bytes[i + 1]! > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}

/** UTF-8 continuation bytes (10xxxxxx) never start a code point. */
function countCodePoints(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if ((bytes[i]! & 0xc0) !== 0x80) count++;
  return count;
}
