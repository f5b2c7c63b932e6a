// HAR content is attacker-controlled: a URL or evidence holding ESC sequences could rewrite the
// terminal, and bidi or zero-width characters could make text read differently than it is. The
// characters are the panel's (core/text/invisible-characters.ts); a terminal shows them as the
// escapes a developer reads in logs and JSON.
import { showInvisible } from './invisible-characters';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escaped = (char: string) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function terminalSafe(text: string): string {
  return showInvisible(text, 'one-line', escaped);
}
