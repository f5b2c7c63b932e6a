// Stack traces: frames name files, lines, functions and libraries of the server. Frames of one trace
// are merged into one finding by mergeWithin.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY } from '../../text/text-rule';
import { FLIGHT_PAGE_CHAR, FLIGHT_RAW_CHAR, flightErrorRowHead } from './react-flight';

const TRACE = { category: 'stack-trace', severity: 'high', scope: BODY_ONLY, mergeWithin: 400, provesError: true } as const;

// A frame's name or URL in a React error row (react-flight.ts): never a quote, and backslashes
// (Windows paths, escaped once or twice) only before another character.
const FLIGHT_FRAME_CHAR = String.raw`(?:[^"\\\n]|\\{1,4}[^"\\\n])`;

export const STACK_TRACE_RULES: readonly LeakRule[] = [
  {
    ...TRACE,
    id: 'stack-trace.python-header',
    title: 'Python traceback',
    keywords: ['traceback (most recent call last)'],
    pattern: /Traceback \(most recent call last\):?/,
    reach: { before: 0, after: 0 },
    confidence: 0.85,
  },
  {
    ...TRACE,
    id: 'stack-trace.python-frame',
    title: 'Python traceback',
    // Also inside JSON strings (\"), and HTML-escaped (&#34; / &quot;) as debug pages print it.
    keywords: ['", line ', '&#34;, line ', '&quot;, line '],
    pattern:
      /File (?:\\?"|&#34;|&quot;)(?:[^"&\\\n]|&(?!#34;|quot;)|\\\\){1,300}(?:\\?"|&#34;|&quot;), line \d{1,7}(?:, in [^\n<\\]{1,200})?/,
    reach: { before: 310, after: 220 },
    confidence: 0.8,
  },
  {
    ...TRACE,
    id: 'stack-trace.jvm-frame',
    title: 'Java/JVM stack trace',
    keywords: ['.java:', '.kt:', '.scala:', '.groovy:', '(native method)', '(unknown source)'],
    // "at " in JVM output (after a JSON-escaped tab: \tat); a bare tab-indented frame in Tomcat's
    // report, which escapes / as &#47;.
    pattern:
      /(?:\bat |\\tat |^\t)(?:[\w$.<>/-]|&#47;|&lt;|&gt;){1,300}\((?:[\w$.-]{1,200}\.(?:java|kt|scala|groovy):\d{1,7}|Native Method|Unknown Source)\)/m,
    reach: { before: 320, after: 30 },
    confidence: 0.85,
  },
  {
    ...TRACE,
    id: 'stack-trace.jvm-cause',
    title: 'Java/JVM stack trace',
    keywords: ['caused by: ', 'exception in thread "'],
    pattern: /(?:Caused by: |Exception in thread "[^"\n]{1,100}" )[\w$.]{1,200}(?:Exception|Error)\b/,
    reach: { before: 0, after: 320 },
    confidence: 0.75,
  },
  {
    ...TRACE,
    id: 'stack-trace.dotnet-frame',
    title: '.NET stack trace',
    keywords: [':line ', 'at system.', 'at microsoft.', '--- end of stack trace'],
    pattern:
      /\bat [\w.`<>[\]|,+]{1,300}\([^()\n]{0,300}\)(?: in [^\n]{1,300}:line \d{1,7})?|--- End of (?:inner exception )?stack trace[^\n]{0,60}---/,
    reach: { before: 640, after: 80 },
    confidence: 0.8,
  },
  {
    ...TRACE,
    id: 'stack-trace.dotnet-ysod-frame',
    title: '.NET stack trace',
    // The classic ASP.NET error page prints frames without "at", ending in an IL offset: `X.Y(Int32 id) +146`.
    keywords: [') +'],
    pattern: /^[ \t]{0,8}[\w.`<>[\]|,]{1,300}\([^()\n]{0,300}\)(?: in (?:[A-Za-z]:)?[^\n:]{1,300}:\d{1,7})? \+\d{1,7}\r?$/m,
    reach: { before: 640, after: 12 },
    confidence: 0.75,
  },
  {
    ...TRACE,
    id: 'stack-trace.v8-frame',
    title: 'Node.js stack trace',
    keywords: ['.js:', '.mjs:', '.cjs:', '.ts:', '.tsx:', '.jsx:', '(node:', 'at node:'],
    // Paths, file: and node: URLs, and the webpack-internal:///(layer)/./module URLs of bundled dev servers (next dev).
    // A frame may follow a JSON-escaped newline with no indent (Nuxt's error.stack in __NUXT_DATA__: "…\nat fn (…)").
    // The literal comes first and the lookbehind after it, so the engine still scans for "at " quickly.
    pattern:
      /at (?<=(?:^|\W|\\n)at )(?:async )?(?:new )?(?:[\w$.<>[\]-]{1,200}(?: \[as [\w$]{1,100}\])? \()?(?:file:\/\/|node:|[A-Za-z]:\\|\/|webpack-internal:\/\/\/(?:\([\w-]{1,40}\)\/)?)[^\s():]{0,300}:\d{1,7}:\d{1,7}\)?/,
    reach: { before: 540, after: 30 },
    confidence: 0.8,
  },
  {
    ...TRACE,
    id: 'stack-trace.react-flight-error',
    title: 'Server component stack trace (React Server Components)',
    keywords: [':e{"digest"', ':e{"name"', ':e{"message"', ':e{\\"digest\\"', ':e{\\"name\\"', ':e{\\"message\\"'],
    // The stack follows the message: frames as arrays [function, module URL, line, column, …].
    pattern: new RegExp(
      String.raw`(?:${flightErrorRowHead('"', FLIGHT_RAW_CHAR)}|${flightErrorRowHead(String.raw`\\"`, FLIGHT_PAGE_CHAR)})(?<evidence>\\?"stack\\?":\[\[\\?"${FLIGHT_FRAME_CHAR}{0,300}\\?",\\?"${FLIGHT_FRAME_CHAR}{1,500}\\?",\d{1,7},\d{1,7})`,
    ),
    reach: { before: 0, after: 5000 },
    // The rest of the row: the other frames.
    extendToLineEnd: 400,
    confidence: 0.85,
    // Only React writes these rows, and in a page they always sit in a <script>.
    context: { quotedInPage: 1 },
  },
  {
    ...TRACE,
    id: 'stack-trace.php-frames',
    title: 'PHP stack trace',
    keywords: ['stack trace:', '{main}', '[internal function]', '.php('],
    pattern: /Stack trace:|#\d{1,4} (?:\/|[A-Za-z]:\\|\[internal function\]|\{main\})[^\n<]{0,300}/,
    reach: { before: 310, after: 310 },
    confidence: 0.8,
  },
  {
    ...TRACE,
    id: 'stack-trace.ruby-frame',
    title: 'Ruby backtrace',
    keywords: ['.rb:'],
    // Starts only where a path can start, so no run of path characters is searched twice.
    // The closing quote may be HTML-escaped (&#39;) in Rails' and Rack's pages.
    pattern: /(?<![^\s'"<>(])[^\s:'"<>(]{1,300}\.rb:\d{1,7}:in [`'](?:[^'&\n]|&(?!#39;)){1,200}(?:'|&#39;)/,
    reach: { before: 310, after: 220 },
    confidence: 0.8,
  },
  {
    ...TRACE,
    id: 'stack-trace.html-frame-list',
    title: 'Stack trace (HTML backtrace)',
    // Sinatra renders each frame as <li class="frame-info app|framework">, Rack::ShowExceptions as
    // <ul class="traceback"><li class="frame">, Rails as <a class="trace-frames …">, Starlette as
    // <p class="frame-title">File <span class="frame-filename">; Symfony wraps its trace in
    // class="trace trace-as-html|text".
    // Quart's debug page as File <span class="info">…</span>, line <span class="info">N</span>.
    keywords: ['class="frame-info', 'class="trace trace-as-', 'class="trace-frames', '<ul class="traceback">', 'file <span class="frame-filename">', 'file <span class="info">'],
    pattern:
      /<li class="frame-info(?: [\w-]{1,20})?">|class="trace trace-as-(?:html|text)"|<a class="trace-frames[ "]|<ul class="traceback">\s{0,20}<li class="frame">|<p class="frame-title">File <span class="frame-filename">|File <span class="info">[^<\n]{1,300}<\/span>,\s{1,20}line <span class="info">\d{1,7}<\/span>/,
    reach: { before: 30, after: 400 },
    mergeWithin: 3000,
    confidence: 0.85,
  },
  {
    ...TRACE,
    id: 'stack-trace.json-frames',
    title: 'Stack trace (frames as JSON)',
    // PHP's getTrace() through json_encode (Laravel's and many APIs' debug JSON): {"file":…,"line":N,"function":…}.
    keywords: ['"function":"', '"function": "'],
    pattern: /\{\s{0,8}"file":\s?"[^"\n]{1,400}",\s{0,8}"line":\s?\d{1,7},\s{0,8}"function":\s?"[^"\n]{1,200}"/,
    reach: { before: 460, after: 240 },
    confidence: 0.85,
  },
  {
    ...TRACE,
    id: 'stack-trace.perl-frames',
    title: 'Perl stack trace',
    // Dancer2's Stack pane ("Plack::Runner in /usr/share/perl5/Plack/Runner.pm l. 279") and Carp's
    // confess/cluck lines ("… called at /srv/app/lib/Shop.pm line 12").
    keywords: [' l. ', 'called at '],
    pattern: /(?<![\w:])[A-Za-z_][\w:]{0,200} in (?:\/|[A-Za-z]:\\)[^\s<>"]{1,300} l\. \d{1,7}(?!\d)|\bcalled at (?:\/|[A-Za-z]:\\)[^\s<>"]{1,300} line \d{1,7}(?!\d)/,
    reach: { before: 220, after: 330 },
    confidence: 0.85,
  },
  {
    ...TRACE,
    id: 'stack-trace.go-goroutine',
    title: 'Go panic / goroutine dump',
    keywords: ['goroutine ', '.go:'],
    pattern: /goroutine \d{1,10} \[[\w ,.-]{1,60}\]:|(?<![^\s<>"'])[^\s<>"':]{1,300}\.go:\d{1,7} \+0x[\da-f]{1,16}/,
    reach: { before: 310, after: 80 },
    confidence: 0.85,
  },
];
