import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuotedRegions } from '../../../core/leaks/quoted-regions';
import { responseKind } from '../../../core/leaks/response-kind';
import { maskSecret, shannonEntropy } from '../../../core/leaks/text-measures';
import { LineLocator } from '../../../core/leaks/text-position';

describe('shannonEntropy', () => {
  /** The textbook definition, per code point over UTF-16 length, summed in order of first appearance. */
  function reference(text: string): number {
    if (text.length === 0) return 0;
    const counts = new Map<string, number>();
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    let entropy = 0;
    for (const count of counts.values()) entropy -= (count / text.length) * Math.log2(count / text.length);
    return entropy;
  }

  it('gives exactly the textbook value, for ASCII, any Unicode and lone surrogates, call after call', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => shannonEntropy(text) === reference(text)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => shannonEntropy(text) === reference(text)), { numRuns: 2000 });
    expect(shannonEntropy('\uD800a\uDC00')).toBe(reference('\uD800a\uDC00'));
  });
});

describe('LineLocator', () => {
  it('gives 1-based line and column for ascending offsets', () => {
    const locator = new LineLocator('ab\ncd\n\nef');
    expect([0, 1, 3, 6, 7, 8].map((offset) => locator.locate(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});

describe('QuotedRegions', () => {
  it('knows which offsets sit inside nested quoting elements', () => {
    const regions = new QuotedRegions();
    regions.open(10); // <pre>
    regions.open(15); // <code>
    regions.close(30); // </code>
    regions.close(40); // </pre>
    regions.close(45); // stray </pre>
    regions.open(60); // unclosed <script>
    expect([5, 10, 20, 35, 40, 50, 70].map((offset) => regions.contains(offset))).toEqual([false, true, true, true, false, false, true]);
  });
});

describe('responseKind', () => {
  it.each([
    ['https://x.example/app.js', 'application/javascript', 'script'],
    ['https://x.example/app.js', 'text/html', 'html'],
    ['https://x.example/app.js.map', 'application/json', 'source-map'],
    ['https://x.example/api', 'application/problem+json', 'json'],
    ['https://x.example/README.md', 'text/plain', 'markdown'],
    ['https://x.example/style', 'text/css; charset=utf-8', 'style'],
    ['https://x.example/', 'text/plain', 'text'],
    ['not a url', '', 'other'],
  ])('%s as %s is %s', (url, mimeType, kind) => {
    expect(responseKind(url, mimeType)).toBe(kind);
  });

  it('reads a body sent with no type as a browser would: a page when it starts like one', () => {
    const page = '\n   <!DOCTYPE html>\n<html><title>Error</title>';
    expect(responseKind('https://x.example/src/main.jsx', '', page)).toBe('html');
    expect(responseKind('https://x.example/src/main.jsx', 'x-unknown', '<HTML>\n<p>failed')).toBe('html');
    // Firefox's DevTools (153) name a missing type by its internal placeholder.
    expect(responseKind('https://x.example/src/main.jsx', 'application/x-unknown-content-type', page)).toBe('html');
    expect(responseKind('https://x.example/src/main.jsx', '', 'export const a = "<html>";')).toBe('script');
    expect(responseKind('https://x.example/src/main.jsx', '', '<htmlish>')).toBe('script');
    // A declared type is the server's word: no sniffing.
    expect(responseKind('https://x.example/src/main.jsx', 'application/javascript', page)).toBe('script');
  });
});

describe('text measures', () => {
  it('scores random keys above words', () => {
    expect(shannonEntropy('u7Wq2Zk9Lx4Pd8Rt1Vb6Nc3Hy5Jm0Fs2Gk8Qe4Tw')).toBeGreaterThan(4);
    expect(shannonEntropy('aaaaaaaaaaaa')).toBe(0);
    expect(shannonEntropy('password')).toBeLessThan(3);
  });

  it('masks all but a short prefix', () => {
    expect(maskSecret('AKIA4MTWJQ3ZR6Y2P7NB')).toBe('AKIA****');
    expect(maskSecret('hunter2')).toBe('hu****');
    expect(maskSecret('ab')).toBe('****');
  });
});
