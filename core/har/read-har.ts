// Reads the entries of a HAR document one at a time from a byte stream. HAR files of several
// hundred megabytes are common (every body is inlined, binaries as base64) and a whole-file
// JSON.parse holds the text and the parsed tree at once, so entries are parsed incrementally and
// each can be dropped once consumed. Works on any AsyncIterable of bytes: a Node stream or a
// browser ReadableStream, so the extension can import HAR files through the same code.
import { JSONParser, TokenParserError, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import type { Entry } from 'har-format';
import { concatBytes } from '../capture/concat-bytes';
import { isRecord } from './json-shape';
import { EntrySplitter } from './entry-splitter';
import { StreamPosition, firstInvalidUtf8, type TextPosition } from './stream-position';

/** One element of log.entries: a readable entry, or what is wrong with it (the others still count). */
export type IndexedHarEntry =
  | {
      /** Position of the entry in the HAR's log.entries. */
      index: number;
      entry: Entry;
      /** The line of the HAR file the entry starts on (1-based). */
      line?: number;
    }
  | { index: number; entry?: undefined; problem: string };

/** The input is unreadable as a HAR; the message is one line, fit to show after a file name. */
export class HarReadError extends Error {
  override name = 'HarReadError';
}

const ENTRY_PATH = '$.log.entries.*';
const SHOWN_TOKEN_CHARS = 40;
/** Skeleton segments kept for placing errors; errors are always at the latest ones. */
const KEPT_SEGMENTS = 1024;

/**
 * Each element of log.entries is cut out of the stream by EntrySplitter and parsed with JSON.parse;
 * the rest of the document, with each element replaced by a placeholder, goes through a validating
 * streaming parser that knows where log.entries is and says precisely what is wrong where.
 */
export async function* readHarEntries(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<IndexedHarEntry> {
  for await (const part of readHar(chunks, false)) if (!('skeleton' in part)) yield part;
}

/** The bytes of the document around its entries, in stream order (each entry's place is where its element is yielded). */
export interface SkeletonPart {
  skeleton: Uint8Array;
}

/**
 * The whole document in order: the entries, and the bytes between them, so a HAR can be written
 * back with its entries changed (the redactor) without holding it whole.
 */
export function readHarParts(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<IndexedHarEntry | SkeletonPart> {
  return readHar(chunks, true);
}

/** `withSkeleton`: also yield the bytes around the entries (copied, so only when asked for). */
async function* readHar(chunks: AsyncIterable<Uint8Array>, withSkeleton: boolean): AsyncGenerator<IndexedHarEntry | SkeletonPart> {
  const position = new StreamPosition();
  const entriesArray = new EntriesArrayDetector();
  const skeleton = new SkeletonOffsets();
  // keepStack: false: the parser builds no tree of what it has seen; paths: only to notice an
  // entries object (not array), whose members it reports.
  const parser = new JSONParser({ paths: [ENTRY_PATH], keepStack: false });
  const completed: (IndexedHarEntry | SkeletonPart)[] = [];
  let lastToken: ParsedTokenInfo | undefined;
  let nextIndex = 0;
  let elementLine: number | undefined;

  parser.onToken = (token) => {
    lastToken = token;
    entriesArray.observe(token);
  };
  parser.onValue = ({ parent }) => {
    if (!Array.isArray(parent)) throw new HarReadError('not a HAR: log.entries is not an array');
  };

  const feed = (write: () => void) => {
    try {
      write();
    } catch (error) {
      if (error instanceof HarReadError) throw error;
      throw new HarReadError(describeJsonError(error, position, lastToken, skeleton));
    }
  };
  const splitter = new EntrySplitter({
    skeleton: (bytes, streamOffset, placeholder) => {
      skeleton.append(bytes.length, streamOffset, placeholder);
      // Copied: the chunk it views may be reused by the stream once consumed.
      if (withSkeleton && !placeholder) completed.push({ skeleton: bytes.slice() });
      feed(() => parser.write(bytes));
    },
    isEntriesArray: () => entriesArray.takeOpenedEntries(),
    elementStarted: (streamOffset) => (elementLine = position.positionOf(streamOffset)?.line),
    element: (parts, streamOffset) => completed.push(parseElement(nextIndex++, parts, streamOffset, position, elementLine)),
  });

  try {
    for await (const chunk of chunks) {
      position.advance(chunk);
      splitter.write(chunk);
      yield* completed.splice(0);
    }
    splitter.end();
    feed(() => {
      if (!parser.isEnded) parser.end();
    });
  } catch (error) {
    // What was read before the error is still the caller's.
    yield* completed.splice(0);
    throw error;
  }
  yield* completed.splice(0);
  if (!lastToken) throw new HarReadError('not JSON: the input is empty');
  if (!entriesArray.found) throw new HarReadError('not a HAR: no log.entries array');
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseElement(index: number, parts: Uint8Array[], streamOffset: number, position: StreamPosition, line: number | undefined): IndexedHarEntry {
  const bytes = parts.length === 1 ? parts[0]! : concatBytes(parts);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const invalid = firstInvalidUtf8(bytes);
    throw new HarReadError(`not UTF-8: invalid byte sequence${invalid === undefined ? '' : at(position.positionOf(streamOffset + invalid))}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HarReadError(describeElementError(bytes, streamOffset, position, error));
  }
  const problem = entryShapeProblem(value);
  if (problem) return { index, problem };
  return line === undefined ? { index, entry: value as Entry } : { index, entry: value as Entry, line };
}

/** JSON.parse's messages vary and often give no position: the streaming parser, on this element alone, says what and where. */
function describeElementError(bytes: Uint8Array, streamOffset: number, position: StreamPosition, parseError: unknown): string {
  const parser = new JSONParser({ keepStack: false });
  let lastToken: ParsedTokenInfo | undefined;
  parser.onToken = (token) => (lastToken = token);
  try {
    parser.write(bytes);
  } catch (error) {
    return describeJsonError(error, position, lastToken, { streamOffsetOf: (offset) => streamOffset + offset, isPlaceholder: () => false });
  }
  // Cut where a value cannot go on (`tru]`): the element itself is what is wrong.
  return `not JSON: invalid value${at(position.positionOf(streamOffset))} (${(parseError as Error).message})`;
}

/** Where the offsets of what a parser read are in the stream. */
interface ParserOffsets {
  streamOffsetOf(parserOffset: number): number | undefined;
  /** True when the parser's token there stands for an element cut out of the skeleton. */
  isPlaceholder(parserOffset: number): boolean;
}

/** Where each piece of the skeleton came from in the stream, so the parser's offsets can be placed. */
class SkeletonOffsets implements ParserOffsets {
  #segments: { skeletonStart: number; streamStart: number; placeholder: boolean }[] = [];
  #length = 0;

  append(length: number, streamStart: number, placeholder: boolean): void {
    this.#segments.push({ skeletonStart: this.#length, streamStart, placeholder });
    this.#length += length;
    if (this.#segments.length > 2 * KEPT_SEGMENTS) this.#segments.splice(0, KEPT_SEGMENTS);
  }

  streamOffsetOf(skeletonOffset: number): number | undefined {
    const segment = this.#segmentAt(skeletonOffset);
    return segment && segment.streamStart + (skeletonOffset - segment.skeletonStart);
  }

  isPlaceholder(skeletonOffset: number): boolean {
    return this.#segmentAt(skeletonOffset)?.placeholder ?? false;
  }

  #segmentAt(skeletonOffset: number) {
    return this.#segments.findLast((segment) => segment.skeletonStart <= skeletonOffset);
  }
}

function entryShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not an object';
  const missing = (['request', 'response'] as const).filter((part) => !isRecord(value[part]));
  if (missing.length === 0) return undefined;
  return `has no ${missing.join(' and no ')} object`;
}

/**
 * Notices `"log": { "entries": [` at the top of the document. Needed because the parser only
 * reports entries themselves, and an empty entries array is a valid (if dull) HAR.
 */
class EntriesArrayDetector {
  found = false;
  /** The last token opened log.entries; taken (and cleared) by the splitter. */
  #openedEntries = false;
  /** keyPath[d] is the member key being parsed inside the container at depth d (1 = top level). */
  private readonly keyPath: (string | undefined)[] = [];
  private depth = 0;
  private lastString: string | undefined;

  takeOpenedEntries(): boolean {
    const opened = this.#openedEntries;
    this.#openedEntries = false;
    return opened;
  }

  observe({ token, value }: ParsedTokenInfo): void {
    this.#openedEntries = false;
    switch (token) {
      case TokenType.STRING:
        this.lastString = value as string;
        break;
      case TokenType.COLON:
        this.keyPath[this.depth] = this.lastString;
        break;
      case TokenType.LEFT_BRACKET:
        if (this.depth === 2 && this.keyPath[1] === 'log' && this.keyPath[2] === 'entries') this.found = this.#openedEntries = true;
        this.depth++;
        break;
      case TokenType.LEFT_BRACE:
        this.depth++;
        break;
      case TokenType.RIGHT_BRACE:
      case TokenType.RIGHT_BRACKET:
        this.keyPath[this.depth] = undefined;
        this.depth--;
        break;
      default:
        // Values and separators leave the key path as it is.
        break;
    }
  }
}

// The parser's messages name its internal states; rephrase them as what is wrong and where.
// `toStreamOffset` places the parser's offsets in the stream (it parses the skeleton or one element).
function describeJsonError(
  error: unknown,
  position: StreamPosition,
  lastToken: ParsedTokenInfo | undefined,
  offsets: ParserOffsets,
): string {
  const message = error instanceof Error ? error.message : String(error);
  const placed = (parserOffset: number) => {
    const offset = offsets.streamOffsetOf(parserOffset);
    return offset === undefined ? undefined : position.positionOf(offset);
  };
  if (/\bended\b/.test(message)) return `not JSON: unexpected end of input${at(position.end())} (truncated file?)`;
  if (/not valid for encoding utf-8/i.test(message)) {
    const invalid = position.firstInvalidUtf8(offsets.streamOffsetOf(lastToken?.offset ?? 0) ?? 0);
    return `not UTF-8: invalid byte sequence${invalid === undefined ? '' : at(position.positionOf(invalid))}`;
  }
  if (error instanceof TokenParserError && lastToken) {
    const offset = offsets.streamOffsetOf(lastToken.offset);
    // An entry where the parser expected a comma: show the entry's own first character, not the placeholder.
    const shown = offsets.isPlaceholder(lastToken.offset) && offset !== undefined ? position.charAt(offset) : undefined;
    return `not JSON: unexpected ${shown === undefined ? showToken(lastToken) : `'${shown}'`}${at(placed(lastToken.offset))}`;
  }
  const unexpectedByte = /^Unexpected "([^]*)" at chunk position "\d+" \(absolute position "(\d+)"\)/.exec(message);
  if (unexpectedByte) {
    return `not JSON: unexpected ${showByte(unexpectedByte[1]!)}${at(placed(Number(unexpectedByte[2])))}`;
  }
  return `not JSON: ${message}`;
}

function at(where: TextPosition | undefined): string {
  return where ? ` at line ${where.line}, column ${where.column}` : '';
}

function showToken({ token, value }: ParsedTokenInfo): string {
  if (token !== TokenType.STRING) return `'${String(value)}'`;
  const text = String(value);
  return `string ${JSON.stringify(text.length > SHOWN_TOKEN_CHARS ? `${text.slice(0, SHOWN_TOKEN_CHARS)}…` : text)}`;
}

/** The tokenizer reports the offending byte as a one-char string. */
function showByte(char: string): string {
  const code = char.charCodeAt(0);
  return code > 0x20 && code < 0x7f ? `'${char}'` : `byte 0x${code.toString(16).padStart(2, '0')}`;
}
