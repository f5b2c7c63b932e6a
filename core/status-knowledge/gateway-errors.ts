// Statuses a gateway or reverse proxy produces when the server behind it failed to answer properly.

import { checklistItem } from './cause-catalogue';
import { rfc9110, unregistered } from './spec-references';
import type { StatusExplanation } from './status-explanation';

export const badGateway: StatusExplanation = {
  code: 502,
  title: 'Bad Gateway',
  meaning:
    'A server acting as a gateway or proxy got an invalid answer, or none at all, from the server behind it.',
  tier: 'proxy',
  spec: rfc9110('15.6.3'),
  causes: [
    checklistItem(
      'upstream',
      'The application server behind the proxy is not running, crashed mid-request, refused the connection, or closed it before sending a complete response.',
    ),
    checklistItem(
      'server-config',
      'The proxy points at the wrong host, port or socket, speaks the wrong protocol to it (HTTP to a FastCGI or TLS port), or its buffers are too small for the upstream response headers.',
    ),
    checklistItem(
      'memory',
      'The application process was killed (out-of-memory killer, container limit) while handling the request, so the proxy saw the connection drop.',
    ),
    checklistItem('dns'),
    checklistItem('tls'),
    checklistItem('network'),
  ],
  scenarios: [
    'A deployment restarts the application; for a few seconds nginx finds nothing listening on the upstream port and answers 502.',
    'The application crashes on one specific request (segfault, out-of-memory kill), so that request gets a 502 while others still work.',
    'A PHP-FPM pool or Gunicorn worker set is stopped or listening on a different socket than the proxy configuration says.',
  ],
  whatToKnow: [
    'The server that wrote the 502 is healthy enough to answer; the failure is one hop further in. The proxy error log (for nginx, lines like "connect() failed" or "upstream prematurely closed connection") names the upstream address.',
    'Short bursts of 502 during deploys point at restarts without graceful handover; steady 502 point at a service that is down or misconfigured.',
    'Behind a CDN, a 502 may come from the CDN, from your own proxy, or from the application passing through an upstream failure; the detected tier shows which one answered.',
  ],
  faq: [
    {
      q: 'Is a 502 a problem with my browser or connection?',
      a: 'Almost never. Your request reached a server; that server could not get a proper answer from the one behind it.',
    },
    {
      q: 'Will retrying help?',
      a: 'Sometimes: 502 during a restart or a single crashed worker clear up within seconds. If it persists, the upstream is down or the proxy configuration is wrong.',
    },
  ],
  comparedWith: [
    { code: 504, difference: '504 means the upstream was reached but did not answer in time; 502 means the answer was missing, broken or refused.' },
    { code: 503, difference: '503 is a deliberate "not now" (overload, maintenance, no healthy backend in some proxies); 502 is a failed exchange with the upstream.' },
    { code: 500, difference: '500 is produced by the server that ran the request; 502 by a proxy in front of it.' },
  ],
};

export const gatewayTimeout: StatusExplanation = {
  code: 504,
  title: 'Gateway Timeout',
  meaning:
    'A server acting as a gateway or proxy gave up waiting for the server behind it to answer.',
  tier: 'proxy',
  spec: rfc9110('15.6.5'),
  causes: [
    checklistItem(
      'upstream',
      'The application is too slow for this request: a long database query, a lock, a call to a slow third-party API, or a worker pool so busy the request waits in a queue.',
    ),
    checklistItem(
      'database',
      'The application is stuck waiting on the database (slow query, lock contention, exhausted connection pool), so it never answers the proxy in time.',
    ),
    checklistItem(
      'server-config',
      'The proxy read timeout is shorter than what the endpoint legitimately needs (report exports, uploads, long polling).',
    ),
    checklistItem('network', 'Packets to the upstream are silently dropped by a firewall or security group, so the connection attempt hangs until the timeout.'),
    checklistItem('capacity'),
  ],
  scenarios: [
    'A report endpoint runs a query that takes 90 seconds while the proxy waits at most 60.',
    'A traffic spike fills every application worker, so new requests wait in the backlog until the proxy times out.',
    'A firewall rule change makes the proxy connection to a backend hang instead of being refused.',
  ],
  whatToKnow: [
    'The upstream may still be working on the request after the proxy gave up, so a retried write (payment, order) can run twice unless the endpoint is idempotent.',
    'The time the request took before failing is a strong clue: a value that matches a round number (30 s, 60 s, 100 s) is the proxy or CDN timeout.',
    'One slow route points at that route\'s work; every route timing out points at a saturated or unreachable upstream.',
  ],
  faq: [
    {
      q: 'Should I just raise the timeout?',
      a: 'Only for endpoints that are slow by design. Otherwise a higher timeout hides the slowness and ties up more connections; find out why the upstream is slow first.',
    },
  ],
  comparedWith: [
    { code: 502, difference: '502 is a broken or refused exchange; 504 is an exchange that took too long.' },
    { code: 524, difference: '524 is Cloudflare\'s own version: it connected to your origin but got no HTTP answer within its timeout.' },
  ],
};

export const networkReadTimeout: StatusExplanation = {
  code: 598,
  title: 'Network Read Timeout Error (informal)',
  meaning:
    'An informal code some proxies use when they connected to the upstream but timed out reading its response.',
  tier: 'proxy',
  spec: unregistered('Informal convention used by some HTTP proxies'),
  causes: [
    checklistItem('upstream', 'The upstream accepted the connection but stalled before finishing its response (slow work, stuck worker).'),
    checklistItem('network'),
    checklistItem('server-config', 'The proxy read timeout is too short for this endpoint.'),
  ],
  scenarios: ['A proxy waits for a large or slow response body that stops arriving halfway.'],
  whatToKnow: [
    'No RFC defines 598; its meaning is whatever the proxy software that sent it documents. Treat it like a 504 and read that proxy\'s logs.',
  ],
  faq: [{ q: 'Is 598 a standard code?', a: 'No. It is an informal convention; standard software sends 504 for the same situation.' }],
  comparedWith: [{ code: 504, difference: '504 is the standard code for an upstream that answered too late.' }],
};

export const networkConnectTimeout: StatusExplanation = {
  code: 599,
  title: 'Network Connect Timeout Error (informal)',
  meaning:
    'An informal code some proxies use when they could not even open a connection to the upstream in time.',
  tier: 'proxy',
  spec: unregistered('Informal convention used by some HTTP proxies'),
  causes: [
    checklistItem('network', 'Connection attempts to the upstream hang: a firewall drops them, or the address is unroutable.'),
    checklistItem('upstream', 'The upstream host is down or its listen backlog is full.'),
    checklistItem('dns'),
  ],
  scenarios: ['A proxy tries to reach a backend whose security group silently drops traffic.'],
  whatToKnow: [
    'No RFC defines 599. Some HTTP client libraries also use 599 internally for their own client-side timeouts; those never travel over the network, so a 599 seen in DevTools came from a server or proxy.',
  ],
  faq: [{ q: 'Is 599 a standard code?', a: 'No. Standard software reports the same situation as 502 or 504.' }],
  comparedWith: [{ code: 598, difference: '598 is the read-phase counterpart: connected, but the answer never completed.' }],
};
