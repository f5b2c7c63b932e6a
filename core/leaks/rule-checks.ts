// Extra checks rules attach to a match: the parts of "is this real?" a regex cannot say linearly.

import type { MatchContext } from './leak-rule';
import { shannonEntropy } from './text-measures';

type Check = (match: RegExpExecArray, context: MatchContext) => boolean;

const PLACEHOLDER =
  /^(?:\*+|x+|\.+|-+|null|none|nil|undefined|true|false|password|passwd|pass|secret|changeme|change_me|example|test|string|value|redacted|hidden|masked|filtered|your[_-]?\w{0,30}|my[_-]?\w{0,30}|<[^>]{0,60}>|\$\{[^}]{0,60}\}|\{\{[^}]{0,60}\}\}|%[^%]{0,60}%|\[[^\]]{0,60}\])$/i;

/** A value assigned to a password-like name: not a placeholder, not code, and not a plain word. */
export const isPlausibleSecretValue: Check = (match) => {
  const value = match.groups?.['secret'] ?? '';
  if (PLACEHOLDER.test(value)) return false;
  // `password: e.password`, `secret=getSecret()`: code referring to a secret, not a secret.
  if (/^[A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){1,6}$|\(/.test(value)) return false;
  // `password=dbpassword`, `apiKey = apiKey`: a value that is mostly its own name is an example or a variable.
  if (value.replace(/pass(?:wor)?d|secret|api_?key|token/gi, '').length < 4) return false;
  return shannonEntropy(value) >= 2.5;
};

/** High-entropy token (a random key, not `sk_test_xxxxxxxxxxxxxxxxxxxxxxxx`). */
export const isRandomToken: Check = (match) => {
  const token = match.groups?.['secret'] ?? match[0];
  return shannonEntropy(token) >= 3 && !/example|sample|dummy|fake|xxxx/i.test(token);
};

function decodeBase64Url(segment: string): string | null {
  try {
    return atob(segment.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/** Really a JWT: the first segment decodes to a JSON header naming an algorithm. */
export const isDecodableJwt: Check = (match) => {
  const header = decodeBase64Url(match[0].slice(0, match[0].indexOf('.')));
  return header !== null && /"alg"\s*:/.test(header);
};

function requestedHost(url: string): { host: string; port: string } | null {
  try {
    const parsed = new URL(url);
    const defaultPort = parsed.protocol === 'https:' ? '443' : '80';
    return { host: parsed.hostname.replace(/^\[|\]$/g, ''), port: parsed.port || defaultPort };
  } catch {
    return null;
  }
}

/**
 * The address is not the one the browser asked for. A page at http://127.0.0.1:8080 mentioning
 * 127.0.0.1:8080 discloses nothing; mentioning 127.0.0.1:5432 discloses a backing service.
 */
export const isNotRequestedHost: Check = (match, context) => {
  const requested = requestedHost(context.response.url);
  if (requested === null) return true;
  const host = (match.groups?.['host'] ?? '').toLowerCase();
  const port = match.groups?.['port'];
  if (host !== requested.host.toLowerCase()) return true;
  return port !== undefined && port !== requested.port;
};

/** Dotted quad with every octet ≤ 255 and not the requested host. */
export const isInternalIpv4: Check = (match, context) => {
  const octets = (match.groups?.['host'] ?? '').split('.').map(Number);
  return octets.length === 4 && octets.every((octet) => octet <= 255) && isNotRequestedHost(match, context);
};

/**
 * A well-formed IPv6 address (the URL parser is the validator: group count, one `::`, 1–4 hex
 * digits a group) and not the requested host, compared in the parser's canonical form. Hex runs
 * that merely look like one (`fdab:cafe`, a hash cut by colons) do not parse.
 */
export const isInternalIpv6: Check = (match, context) => {
  const host = match.groups?.['host'] ?? '';
  const parts = host.split(':');
  // Eight groups, or fewer with `::`: a bare run of two or three groups is no address, and
  // `fd00::` ends a prefix (`fd00::/8`, a range in docs and configs), not an address.
  if (host.includes('::') ? host.endsWith('::') : parts.length !== 8) return false;
  let canonical: string;
  try {
    canonical = new URL(`http://[${host}]/`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  const requested = requestedHost(context.response.url);
  if (requested === null || canonical !== requested.host.toLowerCase()) return true;
  const port = match.groups?.['port'];
  return port !== undefined && port !== requested.port;
};

/**
 * A dev server module URL names a file of the server's disk: always after /@fs, and after Nuxt's
 * bare /_nuxt prefix only when it is a drive path or reaches into a node_modules directory below
 * some root (`/_nuxt/home/u/shop/node_modules/nuxt/…`); `/_nuxt/pages/index.vue` is root-relative.
 */
export const isDevServerFilePath: Check = (match) => {
  if (match.groups?.['prefix'] !== '/_nuxt') return true;
  const path = match.groups['evidence'] ?? '';
  return /^\/[A-Za-z]:\//.test(path) || path.indexOf('/node_modules/') > 0;
};

/**
 * Public suffixes of two labels: under them the registrable name is the label to their left, so in
 * x.internal.co.uk or x.internal.github.io "internal" is someone's public site, not a private zone.
 */
const TWO_LABEL_PUBLIC_SUFFIX =
  /^(?:(?:co|com|net|org|gov|edu|ac|ne|or|go|gob|gv|mil)\.[a-z]{2}|github\.io|gitlab\.io|vercel\.app|netlify\.app|pages\.dev|workers\.dev|web\.app|firebaseapp\.com|herokuapp\.com|appspot\.com|azurewebsites\.net|cloudfront\.net|blogspot\.com|onrender\.com|fly\.dev)$/;

/** The zone after `internal.` is an organisation's domain (or a special-use TLD), not a public suffix. */
export const isInternalZone: Check = (match) => !TWO_LABEL_PUBLIC_SUFFIX.test(match.groups?.['zone'] ?? '');

/** AWS documentation keys end in EXAMPLE; they are in every tutorial. */
export const isNotDocumentationKey: Check = (match) => !/EXAMPLE/.test(match[0]);

/** Every listed check passes. */
export function allOf(...checks: Check[]): Check {
  return (match, context) => checks.every((check) => check(match, context));
}
