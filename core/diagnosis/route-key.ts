// Groups requests by the route that served them: "GET /orders/:id" for /orders/42 and /orders/43.
// Query strings are ignored; path segments that look like identifiers become ":id".

const NUMERIC = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Object ids, hashes and tokens: 12+ hex characters with at least one digit (so "deadbeefcafe"-like words survive only if all letters). */
const LONG_HEX = /^(?=[0-9a-f]*\d)[0-9a-f]{12,}$/i;

export const ID_PLACEHOLDER = ':id';

export function normalisePath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => (NUMERIC.test(segment) || UUID.test(segment) || LONG_HEX.test(segment) ? ID_PLACEHOLDER : segment))
    .join('/');
}

export function routeKey(method: string, url: URL): string {
  return `${method.toUpperCase()} ${normalisePath(url.pathname)}`;
}
