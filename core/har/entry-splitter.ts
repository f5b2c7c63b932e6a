// Cuts the elements of a HAR's log.entries array out of a byte stream, so each can be handed to
// JSON.parse whole, and passes everything else of the document (its "skeleton", a few hundred
// bytes) on for a validating parser, with each element replaced by the one-byte placeholder `0`.
// A streaming JSON tokenizer looking at every byte of every body is what made reading a large HAR
// slow; here a body costs one indexOf per string.
//
// Which array is log.entries is decided by the caller (it runs the skeleton through a parser that
// knows the key path): `isEntriesArray` is asked right after the skeleton's `[` has been passed on.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
/** The byte an element is replaced by in the skeleton: any JSON value would do, this is the shortest. */
export const ELEMENT_PLACEHOLDER = new Uint8Array([0x30]);

export interface SplitterSink {
  /**
   * Bytes of the document outside the entries, in order, with where they start in the stream;
   * each element appears as ELEMENT_PLACEHOLDER (`placeholder` true, at the element's offset).
   */
  skeleton(bytes: Uint8Array, streamOffset: number, placeholder: boolean): void;
  /** True when the `[` just passed on to skeleton() opens log.entries. */
  isEntriesArray(): boolean;
  /** An element of log.entries starts at `offset` (its bytes follow in element()). */
  elementStarted(offset: number): void;
  /** One whole element of log.entries, its bytes in one or more parts, and its offset in the stream. */
  element(parts: Uint8Array[], offset: number): void;
}

/**
 * Feed it the stream chunk by chunk. It tracks only what it must: whether it is inside a string
 * (and after a backslash), the nesting depth, and whether it is inside log.entries.
 */
export class EntrySplitter {
  #sink: SplitterSink;
  #offset = 0;
  #depth = 0;
  #inString = false;
  /** Inside a string, the previous chunk ended with an unpaired backslash, which escapes this chunk's first byte. */
  #escaped = false;
  /** Depth of the container that is log.entries, when inside it; elements sit one level deeper. */
  #entriesDepth = -1;
  /** The element being read: its parts so far, and where it started. */
  #element: Uint8Array[] | undefined;
  #elementOffset = 0;
  /** A scalar element (number, true, false, null) ends at the first byte that cannot be part of it. */
  #scalarElement = false;

  constructor(sink: SplitterSink) {
    this.#sink = sink;
  }

  write(chunk: Uint8Array): void {
    // Start of the part of this chunk not yet handed on (to the skeleton or the element).
    let pending = 0;
    let i = 0;
    const length = chunk.length;
    while (i < length) {
      if (this.#inString) {
        if (this.#escaped) {
          this.#escaped = false;
          i++;
          continue;
        }
        // One search per quote: a quote ends the string unless an odd run of backslashes precedes it.
        const stringFrom = i;
        let quote = chunk.indexOf(QUOTE, i);
        while (quote !== -1 && backslashesBefore(chunk, quote, stringFrom) % 2 === 1) quote = chunk.indexOf(QUOTE, quote + 1);
        if (quote === -1) {
          this.#escaped = backslashesBefore(chunk, length, stringFrom) % 2 === 1;
          i = length;
          break;
        }
        this.#inString = false;
        i = quote + 1;
        if (this.#element && this.#depth === this.#entriesDepth) pending = this.#endElement(chunk, pending, i);
        continue;
      }

      const byte = chunk[i]!;
      if (this.#element && this.#scalarElement) {
        if (isScalarByte(byte)) {
          i++;
          continue;
        }
        pending = this.#endElement(chunk, pending, i);
      }

      if (this.#entriesDepth !== -1 && this.#depth === this.#entriesDepth && !this.#element) {
        // Between elements: whitespace, commas and the closing bracket stay in the skeleton.
        if (byte === CLOSE_BRACKET) {
          this.#entriesDepth = -1;
          this.#depth--;
          i++;
          continue;
        }
        if (byte === COMMA || isWhitespace(byte)) {
          i++;
          continue;
        }
        this.#skeleton(chunk, pending, i);
        pending = i;
        this.#element = [];
        this.#elementOffset = this.#offset + i;
        this.#sink.elementStarted(this.#elementOffset);
        this.#scalarElement = byte !== OPEN_BRACE && byte !== OPEN_BRACKET && byte !== QUOTE;
      }

      switch (byte) {
        case QUOTE:
          this.#inString = true;
          break;
        case OPEN_BRACE:
          this.#depth++;
          break;
        case OPEN_BRACKET:
          this.#depth++;
          if (!this.#element && this.#entriesDepth === -1) {
            this.#skeleton(chunk, pending, i + 1);
            pending = i + 1;
            if (this.#sink.isEntriesArray()) this.#entriesDepth = this.#depth;
          }
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.#depth--;
          if (this.#element && this.#depth === this.#entriesDepth) {
            pending = this.#endElement(chunk, pending, i + 1);
          }
          break;
      }
      i++;
    }

    if (this.#element) {
      if (pending < length) this.#element.push(chunk.subarray(pending));
    } else if (pending < length) {
      this.#skeleton(chunk, pending, length);
    }
    this.#offset += length;
  }

  /** At the end of the stream: a scalar element ends there too; anything else cut short is the parser's to report. */
  end(): void {
    if (this.#element && this.#scalarElement) {
      this.#sink.element(this.#element, this.#elementOffset);
      this.#element = undefined;
      this.#sink.skeleton(ELEMENT_PLACEHOLDER, this.#elementOffset, true);
    }
  }

  #skeleton(chunk: Uint8Array, from: number, to: number): void {
    if (to > from) this.#sink.skeleton(chunk.subarray(from, to), this.#offset + from, false);
  }

  /** Hands on the element ending before `end` and returns where the rest of the chunk starts. */
  #endElement(chunk: Uint8Array, pending: number, end: number): number {
    const parts = this.#element!;
    if (end > pending) parts.push(chunk.subarray(pending, end));
    this.#element = undefined;
    this.#scalarElement = false;
    this.#sink.element(parts, this.#elementOffset);
    this.#sink.skeleton(ELEMENT_PLACEHOLDER, this.#elementOffset, true);
    return end;
  }
}

/** Backslashes right before `end`, counting no further back than `from`. */
function backslashesBefore(chunk: Uint8Array, end: number, from: number): number {
  let count = 0;
  while (end - count - 1 >= from && chunk[end - count - 1] === BACKSLASH) count++;
  return count;
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Bytes a number, true, false or null is made of; anything else ends it (or is an error for JSON.parse). */
function isScalarByte(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x2d || byte === 0x2b || byte === 0x2e || (byte >= 0x41 && byte <= 0x5a);
}
