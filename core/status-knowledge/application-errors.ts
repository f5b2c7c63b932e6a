// Statuses the application (or the server software acting as the application) produces when it
// cannot or will not fulfil a request itself.

import { checklistItem } from './cause-catalogue';
import { rfc9110 } from './spec-references';
import type { StatusExplanation } from './status-explanation';

export const internalServerError: StatusExplanation = {
  code: 500,
  title: 'Internal Server Error',
  meaning:
    'The server ran into a condition it did not expect and could not complete the request; it is the catch-all used when no more specific 5xx code fits.',
  tier: 'application',
  spec: rfc9110('15.6.1'),
  causes: [
    checklistItem(
      'unhandled-exception',
      'The most common source: application code threw an error nothing caught, and the framework (Express, Django, Rails, Spring, Laravel, ASP.NET…) answered with its default 500. The stack trace is in the application log.',
    ),
    checklistItem(
      'server-config',
      'A broken .htaccess file (unknown directive, module not loaded, bad RewriteRule), a wrong handler or FastCGI mapping, or an invalid web-server config makes the web server itself answer 500 before any code runs. Apache logs the exact file and line in its error log.',
    ),
    checklistItem(
      'database',
      'The application could not reach its database (refused connection, wrong credentials, exhausted pool) or a query failed, and that failure surfaced as an unhandled error.',
    ),
    checklistItem('memory'),
    checklistItem('disk-space'),
    checklistItem('permissions'),
    checklistItem('syntax-error'),
    checklistItem(
      'upstream',
      'The application called another service (internal API, payment provider, search cluster) that failed or timed out, and passed the failure on as a 500 instead of a 502 or 504.',
    ),
    checklistItem(
      'capacity',
      'Some stacks answer 500 rather than 503 when worker pools, thread pools or connection pools are exhausted under load.',
    ),
  ],
  scenarios: [
    'A new deployment ships an unhandled exception in a critical route, so every request to that route fails right after the release.',
    'During a traffic spike the database stops accepting connections, and every page that queries it starts failing at once.',
    'An update leaves a server-side script with a syntax error (half-uploaded file, merge leftover), so every request that loads it fails.',
  ],
  whatToKnow: [
    'Scope: a 500 says the application (or the server running it) failed, not the network. A 502 or 504 says a server in a proxy chain could not get a good or timely answer from the next one, and a 503 says the server is temporarily out of capacity or in maintenance.',
    'The response usually says nothing useful on purpose. The real reason is in the server error log and the application log for the same moment; search them by time, URL or request id.',
    'A 500 that shows exception messages, file paths, stack traces or database schemas is a second problem: those details help attackers map the system. See the leak warnings for this response.',
    'Refreshing rarely helps: a 500 is usually caused by code, configuration or a dependency that stays broken, not by a passing network hiccup.',
    'Many pages of one site failing at once points to something systemic, such as a failed deployment or a database outage. One URL failing while the others work points to that route, its code or the data it touches.',
  ],
  faq: [
    {
      q: 'What usually causes a 500?',
      a: 'Most often an exception the application did not handle. After that come web-server misconfiguration (.htaccess, handler mappings), database connection or query failures, exhausted memory or disk, and file permission problems. The server logs say which one.',
    },
    {
      q: 'Does a 500 mean the site is down?',
      a: 'No. A 500 is an answer, so the server is up and reachable; it just could not handle this request. A site that is really unreachable gives no HTTP status at all (connection refused, DNS failure or timeout).',
    },
    {
      q: 'Why does the response show no details?',
      a: 'Production servers hide internals on purpose, because messages, paths and stack traces would help an attacker. The details are written to the server and application logs instead.',
    },
  ],
  comparedWith: [
    { code: 502, difference: '502 comes from a proxy that got an invalid answer from the server behind it; 500 comes from the server that ran the request.' },
    { code: 503, difference: '503 is a deliberate, temporary refusal (overload, maintenance); 500 is an unexpected failure.' },
    { code: 504, difference: '504 is a proxy giving up waiting for the server behind it; 500 means that server answered, with a failure.' },
  ],
};

export const notImplemented: StatusExplanation = {
  code: 501,
  title: 'Not Implemented',
  meaning:
    'The server does not support the functionality the request needs, typically a request method it does not recognise at all.',
  tier: 'origin-server',
  spec: rfc9110('15.6.2'),
  causes: [
    checklistItem(
      'unsupported-method',
      'The request used a method the server has no handler for (PROPFIND or MKCOL on a server without WebDAV, a custom method, a typo in a client).',
    ),
    checklistItem(
      'server-config',
      'A module that would handle the request is not loaded, or a proxy in front of the application rejects methods it does not know.',
    ),
    checklistItem(
      'unhandled-exception',
      'Some frameworks map a "not implemented" exception or an unfinished API stub to 501.',
    ),
  ],
  scenarios: [
    'A WebDAV client sends PROPFIND to a plain web server that only knows GET, HEAD and POST.',
    'An API client calls an endpoint whose server-side handler is still a stub that answers 501.',
  ],
  whatToKnow: [
    'A 501 is about the server as a whole not supporting something; when the server knows the method but this resource does not allow it, the right code is 405 Method Not Allowed.',
    'Retrying does not help: the server will keep lacking the feature until it is configured or built.',
    'A 501 may be cached by clients and proxies unless headers say otherwise, so a fixed server can keep looking broken for a while.',
  ],
  faq: [
    {
      q: 'Is a 501 the same as 405?',
      a: 'No. 405 says the method exists but is not allowed on this resource and lists the allowed ones; 501 says the server does not implement the method or feature at all.',
    },
  ],
  comparedWith: [
    { code: 405, difference: '405 is a client error for a known method not allowed on this resource; 501 means the server does not support it anywhere.' },
  ],
};
