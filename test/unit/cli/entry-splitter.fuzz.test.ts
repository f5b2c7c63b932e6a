// The reader cuts entries out at byte level, so strings full of quotes, backslashes and brackets,
// multi-byte characters and any chunking must give exactly what JSON.parse gives for the whole file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHarEntries } from '../../../core/har/read-har';

const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"', '\\', '\\"', '\\\\', '[', ']', '{', '}', ',', 'é', '😀', '\u2028', '\n'),
).map(String);
const text = fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join(''));
const json: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(text, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const entry = fc.record({ request: fc.record({ url: text, extra: json }), response: fc.record({ status: fc.integer({ min: 0, max: 599 }), body: json }) });
const element = fc.oneof({ weight: 5, arbitrary: entry }, { weight: 1, arbitrary: json });

async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (let i = 0; start < bytes.length; i++) {
    const size = sizes[i % sizes.length]!;
    yield bytes.subarray(start, start + size);
    start += size;
  }
}

describe('readHarEntries over byte-split entries', () => {
  it('yields exactly the elements JSON.parse finds, whatever the strings and the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(element, { maxLength: 6 }),
        json,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (entries, around, sizes, pretty) => {
          const document = { before: around, log: { creator: { entries: around }, entries, pages: around }, after: around };
          const source = pretty ? JSON.stringify(document, null, 2) : JSON.stringify(document);
          const expected = (JSON.parse(source) as { log: { entries: unknown[] } }).log.entries;
          const read: unknown[] = [];
          for await (const item of readHarEntries(chunked(new TextEncoder().encode(source), sizes))) {
            read[item.index] = item.entry ?? item.problem;
          }
          expect(read).toHaveLength(expected.length);
          expected.forEach((value, index) => {
            const isEntry = typeof value === 'object' && value !== null && !Array.isArray(value) && 'request' in value && 'response' in value;
            if (isEntry) expect(read[index]).toEqual(value);
            else expect(typeof read[index]).toBe('string');
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
