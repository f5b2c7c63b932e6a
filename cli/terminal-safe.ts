// HAR content is attacker-controlled: a URL or evidence holding ESC sequences could rewrite the
// terminal, and bidi controls could make text read differently than it is. Show them as escapes.
// One character class, so matching is linear whatever the input.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
