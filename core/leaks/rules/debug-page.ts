// Framework debug pages and error reporters: built for developers, they show traces, source,
// settings and request data. Each rule keys on markup or wording only that page produces.

import type { LeakRule } from '../leak-rule';
import { BODY_ONLY, headersOnly } from '../../text/text-rule';
import { FLIGHT_PAGE_CHAR, FLIGHT_RAW_CHAR, flightErrorRowHead } from './react-flight';

const DEBUG = {
  category: 'debug-page',
  severity: 'high',
  scope: BODY_ONLY,
  confidence: 0.9,
  mergeWithin: 2000,
  provesError: true,
} as const;

export const DEBUG_PAGE_RULES: readonly LeakRule[] = [
  {
    ...DEBUG,
    id: 'debug-page.werkzeug',
    title: 'Werkzeug interactive debugger',
    keywords: ['werkzeug debugger', 'the debugger caught an exception', '__debugger__'],
    pattern: /Werkzeug Debugger|The debugger caught an exception in your WSGI application|\?__debugger__=yes/,
    reach: { before: 20, after: 60 },
  },
  {
    ...DEBUG,
    id: 'debug-page.debug-setting-notice',
    // Django's technical 500/404 and Sinatra's show_exceptions share this sentence; Rack's
    // ShowExceptions middleware ends its page with a variant of it.
    title: 'Framework debug error page (debug mode on)',
    keywords: ['seeing this error because you have', 'seeing this error because you use'],
    pattern:
      /seeing this error because you (?:have\s{1,4}(?:<code>)?(?:DEBUG = True|enabled the <code>show_exceptions<\/code> setting)|use <code>Rack::ShowExceptions<\/code>)/,
    reach: { before: 20, after: 80 },
  },
  {
    ...DEBUG,
    id: 'debug-page.php-renderers',
    title: 'PHP framework debug page (Whoops / Ignition / Symfony)',
    keywords: ['whoops! there was an error', 'prettypagehandler', 'window.ignite', 'laravel-exceptions-renderer', 'symfony exception', 'sf-toolbar', 'exception-summary', 'xdebug-error', 'phpdebugbar'],
    pattern:
      /Whoops! There was an error|Whoops\\Handler\\PrettyPageHandler|window\.ignite\b|\b(?:laravel-exceptions-renderer|exception-summary|sf-toolbar|xdebug-error|phpdebugbar)\b|Symfony Exception/,
    reach: { before: 20, after: 40 },
  },
  {
    ...DEBUG,
    id: 'debug-page.rails',
    title: 'Rails development error page',
    keywords: ['action controller: exception caught', 'rails.root:', 'application trace', 'actiondispatch::'],
    pattern: /Action Controller: Exception caught|Rails\.root:|Application Trace \| Framework Trace|ActionDispatch::\w{1,60}/,
    reach: { before: 20, after: 60 },
  },
  {
    ...DEBUG,
    id: 'debug-page.aspnet',
    title: 'ASP.NET detailed error page',
    // Also IIS's detailed error page (module, handler, physical path, config file).
    keywords: ["server error in '", 'an unhandled exception occurred during the execution of the current web request', 'developerexceptionpagemiddleware', 'an unhandled exception occurred while processing the request', 'detailed error information'],
    pattern:
      /Server Error in '[^'\n]{0,200}' Application|An unhandled exception occurred (?:during the execution of the current web request|while processing the request)|DeveloperExceptionPageMiddleware|Detailed Error Information:/,
    reach: { before: 20, after: 240 },
  },
  {
    ...DEBUG,
    id: 'debug-page.express-dev',
    title: 'Express development error handler',
    // finalhandler in development escapes the stack into <pre> with <br> and &nbsp; indentation.
    keywords: ['<br> &nbsp; &nbsp;at '],
    pattern: /<br> &nbsp; &nbsp;at /,
    reach: { before: 0, after: 0 },
    confidence: 0.85,
  },
  {
    ...DEBUG,
    id: 'debug-page.nextjs-dev',
    title: 'Next.js development error page (next dev)',
    // `next dev` renders an empty page and hands the error to the browser's dev overlay. Pages
    // router: __NEXT_DATA__ of the "development" build carries `err` as Next serialises it in dev
    // only (name, source, message, stack; production sends a fixed "500 - Internal Server Error.").
    // App router: a React error row with its message (production: the digest alone), embedded
    // in the page's self.__next_f scripts, hence JSON-escaped; the bare RSC payload is no page.
    keywords: ['"buildid":"development"', ':e{\\"digest\\"', ':e{\\"name\\"', ':e{\\"message\\"'],
    pattern: new RegExp(
      String.raw`"buildId":"development"(?:,"(?:assetPrefix|nextExport|autoExport|isFallback|isExperimentalCompile)":(?:"[^"\\\n]{0,300}"|true|false)|,"runtimeConfig":\{[^{}<\n]{0,1000}\}|,"dynamicIds":\[[^\]<\n]{0,1000}\]){0,8},(?<evidence>"err":\{"name":"${FLIGHT_RAW_CHAR}{0,200}","source":"[\w-]{1,30}","message":")|${flightErrorRowHead(String.raw`\\"`, FLIGHT_PAGE_CHAR)}`,
    ),
    reach: { before: 0, after: 5000 },
    // The error's name and message.
    extendToLineEnd: 300,
    // The markers sit in a <script> of every such page.
    context: { quotedInPage: 1 },
  },
  {
    ...DEBUG,
    id: 'debug-page.vite-dev-error',
    title: 'Vite dev server error page (error overlay)',
    // Vite answers an error with a page that opens its overlay on the error inlined in it; Astro's dev
    // server with a shell holding only the error's name and Vite's client, which fetches the overlay
    // (stack, code frame, file) over the dev server's websocket. Both are sent as a 500 only; a dev
    // page loads /@vite/client before its <title>, never straight after it.
    keywords: ['{ erroroverlay } = await import(', '</title><script type="module" src="'],
    pattern:
      /const \{ ErrorOverlay \} = await import\(|<title>[^<\n]{1,200}<\/title><script type="module" src="(?:\/[\w.-]{1,60}){0,4}\/@vite\/client"><\/script>/,
    reach: { before: 220, after: 120 },
    context: { success: 0, clientError: 0 },
  },
  {
    ...DEBUG,
    id: 'debug-page.nuxt-dev-overlay',
    title: 'Nuxt development error overlay',
    // `nuxi dev` appends <nuxt-error-overlay> and its script to an error page: an iframe with Youch's
    // page of the error (every frame with its source, the request's headers).
    keywords: ['<nuxt-error-overlay>'],
    pattern: /<nuxt-error-overlay>/,
    reach: { before: 0, after: 0 },
  },
  {
    ...DEBUG,
    id: 'debug-page.react-router-dev-boundary',
    title: 'React Router / Remix default error boundary with stack (development)',
    // With no ErrorBoundary of the app's own, React Router 7 (and Remix 2 before it) renders
    // <h1>Application Error</h1> and a red <pre> holding error.stack. In production the error is
    // sanitized first and the <pre> stays empty, so only a stack's first frame line proves dev mode.
    keywords: ['application error</h1><pre style="'],
    pattern:
      /<h1[^<>]{0,60}>Application Error<\/h1><pre style="[^"<>]{0,120}hsla\(10, ?50%, ?50%, ?0\.1\)[^"<>]{0,120}">(?<evidence>[^<\n]{1,300}\n {4}at [^<\n]{1,300})/,
    reach: { before: 70, after: 880 },
  },
  {
    ...DEBUG,
    id: 'debug-page.sinatra-not-found',
    title: 'Sinatra development 404 page',
    // Development mode's not_found page: the "ditty" heading, Sinatra's 404 image and a route to add
    // to the app's file and class. Quoted in prose it has no <h2>, nor the image's URL.
    keywords: ['<h2>sinatra doesn', '/__sinatra__/404.png'],
    pattern: /<h2>Sinatra doesn(?:’|'|&#8217;|&rsquo;|&#x2019;)t know this ditty\.<\/h2>|src=['"][^'"\s<>]{0,200}\/__sinatra__\/404\.png['"]/,
    reach: { before: 210, after: 40 },
  },
  {
    ...DEBUG,
    id: 'debug-page.spring-whitelabel-trace',
    title: 'Spring Boot Whitelabel page with stack trace',
    keywords: ["white-space:pre-wrap;'>"],
    pattern: /white-space:pre-wrap;'>[^<\n']{0,200}(?:Exception|Error)\b/,
    reach: { before: 0, after: 230 },
  },
  {
    ...DEBUG,
    id: 'debug-page.python-framework-traceback',
    title: 'Traceback page of a Python framework in debug mode',
    // Starlette's (FastAPI's) debug=True page; aiohttp's 500 with the loop in debug mode, as HTML
    // or text; Bottle's debug page; CherryPy's default error page; Quart's debug page, which shows
    // each frame's local variables.
    keywords: ['<title>starlette debugger</title>', '<h2>traceback:</h2>', '<pre id="traceback">', 'traceback (most recent call last)', '<div class="locals">'],
    pattern:
      /<title>Starlette Debugger<\/title>|<h2>Traceback:<\/h2>\s{0,20}<pre>|<pre id="traceback">Traceback \(most recent call last\)|500 Internal Server Error\n\nTraceback \(most recent call last\)|<\/div>\s{0,40}<div class="locals">\s{0,40}<div>\s{0,40}<div>[\w.]{1,100}<\/div>/,
    reach: { before: 60, after: 200 },
  },
  {
    ...DEBUG,
    id: 'debug-page.python-framework-traceback-text',
    title: 'Traceback page of a Python framework in debug mode',
    // Tornado's serve_traceback and Starlette's debug answer to a non-HTML request send the bare
    // traceback, which then starts in the framework's own dispatcher: an app's format_exc() starts
    // where its try block was.
    keywords: ['/tornado/web.py", line ', '/starlette/middleware/errors.py", line '],
    pattern: /^Traceback \(most recent call last\):\n {2}File "[^"\n]{1,300}\/(?:tornado\/web|starlette\/middleware\/errors)\.py", line \d{1,6}, in (?:_execute|__call__)\n/,
    accept: (match, { response }) => response.body?.startsWith(match[0]) === true,
    reach: { before: 340, after: 40 },
  },
  {
    ...DEBUG,
    id: 'debug-page.perl-framework-development',
    title: 'Perl framework development error page',
    // Dancer2 with show_stacktrace (Stack, Settings and Environment panes); Mojolicious in development mode.
    keywords: ['<div class="title">stack</div>', '<div class="title">settings</div>', '<div class="title">environment</div>', 'this application is in <b>development</b> mode'],
    pattern: /<div class="title">(?:Stack|Settings|Environment)<\/div><pre class="content">|This application is in <b>development<\/b> mode and will show internal information/,
    reach: { before: 10, after: 60 },
  },
  {
    ...DEBUG,
    id: 'debug-page.servlet-container',
    title: 'Servlet container error report (Tomcat / Jetty)',
    // Jetty lists the exception chain in a "CAUSED BY:" table row with its stacks off too: only the
    // "Caused by:" heading over a trace is the report.
    keywords: ['exception report', 'root cause', 'caused by:</h3>'],
    pattern: /<b>Type<\/b> Exception Report|<b>Root Cause<\/b>|Caused by:<\/h3>/i,
    reach: { before: 20, after: 20 },
  },
  {
    ...DEBUG,
    id: 'debug-page.django-debug-toolbar',
    title: 'Debug toolbar',
    keywords: ['djdebug'],
    pattern: /id="djDebug"/,
    reach: { before: 4, after: 4 },
  },
  {
    ...DEBUG,
    id: 'debug-page.symfony-profiler-header',
    title: 'Symfony profiler enabled',
    keywords: [],
    pattern: /\S{1,300}/,
    reach: { before: 0, after: 0 },
    scope: headersOnly('x-debug-token', 'x-debug-token-link'),
  },
];
