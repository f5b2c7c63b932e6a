// What a HAR file a user has may be wrapped in, known by its first bytes and not by its name:
// gzip (sitespeed.io and others write .har.gz), UTF-16 with or without a byte-order mark (Windows
// PowerShell 5's redirection writes it), or a zip (Playwright's recordHar with a .zip path), which
// needs random access and is opened by the caller. The rest is UTF-8, which the reader expects.
import { concatBytes } from '../capture/concat-bytes';
import { HarReadError } from './read-har';

export type HarContainer = 'zip' | 'gzip' | 'utf-16le' | 'utf-16be' | 'utf-8';

/** Needs the first 4 bytes of the file (fewer only when the file is that short). */
export function sniffHarContainer(head: Uint8Array): HarContainer {
  const [b0, b1, b2, b3] = head;
  if (b0 === 0x50 && b1 === 0x4b && b2 === 0x03 && b3 === 0x04) return 'zip';
  if (b0 === 0x1f && b1 === 0x8b) return 'gzip';
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le';
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be';
  // JSON in UTF-8 never holds a NUL byte; in UTF-16, every ASCII character has one beside it.
  if (b0 !== undefined && b1 !== undefined) {
    if (b0 !== 0 && b1 === 0) return 'utf-16le';
    if (b0 === 0 && b1 !== 0) return 'utf-16be';
  }
  return 'utf-8';
}

/** The HAR's bytes as UTF-8, unwrapped from gzip or UTF-16 as their first bytes say. Zip is the caller's. */
export async function* unwrapHarBytes(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < 4) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      if (!ended) yield* { [Symbol.asyncIterator]: () => iterator };
    },
  };
  const container = sniffHarContainer(concatBytes(head, 4));
  switch (container) {
    case 'zip':
      throw new ZipHarError();
    case 'gzip':
      yield* unwrapHarBytes(gunzip(rest));
      return;
    case 'utf-16le':
    case 'utf-16be':
      yield* toUtf8(rest, container);
      return;
    case 'utf-8':
      yield* rest;
  }
}

/** A zip reached a reader that cannot seek (standard input, a browser stream without the file). */
export class ZipHarError extends HarReadError {
  override name = 'ZipHarError';
  constructor() {
    super('a zip file (Playwright writes HARs as zips); give its path so it can be opened');
  }
}

async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const source = chunks[Symbol.asyncIterator]();
  const compressed = new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
    },
  });
  const reader = compressed.pipeThrough(new DecompressionStream('gzip')).getReader();
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      throw new GzipHarError();
    }
    if (next.done) return;
    yield next.value;
  }
}

/** The gzip stream is cut or corrupt. */
export class GzipHarError extends HarReadError {
  override name = 'GzipHarError';
  constructor() {
    super('the gzip data is cut short or corrupt');
  }
}

async function* toUtf8(chunks: AsyncIterable<Uint8Array>, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<Uint8Array> {
  // The decoder drops the byte-order mark itself; stream mode keeps pairs split across chunks.
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  for await (const chunk of chunks) yield encoder.encode(decoder.decode(chunk, { stream: true }));
  const tail = decoder.decode();
  if (tail) yield encoder.encode(tail);
}
