// The request headers a page's script may set with fetch(): the Fetch standard's forbidden names
// are the browser's to write (https://fetch.spec.whatwg.org/#forbidden-request-header), and
// HTTP/2 pseudo-headers (:authority…) that DevTools lists are not headers at all.
const FORBIDDEN = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
  // No longer forbidden by the standard, but Chrome still ignores it from fetch().
  'user-agent',
]);

export function isPageSettableHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith(':') && !lower.startsWith('proxy-') && !lower.startsWith('sec-') && !FORBIDDEN.has(lower);
}
