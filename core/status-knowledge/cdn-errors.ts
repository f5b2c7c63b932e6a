// Cloudflare's own 52x/530 codes. No RFC defines them; Cloudflare writes them when the connection
// between its edge and the site's origin server fails, so the origin never produced these answers.

import { checklistItem } from './cause-catalogue';
import { cloudflareDoc } from './spec-references';
import type { FaqItem, StatusExplanation } from './status-explanation';

const WHO_WROTE_IT =
  'Cloudflare wrote this response itself; the site\'s own server did not. The Ray ID on the page (also in the cf-ray header) lets the site owner find the request in Cloudflare\'s logs.';

const VISITOR_FAQ: FaqItem = {
  q: 'Can a visitor fix this?',
  a: 'No; the problem is between Cloudflare and the site\'s own server. Only the site owner or host can fix it.',
};

export const originUnknownError: StatusExplanation = {
  code: 520,
  title: 'Web Server Returned an Unknown Error (Cloudflare)',
  meaning: 'The origin server sent Cloudflare an empty, malformed or unexpected response.',
  tier: 'cdn',
  spec: cloudflareDoc(520),
  causes: [
    checklistItem('upstream', 'The origin application crashed or reset the connection after Cloudflare connected, or returned an empty reply.'),
    checklistItem('server-config', 'Response headers are too large (often huge cookies) or the response is not valid HTTP.'),
    checklistItem('network', 'A firewall or security module on the origin resets connections from Cloudflare\'s addresses.'),
  ],
  scenarios: ['An origin PHP process segfaults on one page, so Cloudflare receives a reset connection and shows 520.'],
  whatToKnow: [WHO_WROTE_IT, 'The origin\'s own access and error logs at the same moment show what it sent, or that it crashed.'],
  faq: [VISITOR_FAQ],
  comparedWith: [{ code: 502, difference: 'A plain 502 usually comes from a proxy you run; 520 is Cloudflare saying it got nonsense from the origin.' }],
};

export const originDown: StatusExplanation = {
  code: 521,
  title: 'Web Server Is Down (Cloudflare)',
  meaning: 'The origin server refused Cloudflare\'s connection.',
  tier: 'cdn',
  spec: cloudflareDoc(521),
  causes: [
    checklistItem('upstream', 'The web server on the origin is stopped or not listening on the port Cloudflare uses (80 or 443).'),
    checklistItem('network', 'A firewall or security plugin on the origin blocks Cloudflare\'s IP ranges.'),
  ],
  scenarios: ['The origin web server was stopped for an upgrade and never restarted.'],
  whatToKnow: [WHO_WROTE_IT, 'Refused means the origin host is reachable but nothing accepts the connection there.'],
  faq: [VISITOR_FAQ],
};

export const originConnectionTimedOut: StatusExplanation = {
  code: 522,
  title: 'Connection Timed Out (Cloudflare)',
  meaning: 'Cloudflare could not complete a connection to the origin server in time.',
  tier: 'cdn',
  spec: cloudflareDoc(522),
  causes: [
    checklistItem('network', 'A firewall silently drops packets from Cloudflare, or the DNS record points at a wrong or offline address.'),
    checklistItem('capacity', 'The origin is so overloaded it cannot accept new connections.'),
    checklistItem('upstream'),
  ],
  scenarios: ['A new host firewall allows only a few IPs and silently drops Cloudflare\'s connections.'],
  whatToKnow: [WHO_WROTE_IT],
  faq: [VISITOR_FAQ],
  comparedWith: [{ code: 524, difference: '524 means the connection worked but the HTTP answer never came; 522 means the connection itself failed.' }],
};

export const originUnreachable: StatusExplanation = {
  code: 523,
  title: 'Origin Is Unreachable (Cloudflare)',
  meaning: 'Cloudflare could not find a network route to the origin server.',
  tier: 'cdn',
  spec: cloudflareDoc(523),
  causes: [
    checklistItem('dns', 'The DNS record in Cloudflare points at a wrong or retired IP address.'),
    checklistItem('network', 'A routing problem between Cloudflare and the origin network.'),
  ],
  scenarios: ['A site moves to a new host but the A record in Cloudflare still points at the old IP.'],
  whatToKnow: [WHO_WROTE_IT],
  faq: [VISITOR_FAQ],
};

