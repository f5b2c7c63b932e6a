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
 * An HTML answer is always a page (a script URL that failed answers with an HTML error page);
 * otherwise the URL extension wins over a generic MIME type (a .map is often served as JSON).
 */
export function responseKind(url: string, mimeType: string): ResponseKind {
  const byMime = MIME_KINDS.find((entry) => entry.test.test(mimeType.toLowerCase()))?.kind ?? 'other';
  if (byMime === 'html') return 'html';
  const path = urlPathname(url);
  return URL_EXTENSION_KINDS.find((entry) => entry.test.test(path))?.kind ?? byMime;
}
