// HAR content is attacker-controlled: a URL or evidence holding ESC sequences could rewrite the
// terminal, and bidi or zero-width characters could make text read differently than it is. The
// characters are the panel's (core/text/invisible-characters.ts); a terminal shows them as the
// escapes a developer reads in logs and JSON.
import { findInvisible } from '../core/text/invisible-characters';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalSafe(text: string): string {
  let shown = '';
  let cursor = 0;
  for (const { offset, codePoint } of findInvisible(text, 'one-line')) {
    const char = text[offset]!;
    shown += text.slice(cursor, offset) + (NAMED[char] ?? `\\u${codePoint.toString(16).padStart(4, '0')}`);
    cursor = offset + 1;
  }
  return shown + text.slice(cursor);
}
