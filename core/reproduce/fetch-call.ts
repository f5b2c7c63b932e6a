// "Copy as fetch()": a call to paste in a console. Every string is written by JSON.stringify, so
// nothing in the request can break out of it; headers a script may not set are left out, as the
// browser would drop them, and cookies travel with credentials: "include" instead.
import { isPageSettableHeader } from './page-settable-headers';
import type { ReproducibleRequest } from './reproducible-request';

export function fetchCall({ method, url, headers, body }: ReproducibleRequest): string {
  const settable = headers.filter(({ name }) => isPageSettableHeader(name));
  const init: Record<string, unknown> = { method: method.toUpperCase() };
  if (settable.length) init.headers = Object.fromEntries(settable.map(({ name, value }) => [name, value]));
  if (body !== undefined) init.body = body;
  init.credentials = 'include';
  return `fetch(${JSON.stringify(url)}, ${JSON.stringify(init, null, 2)});`;
}
