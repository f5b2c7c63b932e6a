// A proxy or the application could not get a good or timely answer from the next server: proxy
// default gateway pages and error texts, and connection failures to services that are not data stores.

import { BODY_ONLY } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const UPSTREAM_RULES: readonly EvidenceRule[] = [
  {
    id: 'nginx-upstream-failure',
    causeId: 'upstream',
    description: 'nginx could not connect to, or read from, the upstream it proxies to.',
    scope: BODY_ONLY,
    keywords: ['upstream', 'connect()'],
    pattern:
      /\bupstream timed out\b|\bconnect\(\) (?:failed|to \S{1,100} failed)|\bno live upstreams\b|\bupstream prematurely closed connection\b|\bupstream sent (?:invalid|too big)/,
    weight: 0.9,
  },
  {
    id: 'envoy-upstream-failure',
    causeId: 'upstream',
    description: 'Envoy (also Istio and other meshes) had no healthy upstream, or the upstream reset or timed out.',
    scope: BODY_ONLY,
    keywords: ['upstream connect error', 'no healthy upstream', 'upstream request timeout'],
    pattern: /upstream connect error or disconnect\/reset before headers|\bno healthy upstream\b|\bupstream request timeout\b/,
    weight: 0.95,
  },
  {
    id: 'haproxy-no-server',
    causeId: 'upstream',
    description: 'HAProxy found no backend server available for the request.',
    scope: BODY_ONLY,
    keywords: ['no server is available'],
    pattern: /No server is available to handle this request/,
    weight: 0.95,
  },
  {
    id: 'proxy-backend-error',
    causeId: 'upstream',
    description: 'A caching or reverse proxy (Apache mod_proxy, Varnish) got an invalid answer, no answer, or a late answer from the backend.',
    scope: BODY_ONLY,
    keywords: ['proxy server', 'remote server', 'timely response', 'backend fetch failed'],
    pattern:
      /The proxy server received an invalid\s{1,4}response from an upstream server|The proxy server could not handle the request|Error reading from remote server|The gateway did not receive a timely response|Backend fetch failed/,
    weight: 0.9,
  },
  {
    id: 'apache-stock-503-page',
    causeId: 'upstream',
    description:
      'Apache\'s stock 503 page. Apache itself mostly sends it when mod_proxy cannot reach the backend; a deliberate maintenance rule can show it too.',
    scope: BODY_ONLY,
    keywords: ['maintenance downtime or capacity'],
    pattern: /temporarily unable to service your\s{1,4}request due to maintenance downtime or capacity\s{1,4}problems/,
    weight: 0.55,
  },
  {
    id: 'lighttpd-503-page',
    causeId: 'upstream',
    description: "lighttpd's own 503 page: lighttpd sends it when every backend of its proxy, FastCGI or SCGI handler is down.",
    scope: BODY_ONLY,
    keywords: ['<h1>503 service unavailable</h1>'],
    pattern: /<title>503 Service Unavailable<\/title>\n <\/head>\n <body>\n {2}<h1>503 Service Unavailable<\/h1>\n <\/body>/,
    weight: 0.6,
  },
  {
    id: 'gateway-default-page',
    causeId: 'upstream',
    description: 'The default 502/504 page of a proxy (nginx, Apache, Traefik, load balancers): the failure is behind the proxy.',
    scope: BODY_ONLY,
    keywords: ['bad gateway', 'gateway time'],
    pattern: /<(?:h1|title)>(?:50[24] )?(?:Bad Gateway|Gateway Time-?out)<\/(?:h1|title)>|^(?:Bad Gateway|Gateway Time-?out)\s{0,2}$/,
    weight: 0.7,
  },
  {
    id: 'service-connection-failure',
    causeId: 'upstream',
    description: 'The application could not reach another service it calls (refused, reset or timed-out connection).',
    scope: BODY_ONLY,
    keywords: ['econnrefused', 'econnreset', 'etimedout', 'socket hang up', 'connection refused', 'connectexception', 'read timed out', 'bad gateway'],
    pattern:
      /\bECONNREFUSED\b|\bECONNRESET\b|\bETIMEDOUT\b|\bsocket hang up\b|\bConnectException\b|\bSocketTimeoutException\b|\bRead timed out\b|\bConnection refused\b/,
    weight: 0.7,
  },
];