export const originTimeout: StatusExplanation = {
  code: 524,
  title: 'A Timeout Occurred (Cloudflare)',
  meaning: 'Cloudflare connected to the origin, but the origin did not send an HTTP response before Cloudflare\'s timeout (100 seconds by default).',
  tier: 'cdn',
  spec: cloudflareDoc(524),
  causes: [
    checklistItem('upstream', 'The request does long work on the origin (report, import, slow query) that exceeds the timeout.'),
    checklistItem('database', 'The origin application is blocked on slow database queries or locks.'),
    checklistItem('capacity', 'The origin is overloaded and queues the request.'),
  ],
  scenarios: ['An admin export page runs for three minutes on the origin and Cloudflare gives up at 100 seconds.'],
  whatToKnow: [
    WHO_WROTE_IT,
    'The origin may finish the work after Cloudflare gave up. Long jobs should run in the background and be polled, rather than held in one request.',
  ],
  faq: [VISITOR_FAQ],
  comparedWith: [{ code: 504, difference: '504 is the generic gateway timeout; 524 is Cloudflare\'s own, with its fixed default limit.' }],
};

export const originTlsHandshakeFailed: StatusExplanation = {
  code: 525,
  title: 'SSL Handshake Failed (Cloudflare)',
  meaning: 'Cloudflare and the origin server could not complete a TLS handshake.',
  tier: 'cdn',
  spec: cloudflareDoc(525),
  causes: [
    checklistItem('tls', 'The origin has no certificate on port 443, supports no cipher or TLS version Cloudflare offers, or does not handle SNI.'),
    checklistItem('server-config', 'The Cloudflare SSL mode requires HTTPS to the origin while the origin only serves plain HTTP.'),
  ],
  scenarios: ['The SSL mode is switched to Full while the origin has no HTTPS listener configured.'],
  whatToKnow: [WHO_WROTE_IT],
  faq: [VISITOR_FAQ],
  comparedWith: [{ code: 526, difference: '526 means the handshake worked but the origin certificate failed validation.' }],
};

export const originInvalidCertificate: StatusExplanation = {
  code: 526,
  title: 'Invalid SSL Certificate (Cloudflare)',
  meaning: 'With strict certificate checking enabled, Cloudflare could not validate the origin server\'s certificate.',
  tier: 'cdn',
  spec: cloudflareDoc(526),
  causes: [
    checklistItem('tls', 'The origin certificate is expired, self-signed (and not a Cloudflare Origin CA certificate), missing intermediates, or issued for a different host name.'),
  ],
  scenarios: ['The origin certificate expired because automatic renewal silently failed.'],
  whatToKnow: [WHO_WROTE_IT],
  faq: [VISITOR_FAQ],
};

export const railgunError: StatusExplanation = {
  code: 527,
  title: 'Railgun Error (Cloudflare, retired)',
  meaning: 'The connection between Cloudflare and the origin\'s Railgun listener failed.',
  tier: 'cdn',
  spec: cloudflareDoc(527),
  causes: [
    checklistItem('upstream', 'The Railgun listener on the origin side is down or cannot reach the origin web server.'),
    checklistItem('network'),
  ],
  scenarios: ['A legacy Railgun setup stops after its listener host is rebuilt.'],
  whatToKnow: [WHO_WROTE_IT, 'Railgun has been retired by Cloudflare; sites still depending on it should move to a current setup.'],
  faq: [VISITOR_FAQ],
};

export const cloudflareOriginError: StatusExplanation = {
  code: 530,
  title: 'Origin Error (Cloudflare, with a 1xxx code)',
  meaning: 'Cloudflare could not serve the request; the page shows a 1xxx error code that names the actual problem.',
  tier: 'cdn',
  spec: cloudflareDoc(530),
  causes: [
    checklistItem('dns', 'Error 1016: the origin host name in Cloudflare\'s DNS does not resolve.'),
    checklistItem('upstream', 'Error 1033: the Cloudflare Tunnel for this host name is not connected (cloudflared not running).'),
    checklistItem('server-config', 'Other 1xxx codes: a Cloudflare setting or account state blocks the request.'),
  ],
  scenarios: ['The cloudflared tunnel process on the origin stopped, so the site answers 530 with error 1033.'],
  whatToKnow: [WHO_WROTE_IT, 'Look up the 1xxx code shown on the page; it is more specific than the 530 itself.'],
  faq: [VISITOR_FAQ],
};
