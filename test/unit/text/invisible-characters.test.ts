import { describe, expect, it } from 'vitest';
import { findInvisible, showInvisible } from '@/core/text/invisible-characters';

describe('invisible characters', () => {
  it.each([
    ['a bidi override that reverses a file name', 'File "/srv/app/\u202Eyp.sweiv"', 'File "/srv/app/⟦RLO⟧yp.sweiv"'],
    ['isolates and marks', '\u2066x\u2069 \u200e\u200f\u061c', '⟦LRI⟧x⟦PDI⟧ ⟦LRM⟧⟦RLM⟧⟦ALM⟧'],
    ['zero-width characters and the BOM', 'ad\u200bmin\u200c\u200d\ufeff', 'ad⟦ZWSP⟧min⟦ZWNJ⟧⟦ZWJ⟧⟦BOM⟧'],
    ['C0 and C1 controls', '\u0000\u001b[31m\u007f\u0085', '⟦NUL⟧⟦ESC⟧[31m⟦DEL⟧⟦U+0085⟧'],
    ['ordinary text of any script', 'é 例 😀 مرحبا', 'é 例 😀 مرحبا'],
  ])('marks %s', (_name, text, shown) => {
    expect(showInvisible(text)).toBe(shown);
  });

  it('keeps line breaks and tabs where text keeps its layout, and marks them on one line', () => {
    expect(showInvisible('a\n\tb\r\n', 'keep-layout')).toBe('a\n\tb\r\n');
    expect(showInvisible('a\n\tb', 'one-line')).toBe('a⟦LF⟧⟦TAB⟧b');
    expect(showInvisible('a\u2028b', 'keep-layout')).toBe('a⟦LSEP⟧b');
  });

  it('gives each character its offset, code point and label', () => {
    expect(findInvisible('ab\u202ec', 'one-line')).toEqual([{ offset: 2, codePoint: 0x202e, label: 'RLO' }]);
  });
});
