import { describe, expect, it } from 'vitest';
import { StreamPosition } from '../../../core/har/stream-position';

function track(chunks: string[]): StreamPosition {
  const position = new StreamPosition();
  for (const chunk of chunks) position.advance(new TextEncoder().encode(chunk));
  return position;
}

describe('StreamPosition', () => {
  it.each([
    { chunks: ['ab\ncd'], offset: 0, expected: { line: 1, column: 1 } },
    { chunks: ['ab\ncd'], offset: 2, expected: { line: 1, column: 3 } },
    { chunks: ['ab\ncd'], offset: 4, expected: { line: 2, column: 2 } },
    // Columns count code points, not bytes: "é" is two bytes, "😀" four.
    { chunks: ['é😀x'], offset: 6, expected: { line: 1, column: 3 } },
    // A line that started in an earlier chunk keeps counting across chunks.
    { chunks: ['l1\nabc', 'de', 'fg\nh'], offset: 8, expected: { line: 2, column: 6 } },
    { chunks: ['a\n', 'b\n', 'cd'], offset: 5, expected: { line: 3, column: 2 } },
  ])('places byte $offset of $chunks at $expected', ({ chunks, offset, expected }) => {
    expect(track(chunks).positionOf(offset)).toEqual(expected);
  });

  it('places the end of the stream just past the last character', () => {
    const position = track(['x\n', 'yé']);
    expect(position.end()).toEqual({ line: 2, column: 3 });
    expect(position.positionOf(5)).toEqual({ line: 2, column: 3 });
  });

  it('has no position for bytes more than a megabyte back', () => {
    const position = track(['old\n', 'x'.repeat(1024 * 1024), 'new']);
    expect(position.positionOf(1)).toBeUndefined();
    expect(position.positionOf(4)).toEqual({ line: 2, column: 1 });
    expect(position.positionOf(4 + 1024 * 1024 + 2)).toEqual({ line: 2, column: 1024 * 1024 + 3 });
  });
});
