// Addresses of the server's private network and backing services. Private IPs fill documentation
// and configs too, so body matches need an error response to count (see context-factors.ts).

import type { LeakRule } from '../leak-rule';
import { escapeRegExp } from '../../text/escape-reg-exp';
import { allOf, isInternalIpv4, isInternalIpv6, isInternalZone, isNotRequestedHost } from '../rule-checks';

const ADDRESS = {
  category: 'internal-address',
  severity: 'medium',
  scope: { body: true, headers: true },
  confidence: 0.5,
  mergeWithin: 0,
} as const;

/** One lowercase DNS label. */
const LABEL = String.raw`[a-z\d][a-z\d-]{0,62}`;
/** The generic TLDs organisations' domains mostly end in (with every two-letter country code). */
const GENERIC_TLDS = 'com|net|org|io|dev|app|cloud|tech|ai|biz|info|xyz|site|online|systems|services|solutions|group|corp|eu|asia';

/**
 * `:5432`, libpq's `"127.0.0.1", port 5432`, code's `("127.0.0.1", 5432)` (also with quotes
 * HTML- or JSON-escaped), and a DSN's `host=127.0.0.1 port=5432` or `host=127.0.0.1;port=5432`.
 */
const QUOTE_FORMS = ['"', '&#34;', '&quot;', "'", '&#x27;', '&#39;', '\\"'];
const QUOTE = `(?:${QUOTE_FORMS.map(escapeRegExp).join('|')})`;
const PORT = String.raw`(?:(?::|${QUOTE},? (?:port )?|[ ;]port=)(?<port>\d{1,5}))?`;

export const INTERNAL_ADDRESS_RULES: readonly LeakRule[] = [
  {
    ...ADDRESS,
    id: 'internal-address.private-ipv4',
    title: 'Private or loopback IPv4 address',
    keywords: ['10.', '172.1', '172.2', '172.3', '192.168.', '127.', '169.254.', '100.'],
    pattern: new RegExp(
      String.raw`(?<![\w./:-])(?<host>10(?:\.\d{1,3}){3}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|192\.168(?:\.\d{1,3}){2}|127(?:\.\d{1,3}){3}|169\.254(?:\.\d{1,3}){2}|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])(?:\.\d{1,3}){2})${PORT}(?![\w.-]|:\d)`,
    ),
    reach: { before: 1, after: 30 },
    // An address in a response header is always about the serving infrastructure.
    context: { success: 0.8 },
    accept: isInternalIpv4,
  },
  {
    ...ADDRESS,
    id: 'internal-address.backing-service',
    title: 'Loopback service address',
    severity: 'medium',
    confidence: 0.6,
    keywords: ['localhost:', '[::1]', 'localhost)', 'localhost (', ...QUOTE_FORMS.map((quote) => `localhost${quote}`)],
    pattern: new RegExp(String.raw`(?<![\w.-])(?<host>localhost|\[::1\])(?:${QUOTE}|\)| \(| port |:(?<port>\d{1,5}))`, 'i'),
    reach: { before: 1, after: 20 },
    accept: isNotRequestedHost,
  },
  {
    ...ADDRESS,
    id: 'internal-address.internal-hostname',
    title: 'Internal host name',
    keywords: ['.internal', '.intranet', '.corp', '.lan', '.localdomain', '.svc.cluster.local', '.local'],
    pattern:
      /(?<![\w.-])(?<host>[a-z\d][\w-]{0,62}(?:\.[\w-]{1,63}){0,6}\.(?:internal|intranet|corp|lan|localdomain|svc\.cluster\.local|local))(?::(?<port>\d{1,5}))?(?![\w-]|\.\w)/i,
    reach: { before: 300, after: 30 },
    accept: isNotRequestedHost,
  },
  {
    ...ADDRESS,
    id: 'internal-address.cache-proxy-host',
    title: "Cache proxy's host name",
    // Squid names the machine it runs on (visible_hostname, by default the host name) in X-Cache and
    // X-Cache-Lookup ("MISS from proxy3:3128") and in Via ("1.1 proxy3 (squid/5.7)"). CloudFront's
    // "Miss from cloudfront" and Akamai's "TCP_MISS from …" are other words.
    scope: { body: false, headers: ['x-cache', 'x-cache-lookup', 'via'] },
    keywords: [],
    pattern:
      /(?:(?<=\b(?:HIT|MISS|NONE) from )|(?<=^\d\.\d )(?=[\w.-]{1,253}(?::\d{1,5})? \([Ss]quid\/))(?<host>[A-Za-z\d][\w.-]{0,252})(?::(?<port>\d{1,5}))?/,
    reach: { before: 0, after: 0 },
    accept: isNotRequestedHost,
  },
  {
    ...ADDRESS,
    id: 'internal-address.cache-proxy-footer',
    title: "Cache proxy's host name",
    // Squid's error pages end "Generated <date> by <host> (squid/5.7)".
    scope: { body: true, headers: false },
    keywords: [' gmt by '],
    pattern: /Generated [A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT by (?<evidence>(?<host>[A-Za-z\d][\w.-]{0,252})) \([Ss]quid\//,
    reach: { before: 40, after: 280 },
    accept: isNotRequestedHost,
  },
  {
    ...ADDRESS,
    id: 'internal-address.internal-zone',
    title: 'Internal host name',
    // `internal` as a subdomain of an organisation's domain: reports-db.internal.acme.com, or under a
    // special-use TLD (db.internal.example). Host names are lowercase and end in a real TLD, which keeps
    // out lowercase code paths (protobuf.internal.decoder, this.internal.state.value); isInternalZone
    // keeps out public sites whose own name is "internal" (www.internal.co.uk, x.internal.github.io).
    keywords: ['.internal.'],
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?<host>${LABEL}(?:\.${LABEL}){0,5}\.internal\.(?<zone>(?:${LABEL}\.){1,4}(?:[a-z]{2}|${GENERIC_TLDS})|example|test|invalid|localhost))(?::(?<port>\d{1,5}))?(?![\w-]|\.\w)`,
    ),
    reach: { before: 400, after: 340 },
    accept: allOf(isInternalZone, isNotRequestedHost),
  },
  {
    ...ADDRESS,
    id: 'internal-address.unique-local-ipv6',
    title: 'Unique local IPv6 address',
    // fd00::/8, IPv6's private range (RFC 4193): its first group is always fdXX, four digits.
    // Bracketed with a port as in URLs and Node's `connect ECONNREFUSED [fd00::5]:5432`, or bare.
    keywords: Array.from({ length: 256 }, (_, byte) => `fd${byte.toString(16).padStart(2, '0')}:`),
    pattern: /(?<![\w:.-])\[?(?<host>fd[\da-f]{2}(?::[\da-f]{0,4}){2,7})(?![\w:.-])(?:\]:(?<port>\d{1,5}))?/i,
    reach: { before: 1, after: 50 },
    context: { success: 0.8 },
    accept: isInternalIpv6,
  },
  {
    ...ADDRESS,
    id: 'internal-address.link-local-ipv6',
    title: 'Link-local IPv6 address',
    keywords: ['fe80:'],
    pattern: /(?<![\w:])(?<host>fe80:(?::[\da-f]{1,4}){1,7})(?![\w:])/i,
    reach: { before: 1, after: 45 },
  },
];
