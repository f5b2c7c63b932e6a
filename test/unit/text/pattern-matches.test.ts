import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../core/text/pattern-matches';

describe('matchesOf', () => {
  it('gives every non-empty match in order, stepping over empty ones', () => {
    const found = [...matchesOf(/a*/g, 'baab a')].map((match) => [match.index, match[0]]);
    expect(found).toEqual([
      [1, 'aa'],
      [5, 'a'],
    ]);
  });

  it('starts each text from its beginning, even after a search that stopped early', () => {
    const pattern = /\d+/g;
    for (const match of matchesOf(pattern, 'x 12 34')) if (match[0] === '12') break;
    expect([...matchesOf(pattern, '7 8')].map((match) => match[0])).toEqual(['7', '8']);
  });
});
