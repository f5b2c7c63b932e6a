// Response text is attacker-controlled: bidi controls can make a path read differently than its
// bytes, zero-width characters can hide inside a name, and C0/C1 controls can rewrite a terminal.
// Everywhere such text is drawn (panel and CLI), each of these characters is shown as a visible,
// distinct marker instead, as code editors do. One character class, so matching is linear.

/** Line breaks and tabs are kept where text keeps its layout (a body); everything else is marked. */
const INVISIBLE_IN_LAYOUT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
/** On one line (a URL, a header value, a terminal line) line breaks and tabs are marked too. */
const INVISIBLE_ON_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const NAMES: Record<number, string> = {
  0x00: 'NUL', 0x07: 'BEL', 0x08: 'BS', 0x09: 'TAB', 0x0a: 'LF', 0x0b: 'VT', 0x0c: 'FF', 0x0d: 'CR', 0x1b: 'ESC', 0x7f: 'DEL',
  0x061c: 'ALM', 0x200b: 'ZWSP', 0x200c: 'ZWNJ', 0x200d: 'ZWJ', 0x200e: 'LRM', 0x200f: 'RLM',
  0x2028: 'LSEP', 0x2029: 'PSEP', 0x202a: 'LRE', 0x202b: 'RLE', 0x202c: 'PDF', 0x202d: 'LRO', 0x202e: 'RLO',
  0x2060: 'WJ', 0x2066: 'LRI', 0x2067: 'RLI', 0x2068: 'FSI', 0x2069: 'PDI', 0xfeff: 'BOM',
};

export interface InvisibleCharacter {
  /** Where it stands in the text. */
  offset: number;
  codePoint: number;
  /** A short visible name: RLO, ZWSP, NUL, or U+XXXX. */
  label: string;
}

export type Layout = 'keep-layout' | 'one-line';

export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function invisibleLabel(codePoint: number): string {
  return NAMES[codePoint] ?? codePointLabel(codePoint);
}

function pattern(layout: Layout): RegExp {
  const source = layout === 'keep-layout' ? INVISIBLE_IN_LAYOUT : INVISIBLE_ON_ONE_LINE;
  return new RegExp(source.source, 'g');
}

/** Every invisible character of `text`, in order. */
export function findInvisible(text: string, layout: Layout): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  for (const match of text.matchAll(pattern(layout))) {
    const codePoint = match[0].charCodeAt(0);
    found.push({ offset: match.index, codePoint, label: invisibleLabel(codePoint) });
  }
  return found;
}

const bracketed = (char: string) => `⟦${invisibleLabel(char.charCodeAt(0))}⟧`;

/** The text with each invisible character replaced by `marker` of it; by default its label in brackets, e.g. `⟦RLO⟧`. */
export function showInvisible(text: string, layout: Layout = 'one-line', marker: (char: string) => string = bracketed): string {
  return text.replace(pattern(layout), marker);
}
