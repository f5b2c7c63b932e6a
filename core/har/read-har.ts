// Reads the entries of a HAR document one at a time from a byte stream. HAR files of several
// hundred megabytes are common (every body is inlined, binaries as base64) and a whole-file
// JSON.parse holds the text and the parsed tree at once, so entries are parsed incrementally and
// each can be dropped once consumed. Works on any AsyncIterable of bytes: a Node stream or a
// browser ReadableStream, so the extension can import HAR files through the same code.
import { JSONParser, TokenParserError, TokenType, type ParsedElementInfo, type ParsedTokenInfo } from '@streamparser/json';
import type { Entry } from 'har-format';
import { isRecord } from './json-shape';
import { StreamPosition, type TextPosition } from './stream-position';

/** One element of log.entries: a readable entry, or what is wrong with it (the others still count). */
export type IndexedHarEntry =
  | {
      /** Position of the entry in the HAR's log.entries. */
      index: number;
      entry: Entry;
    }
  | { index: number; entry?: undefined; problem: string };

/** The input is unreadable as a HAR; the message is one line, fit to show after a file name. */
export class HarReadError extends Error {
  override name = 'HarReadError';
}

const ENTRY_PATH = '$.log.entries.*';
const SHOWN_TOKEN_CHARS = 40;

export async function* readHarEntries(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<IndexedHarEntry> {
  const position = new StreamPosition();
  const entriesArray = new EntriesArrayDetector();
  // keepStack: false drops each entry from the parser's tree once emitted, so memory stays flat.
  const parser = new JSONParser({ paths: [ENTRY_PATH], keepStack: false });
  const completed: IndexedHarEntry[] = [];
  let lastToken: ParsedTokenInfo | undefined;

  parser.onToken = (token) => {
    lastToken = token;
    entriesArray.observe(token);
  };
  parser.onValue = (element) => completed.push(toIndexedEntry(element));

  const feed = (write: () => void) => {
    try {
      write();
    } catch (error) {
      throw error instanceof HarReadError ? error : new HarReadError(describeJsonError(error, position, lastToken));
    }
  };

  for await (const chunk of chunks) {
    position.advance(chunk);
    feed(() => parser.write(chunk));
    yield* completed.splice(0);
  }
  feed(() => {
    if (!parser.isEnded) parser.end();
  });
  if (!lastToken) throw new HarReadError('not JSON: the input is empty');
  yield* completed.splice(0);
  if (!entriesArray.found) throw new HarReadError('not a HAR: no log.entries array');
}

function toIndexedEntry({ value, key, parent }: ParsedElementInfo): IndexedHarEntry {
  if (!Array.isArray(parent) || typeof key !== 'number') throw new HarReadError('not a HAR: log.entries is not an array');
  const problem = entryShapeProblem(value);
  return problem ? { index: key, problem } : { index: key, entry: value as unknown as Entry };
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
  /** keyPath[d] is the member key being parsed inside the container at depth d (1 = top level). */
  private readonly keyPath: (string | undefined)[] = [];
  private depth = 0;
  private lastString: string | undefined;

  observe({ token, value }: ParsedTokenInfo): void {
    switch (token) {
      case TokenType.STRING:
        this.lastString = value as string;
        break;
      case TokenType.COLON:
        this.keyPath[this.depth] = this.lastString;
        break;
      case TokenType.LEFT_BRACKET:
        if (this.depth === 2 && this.keyPath[1] === 'log' && this.keyPath[2] === 'entries') this.found = true;
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
    }
  }
}

// The parser's messages name its internal states; rephrase them as what is wrong and where.
function describeJsonError(error: unknown, position: StreamPosition, lastToken: ParsedTokenInfo | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/\bended\b/.test(message)) return `not JSON: unexpected end of input${at(position.end())} (truncated file?)`;
  if (/not valid for encoding utf-8/i.test(message)) {
    const invalid = position.firstInvalidUtf8(lastToken?.offset ?? 0);
    return `not UTF-8: invalid byte sequence${invalid === undefined ? '' : at(position.positionOf(invalid))}`;
  }
  if (error instanceof TokenParserError && lastToken) {
    return `not JSON: unexpected ${showToken(lastToken)}${at(position.positionOf(lastToken.offset))}`;
  }
  const unexpectedByte = /^Unexpected "([^]*)" at chunk position "\d+" \(absolute position "(\d+)"\)/.exec(message);
  if (unexpectedByte) {
    return `not JSON: unexpected ${showByte(unexpectedByte[1]!)}${at(position.positionOf(Number(unexpectedByte[2])))}`;
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
