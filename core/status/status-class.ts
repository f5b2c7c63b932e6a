// The one definition of "server error" used by the list, the counter, the badge and the CLI.

export type StatusClass =
  | 'no-response'
  | 'out-of-range'
  | 'informational' | 'success' | 'redirect' | 'client-error' | 'server-error';

export function statusClass(status: number): StatusClass {
  if (status > 599) return 'out-of-range';
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'client-error';
  if (status >= 300) return 'redirect';
  if (status >= 200) return 'success';
  if (status >= 100) return 'informational';
  return 'no-response';
}

export function isServerError(status: number): boolean {
  return statusClass(status) === 'server-error';
}

/** Status 0 means no response arrived (blocked, offline, CORS): neither a success nor a server error. */
export function isAnswered(status: number): boolean {
  return statusClass(status) !== 'no-response';
}
