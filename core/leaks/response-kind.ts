// What kind of document a response is, because the same text means different things in an HTML
// error page (the server talking), a JS bundle (code that merely contains strings) or JSON.

export type ResponseKind = 'html' | 'json' | 'script' | 'style' | 'source-map' | 'markdown' | 'text' | 'other';

const MIME_KINDS: readonly { test: RegExp; kind: ResponseKind }[] = [
  { test: /html|xhtml/, kind: 'html' },
  { test: /javascript|ecmascript|jscript|typescript|wasm/, kind: 'script' },
  { test: /css/, kind: 'style' },
  { test: /json|problem\+/, kind: 'json' },
  { test: /markdown/, kind: 'markdown' },
  { test: /^text\/|xml/, kind: 'text' },
];

const URL_EXTENSION_KINDS: readonly { test: RegExp; kind: ResponseKind }[] = [
  { test: /\.map$/, kind: 'source-map' },
  { test: /\.(?:m?js|cjs|jsx|tsx?)$/, kind: 'script' },
  { test: /\.css$/, kind: 'style' },
  { test: /\.(?:md|markdown)$/, kind: 'markdown' },
];

function urlPathname(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}

/**
 * Types that say nothing: none sent (Chromium's DevTools write x-unknown, Firefox's their internal
 * application/x-unknown-content-type), or the sniffing standard's unknown ones.
 */
const UNDECLARED_TYPE = /^(?:|x-unknown|application\/x-unknown-content-type|unknown\/unknown|application\/unknown|\*\/\*)$/;

/** True when the MIME type says nothing of what the body is (see UNDECLARED_TYPE). */
export function isUndeclaredType(mimeType: string): boolean {
  return UNDECLARED_TYPE.test(mimeType.split(';')[0]!.trim().toLowerCase());
}

/**
 * The MIME Sniffing standard's HTML signatures (after leading whitespace, a tag name ended by a
 * space or `>`): a body sent with no type that starts so is rendered by browsers as a page.
 */
const HTML_SIGNATURE = /^[\t\n\f\r ]{0,1024}<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[ >]/i;

/**
 * An HTML answer is always a page (a script URL that failed answers with an HTML error page, and
 * one sent with no type at all counts as HTML when it starts like a page, as browsers sniff it);
 * otherwise the URL extension wins over a generic MIME type (a .map is often served as JSON).
 */
export function responseKind(url: string, mimeType: string, body?: string | null): ResponseKind {
  const type = mimeType.toLowerCase();
  const byMime = MIME_KINDS.find((entry) => entry.test.test(type))?.kind ?? 'other';
  if (byMime === 'html') return 'html';
  if (body && isUndeclaredType(type) && HTML_SIGNATURE.test(body.slice(0, 1100))) return 'html';
  const path = urlPathname(url);
  return URL_EXTENSION_KINDS.find((entry) => entry.test.test(path))?.kind ?? byMime;
}
