// How a response shows who wrote its leak. Two kinds of marker, both plain lowercase substrings:
// - a page marker names the producer of the whole error output (a framework's debug page, PHP's
//   display_errors lines, a default JSON error handler); it claims the body findings of the
//   categories it lists.
// - an evidence marker names the product in one finding's own evidence (a Server header, an error
//   page's signature line); it wins over the page, since a proxy's banner is not the app's.
// Markers are wording or markup only that producer emits, checked on real captures of each
// (test/unit/fixes/advise-fixes.test.ts). A response none of them matches gets no fix: we say the
// origin is unknown rather than guess.
import type { LeakCategory } from '../leaks/leak-finding';
import type { FixId } from './fix-catalogue';

export interface PageMarker {
  fix: FixId;
  /** Any one of these in the lowercased body. */
  bodyHas?: readonly string[];
  /** A response header whose lowercased value starts with `valueStarts` ('' for any value). */
  header?: { name: string; valueStarts: string };
  /** One of the response's findings has this rule: a rule that only this producer's page trips. */
  findingRule?: string;
  /** A JSON body whose keys come in this order: the shape a framework's default handler writes. */
  jsonKeysInOrder?: readonly string[];
  /** The body findings it accounts for; 'all' for debug pages, which are the leak as a whole. */
  covers: 'all' | readonly LeakCategory[];
}

export interface EvidenceMarker {
  fix: FixId;
  /** The finding's rule ids this marker may claim. */
  rules: readonly string[];
  /** In the lowercased evidence, or for a header finding in the header's whole value. */
  evidenceHas: string;
}

/** What an application's error output carries when it is not a debug page. */
const ERROR_OUTPUT: readonly LeakCategory[] = ['stack-trace', 'file-path', 'database-error', 'internal-address', 'source-code', 'version-disclosure'];

/** What a dev server writes into every page it serves, error or not: module paths, versions, traces. */
const DEV_SERVER_OUTPUT: readonly LeakCategory[] = ['file-path', 'version-disclosure', 'stack-trace', 'source-code'];

/** A debug page's findings but its footer's version, which stays when the page's details go. */
const DEBUG_DETAILS: readonly LeakCategory[] = ['debug-page', 'stack-trace', 'file-path', 'database-error', 'internal-address', 'source-code', 'environment-dump', 'secret'];

