// The script Retry evaluates in the inspected page. Built with JSON.stringify only, so nothing in
// the captured request can break out of the strings; it evaluates to undefined, since a Promise
// cannot be handed back to DevTools and we do not wait on it. The body is read to its end: Chrome
// reports a request to DevTools only once its response was consumed (seen in Chromium 156).
import type { PageRequest } from './retry-plan';

export function pageFetchCode({ method, url, headers, body }: PageRequest): string {
  const init = { method, headers, credentials: 'include', cache: 'no-store', ...(body === undefined ? {} : { body }) };
  return `void fetch(${JSON.stringify(url)}, ${JSON.stringify(init)}).then((response) => response.arrayBuffer()).catch(() => {});`;
}
