import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../../core/text/terminal-safe';

describe('terminalSafe', () => {
  it.each([
    ['plain text /var/www/app.php:12', 'plain text /var/www/app.php:12'],
    ['line1\nline2\r\n\tindented', 'line1\\nline2\\r\\n\\tindented'],
    ['\u001b[2J\u001b]0;pwned\u0007', '\\u001b[2J\\u001b]0;pwned\\u0007'],
    ['C1 \u009b31m and DEL \u007f', 'C1 \\u009b31m and DEL \\u007f'],
    ['admin\u202e\u2066txt.exe', 'admin\\u202e\\u2066txt.exe'],
    ['zero-width and BOM: a\u200bb\u200dc\ufeff', 'zero-width and BOM: a\\u200bb\\u200dc\\ufeff'],
    ['marks and isolates: \u200e\u200f\u061c\u2069', 'marks and isolates: \\u200e\\u200f\\u061c\\u2069'],
    ['unicode stays: é 例 😀', 'unicode stays: é 例 😀'],
  ])('%j → %j', (input, expected) => {
    expect(terminalSafe(input)).toBe(expected);
  });
});