/** First match wins: the most specific page first. */
export const PAGE_MARKERS: readonly PageMarker[] = [
  { fix: 'werkzeug-debugger', bodyHas: ['werkzeug debugger', 'the debugger caught an exception in your wsgi application'], covers: 'all' },
  { fix: 'django-debug', bodyHas: ['because you have <code>debug = true</code>', 'because you have debug = true in your'], covers: 'all' },
  { fix: 'rails-local-requests', bodyHas: ['action controller: exception caught'], covers: 'all' },
  // The same page as text, for an XHR: "Rails.root: …" heads its traces.
  { fix: 'rails-local-requests', bodyHas: ['\nrails.root: '], header: { name: 'content-type', valueStarts: 'text/plain' }, covers: 'all' },
  // DebugExceptions' API format: {"status":…,"error":…,"exception":"#<…>","traces":{"Application Trace":[…],…}}, or the same hash as XML.
  { fix: 'rails-debug-exceptions-api', bodyHas: ['"application trace":['], jsonKeysInOrder: ['status', 'error', 'exception', 'traces'], covers: 'all' },
  { fix: 'rails-debug-exceptions-api', bodyHas: ['<application-trace type="array">'], covers: 'all' },
  { fix: 'sinatra-show-exceptions', bodyHas: ['enabled the <code>show_exceptions</code> setting'], covers: 'all' },
  // The development environment's not_found page ("Sinatra doesn’t know this ditty.").
  { fix: 'sinatra-development-mode', findingRule: 'debug-page.sinatra-not-found', covers: 'all' },
  // Python and Perl frameworks' debug pages, each known by its own markup or frames.
  { fix: 'starlette-debug', bodyHas: ['<title>starlette debugger</title>'], findingRule: 'debug-page.python-framework-traceback', covers: 'all' },
  { fix: 'starlette-debug', bodyHas: ['/starlette/middleware/errors.py"'], findingRule: 'debug-page.python-framework-traceback-text', covers: 'all' },
  { fix: 'tornado-serve-traceback', bodyHas: ['/tornado/web.py"'], findingRule: 'debug-page.python-framework-traceback-text', covers: 'all' },
  { fix: 'aiohttp-asyncio-debug', bodyHas: ['/aiohttp/web_protocol.py'], findingRule: 'debug-page.python-framework-traceback', covers: 'all' },
  { fix: 'bottle-debug', bodyHas: ['<h2>exception:</h2>'], findingRule: 'debug-page.python-framework-traceback', covers: 'all' },
  { fix: 'cherrypy-show-tracebacks', bodyHas: ['<pre id="traceback">traceback'], covers: 'all' },
  { fix: 'dancer2-show-stacktrace', bodyHas: ['<div class="title">stack</div><pre class="content">'], covers: DEBUG_DETAILS },
  { fix: 'mojolicious-production-mode', bodyHas: ['this application is in <b>development</b> mode'], covers: 'all' },
  { fix: 'rack-show-exceptions', bodyHas: ['because you use <code>rack::showexceptions</code>'], covers: 'all' },
  { fix: 'jetty-show-stacks', bodyHas: ['powered by jetty://'], findingRule: 'debug-page.servlet-container', covers: DEBUG_DETAILS },
  { fix: 'symfony-debug', header: { name: 'x-debug-exception', valueStarts: '' }, covers: 'all' },
  { fix: 'symfony-debug', bodyHas: ['class="exception-summary'], covers: 'all' },
  { fix: 'php-phpinfo', bodyHas: ['phpinfo()</title>'], covers: 'all' },
  { fix: 'tomcat-error-report', bodyHas: ['<b>type</b> exception report'], covers: 'all' },
  { fix: 'spring-boot-error-attributes', bodyHas: ['whitelabel error page'], covers: 'all' },
  { fix: 'spring-boot-error-attributes', jsonKeysInOrder: ['timestamp', 'status', 'error', 'trace'], covers: ERROR_OUTPUT },
  { fix: 'spring-boot-actuator-exposure', jsonKeysInOrder: ['activeProfiles', 'propertySources'], covers: 'all' },
  { fix: 'aspnet-custom-errors', bodyHas: ["server error in '/' application", 'server error in \'/'], covers: 'all' },
  { fix: 'aspnet-core-exception-handler', header: { name: 'content-type', valueStarts: 'application/problem+json' }, covers: ERROR_OUTPUT },
  { fix: 'php-display-errors', bodyHas: ['<b>fatal error</b>:', '<b>warning</b>:', '<b>parse error</b>:', '<b>notice</b>:', '<b>deprecated</b>:'], covers: ERROR_OUTPUT },
  { fix: 'go-handler-error', bodyHas: ['goroutine 1 [running]', '[running]:\nruntime/debug.stack()'], covers: ERROR_OUTPUT },
  // Go's net error wording ("dial tcp 10.0.0.5:5432: connect: connection refused") in a text body
  // written by http.Error, which alone sets this pair of headers.
  { fix: 'go-handler-error', bodyHas: ['dial tcp ', 'dial udp '], header: { name: 'x-content-type-options', valueStarts: 'nosniff' }, covers: ERROR_OUTPUT },
  // Boom's payload has the keys of Fastify's below, in the same order; hapi sends no-cache on every
  // response (Fastify sends no Cache-Control), and its frames name it.
  { fix: 'hapi-boom', jsonKeysInOrder: ['statusCode', 'error', 'message'], header: { name: 'cache-control', valueStarts: 'no-cache' }, covers: ERROR_OUTPUT },
  { fix: 'hapi-boom', bodyHas: ['/node_modules/@hapi/'], covers: ERROR_OUTPUT },
  // Fastify's default error handler: {"statusCode":500,["code":…,]"error":"…","message":"…"}.
  { fix: 'fastify-error-handler', jsonKeysInOrder: ['statusCode', 'error', 'message'], covers: ERROR_OUTPUT },
  // strong-error-handler (LoopBack's error writer): {"error":{"statusCode":…,"name":…,"message":…}}, or its page with LoopBack's frames.
  { fix: 'loopback-error-writer', bodyHas: ['{"error":{"statuscode":', '/node_modules/@loopback/'], covers: ERROR_OUTPUT },
  // A FeathersError as its handler serialises it: {"name":…,"message":…,"code":500,"className":…}.
  { fix: 'feathers-errors', jsonKeysInOrder: ['name', 'message', 'code', 'className'], covers: ERROR_OUTPUT },
  { fix: 'restify-errors', jsonKeysInOrder: ['code', 'message'], header: { name: 'server', valueStarts: 'restify' }, covers: ERROR_OUTPUT },
  // next dev's pages carry its development build id beside the error it embeds.
  { fix: 'nextjs-production-build', bodyHas: ['"buildid":"development"'], header: { name: 'x-powered-by', valueStarts: 'next.js' }, covers: 'all' },
  // App router: the error row with its message (production sends the digest alone) in the page…
  { fix: 'nextjs-production-build', findingRule: 'debug-page.nextjs-dev', header: { name: 'x-powered-by', valueStarts: 'next.js' }, covers: 'all' },
  // …or in the bare RSC payload, with its stack: React writes that in development only; the Vary is Next's.
  { fix: 'nextjs-production-build', findingRule: 'stack-trace.react-flight-error', header: { name: 'vary', valueStarts: 'rsc, next-router-state-tree' }, covers: ERROR_OUTPUT },
  // nuxi dev's error page: <nuxt-error-overlay> holds Youch's report of the error.
  { fix: 'nuxt-production-build', bodyHas: ['<nuxt-error-overlay>'], covers: 'all' },
  // Nitro's error JSON, which has the stack only in development.
  { fix: 'nuxt-production-build', jsonKeysInOrder: ['error', 'url', 'statusCode', 'statusMessage', 'message', 'stack'], covers: ERROR_OUTPUT },
  // Any nuxi dev page loads Vite's client under Nuxt's asset dir.
  { fix: 'nuxt-production-build', bodyHas: ['src="/_nuxt/@vite/client"'], covers: DEV_SERVER_OUTPUT },
  // React Router's default error boundary with a stack, which it renders outside production mode only…
  { fix: 'react-router-production-build', findingRule: 'debug-page.react-router-dev-boundary', covers: 'all' },
  // …the same error in a single-fetch (.data) turbo-stream, whose SanitizedError has a stack outside production only…
  { fix: 'react-router-production-build', findingRule: 'stack-trace.v8-frame', bodyHas: ['["sanitizederror",'], header: { name: 'x-remix-response', valueStarts: 'yes' }, covers: ERROR_OUTPUT },
  // …and every react-router dev page imports its HMR runtime.
  { fix: 'react-router-production-build', bodyHas: ['virtual:react-router/inject-hmr-runtime'], covers: DEV_SERVER_OUTPUT },
  // astro dev answers an error with this shell alone (the overlay comes over the websocket)…
  { fix: 'astro-production-build', findingRule: 'debug-page.vite-dev-error', bodyHas: ['</title><script type="module" src="/@vite/client"></script>'], covers: 'all' },
  // …and inlines its dev toolbar's settings, or marks elements with their source file, in every page.
  { fix: 'astro-production-build', bodyHas: ['window.__astro_dev_toolbar__ = {'], covers: DEV_SERVER_OUTPUT },
  { fix: 'astro-production-build', findingRule: 'file-path.astro-source-attribute', covers: DEV_SERVER_OUTPUT },
  // SvelteKit names its page global __sveltekit_dev under vite dev (__sveltekit_<hash> once built).
  { fix: 'sveltekit-production-build', bodyHas: ['__sveltekit_dev = {'], covers: DEV_SERVER_OUTPUT },
  // Vite's own error page, which opens its overlay on the error inlined in it (frameworks on Vite
  // whose pages say so are matched above)…
  { fix: 'vite-production-build', findingRule: 'debug-page.vite-dev-error', bodyHas: ['const { erroroverlay } = await import("/@vite/client")'], covers: 'all' },
  // …and a module served by vite dev with @vitejs/plugin-react, which imports its refresh runtime.
  { fix: 'vite-production-build', findingRule: 'file-path.jsx-dev-file-name', bodyHas: ['"/@react-refresh"'], covers: DEV_SERVER_OUTPUT },
  { fix: 'nestjs-exception-filter', bodyHas: ['/node_modules/@nestjs/'], covers: ERROR_OUTPUT },
  // An HttpException's own body ({"message":…,"error":"Conflict","statusCode":409}), made from the error's text.
  { fix: 'nestjs-exception-filter', jsonKeysInOrder: ['message', 'error', 'statusCode'], covers: ERROR_OUTPUT },
  // finalhandler's development page: the stack as <pre> lines; X-Powered-By may be switched off.
  { fix: 'express-error-handler', findingRule: 'debug-page.express-dev', covers: 'all' },
  { fix: 'express-error-handler', header: { name: 'x-powered-by', valueStarts: 'express' }, covers: ERROR_OUTPUT },
];

