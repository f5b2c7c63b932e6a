// The application (framework or app server) wrote the response: framework error pages, JSON error
// bodies, and headers that only the application sets. Proxies replace or drop these on their own
// error pages, so their presence means the answer came from the application.

import { BODY_ONLY, headersOnly } from '../../text/text-rule';
import type { TierMarker } from './tier-marker';

export const APPLICATION_MARKERS: readonly TierMarker[] = [
  {
    id: 'framework-error-page',
    tier: 'application',
    role: 'generated',
    scope: BODY_ONLY,
    keywords: ['exception value', 'werkzeug', 'whoops', 'symfony', 'action controller', 'server error in', 'exception report', 'whitelabel error page', '__sinatra__', 'server error (500)', 'either the server is overloaded', 'fatal error', 'http status 500'],
    pattern:
      /\bException Value:|Werkzeug Debugger|Either the server is overloaded or there is an error in the application|<h1>Server Error \(500\)<\/h1>|\bWhoops\\|\bSymfony\\Component\\ErrorHandler\b|Action Controller: Exception caught|Server Error in '[^'\s]{1,80}' Application|Whitelabel Error Page|\/__sinatra__\/|<h1>HTTP Status 5\d\d [–-] |<b>Fatal error<\/b>:/,
    weight: 0.9,
  },
  {
    id: 'framework-production-page',
    tier: 'application',
    role: 'generated',
    scope: BODY_ONLY,
    keywords: ["we're sorry, but something went wrong", 'unexpected error (type=', 'an unhandled exception occurred while processing the request', 'server error</title>'],
    // Stock production pages: Rails public/500.html, Spring Boot Whitelabel text, ASP.NET Core
    // developer page, Laravel's "Server Error" page.
    pattern:
      /We're sorry, but something went wrong\.|There was an unexpected error \(type=|An unhandled exception occurred while processing the request\.|<title>Server Error<\/title>/,
    weight: 0.85,
  },
  {
    id: 'envoy-forwarded-upstream-answer',
    tier: 'application',
    role: 'generated',
    // Envoy adds this only when it forwards an upstream's answer, so Envoy did not write the error.
    scope: headersOnly('x-envoy-upstream-service-time'),
    keywords: [],
    pattern: /^\d{1,10}/,
    weight: 0.6,
  },
  {
    id: 'stack-trace-in-body',
    tier: 'application',
    role: 'generated',
    scope: BODY_ONLY,
    keywords: ['traceback', 'stack trace', 'goroutine', '&nbsp;at ', ' at '],
    pattern: /Traceback \(most recent call last\)|\bStack trace:|\bgoroutine \d{1,10} \[running\]|&nbsp;at [\w$.<>]{1,200} |^[ \t]{2,8}at [\w$.<>]{1,200} \(/m,
    weight: 0.85,
  },
  {
    id: 'express-error-page',
    tier: 'application',
    role: 'generated',
    vendor: 'Express',
    scope: BODY_ONLY,
    keywords: ['<title>error</title>'],
    pattern: /<title>Error<\/title>\n<\/head>\n<body>\n<pre>/,
    weight: 0.85,
  },
  {
    id: 'json-error-body',
    tier: 'application',
    role: 'generated',
    scope: BODY_ONLY,
    keywords: ['"error', '"message', '"status', '"detail', '"title'],
    pattern: /^\s{0,10}\{\s{0,10}"(?:statusCode|status|error|errors|message|detail|title|code|timestamp)"\s{0,4}:/,
    minStatus: 400,
    weight: 0.6,
  },
  {
    id: 'plain-text-error',
    tier: 'application',
    role: 'generated',
    scope: BODY_ONLY,
    keywords: ['internal server error'],
    // Koa, Go's http.Error and many minimal servers answer with just the reason phrase.
    pattern: /^Internal Server Error\n?$/,
    weight: 0.5,
  },
  {
    id: 'x-powered-by',
    tier: 'application',
    role: 'generated',
    vendorFromMatch: true,
    scope: headersOnly('x-powered-by'),
    keywords: [],
    pattern: /^[^\r\n]{1,100}/,
    weight: 0.7,
  },
  {
    id: 'application-server-header',
    tier: 'application',
    role: 'generated',
    vendorFromMatch: true,
    scope: headersOnly('server'),
    keywords: [],
    pattern:
      /^(?:Werkzeug|gunicorn|uvicorn|hypercorn|waitress|daphne|WSGIServer|TornadoServer|CherryPy|Kestrel|Jetty|Apache-Coyote|Puma|WEBrick|thin|Cowboy|Mojolicious|Phusion_Passenger|Deno|Bun)\b[^\r\n]{0,80}/,
    weight: 0.7,
  },
];
