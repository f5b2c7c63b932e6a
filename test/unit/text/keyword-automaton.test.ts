import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeywordAutomaton } from '../../../core/text/keyword-automaton';

describe('KeywordAutomaton', () => {
  it('finds every occurrence of every keyword, overlapping and case-insensitively, in one pass', () => {
    const automaton = new KeywordAutomaton(['he', 'she', 'hers', '.js:', 'at ']);
    const hits: [string, number][] = [];
    const text = 'uShErs AT /a.JS:1 — é his';
    automaton.scan(text, text.length, (keyword, start) => hits.push([automaton.keywords[keyword]!, start]));
    expect(hits).toEqual([
      ['she', 1],
      ['he', 2],
      ['hers', 2],
      ['at ', 7],
      ['.js:', 12],
    ]);
  });

  it('finds what a search for each keyword finds, at the same character offsets, around non-ASCII characters too', () => {
    const automaton = new KeywordAutomaton(['at ', '.py', 'traceback', 'tb']);
    const byEnd = ([keyword, start]: [number, number]) => start + automaton.keywords[keyword]!.length;
    const inOrder = (hits: [number, number][]) => [...hits].sort((x, y) => byEnd(x) - byEnd(y) || x[0] - y[0]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '.', 'p', 'y', 't', 'a', 'b', 'c', 'e', 'k', 'r', 'A', 'T', 'é', '—', '😀', '\uD800'), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const hits: [number, number][] = [];
        automaton.scan(text, text.length, (keyword, start) => hits.push([keyword, start]));
        const lower = text.toLowerCase();
        const expected = automaton.keywords.flatMap((keyword, index) => {
          const found: [number, number][] = [];
          for (let at = lower.indexOf(keyword); at !== -1; at = lower.indexOf(keyword, at + 1)) found.push([index, at]);
          return found;
        });
        expect(inOrder(hits)).toEqual(inOrder(expected));
      }),
    );
  });

  it('stops at the limit', () => {
    const automaton = new KeywordAutomaton(['abc']);
    const hits: number[] = [];
    automaton.scan('abcabc', 5, (_keyword, start) => hits.push(start));
    expect(hits).toEqual([0]);
  });

  it('finds at a limit exactly what it finds in the text cut there', () => {
    const automaton = new KeywordAutomaton(['ab', 'bab', 'b']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'é', '😀') }), fc.nat(), (text, cut) => {
        const limit = cut % (text.length + 1);
        const collect = (subject: string, end: number) => {
          const hits: [number, number][] = [];
          automaton.scan(subject, end, (keyword, start) => hits.push([keyword, start]));
          return hits;
        };
        expect(collect(text, limit)).toEqual(collect(text.slice(0, limit), limit));
      }),
    );
  });
});