const BANNERS = ['version-disclosure.server-banner-header', 'version-disclosure.spaced-banner-header', 'version-disclosure.error-page-footer'];
const SERVER_HEADER = ['version-disclosure.server-banner-header', 'version-disclosure.spaced-banner-header'];

/** Checked in order; the first whose text is in the evidence wins (Tomcat before Apache). */
export const EVIDENCE_MARKERS: readonly EvidenceMarker[] = [
  { fix: 'tomcat-error-report', rules: BANNERS, evidenceHas: 'apache tomcat/' },
  { fix: 'nginx-server-tokens', rules: BANNERS, evidenceHas: 'nginx/' },
  { fix: 'apache-server-tokens', rules: BANNERS, evidenceHas: 'apache/' },
  { fix: 'php-expose-php', rules: BANNERS, evidenceHas: 'php/' },
  // Their Server header also names the Python version ("Werkzeug/2.2.2 Python/3.11.2").
  { fix: 'werkzeug-dev-server', rules: BANNERS, evidenceHas: 'werkzeug/' },
  { fix: 'python-wsgiref', rules: BANNERS, evidenceHas: 'wsgiserver/' },
  { fix: 'webrick-server-header', rules: BANNERS, evidenceHas: 'webrick/' },
  { fix: 'tornado-server-header', rules: SERVER_HEADER, evidenceHas: 'tornadoserver/' },
  { fix: 'cherrypy-server-header', rules: SERVER_HEADER, evidenceHas: 'cherrypy/' },
  // Jetty's footer ("Powered by Jetty:// 9.4.57") is its error page's, not the header's setting.
  { fix: 'jetty-server-version', rules: SERVER_HEADER, evidenceHas: 'jetty(' },
  { fix: 'dancer2-server-tokens', rules: SERVER_HEADER, evidenceHas: 'dancer2 ' },
  { fix: 'varnish-via', rules: BANNERS, evidenceHas: 'varnish/' },
  { fix: 'iis-server-header', rules: BANNERS, evidenceHas: 'microsoft-iis/' },
  { fix: 'aspnet-version-header', rules: ['version-disclosure.aspnet-header'], evidenceHas: '' },
];
