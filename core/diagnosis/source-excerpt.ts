// Debug pages quote the application's source around each stack frame. Words in that code
// (comments, identifiers such as psycopg2.connect) say what the code could do, not what failed,
// so matches on those lines are not evidence.

/** Line prefixes that mark one line of quoted source code in a known debug page. */
export const SOURCE_EXCERPT_LINE_MARKERS: readonly RegExp[] = [
  // Werkzeug / Flask debugger: <pre class="line before|current|after">…</pre>
  /^\s{0,40}<pre class="line (?:before|current|after)/,
  // Django technical 500 page: <li onclick="toggle('pre…', 'post…')"><pre>…</pre></li>
  /^\s{0,40}<li onclick="toggle\(/,
  // Sinatra / Rack show-exceptions page: <li class="pre-context-line"><code>…</code></li>
  /^\s{0,40}<li class="(?:pre-context|context|post-context)-line"><code>/,
];

/** How far back to look for the start of the line; longer lines are not treated as excerpts. */
const MAX_PREFIX_CHARS = 400;

export function isInSourceExcerpt(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (offset - lineStart > MAX_PREFIX_CHARS) return false;
  const prefix = text.slice(lineStart, offset);
  return SOURCE_EXCERPT_LINE_MARKERS.some((marker) => marker.test(prefix));
}
