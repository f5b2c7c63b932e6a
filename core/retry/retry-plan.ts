// How "Retry" re-sends a failed request from the inspected page: which request, how many times,
// how long between tries, and which methods ask before sending again. The page sends it, so
// cookies and the page's own origin apply exactly as they did; a script cannot set the headers
// the browser writes, so those are left to the browser (page-settable-headers.ts).
import type { CapturedEntry } from '../capture/captured-entry';
import { isPageSettableHeader } from '../reproduce/page-settable-headers';

export const DEFAULT_TRIES = 3;
export const MAX_TRIES = 10;
/** A try whose response has not come by then counts as failed with no response. */
export const TRY_TIMEOUT_MS = 30_000;

/** RFC 9110 §9.2.2: sending these again has the same effect as sending them once. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

export function needsConfirmation(method: string): boolean {
  return !IDEMPOTENT.has(method.toUpperCase());
}

export interface PageRequest {
  method: string;
  url: string;
  headers: [string, string][];
  body?: string;
}

export interface RetryPlan {
  request: PageRequest;
  /** What the retry cannot send as the page did; shown before it starts. */
  differences: string[];
}

export function retryPlan(entry: CapturedEntry): RetryPlan {
  const differences: string[] = [];
  const headers = entry.requestHeaders.filter(({ name }) => isPageSettableHeader(name)).map(({ name, value }): [string, string] => [name, value]);
  const request: PageRequest = { method: entry.method.toUpperCase(), url: entry.url, headers };
  const body = entry.requestBody;
  if (body?.text !== undefined && !['GET', 'HEAD'].includes(request.method)) request.body = body.text;
  else if (body && body.text === undefined) {
    differences.push(body.length > 0 ? `sent without its ${body.length.toLocaleString('en')}-character body, which was too long to keep` : 'sent without its body, of which the capture holds no text');
  }
  return { request, differences };
}

/** Wait before try `attempt` (2, 3, …): 1 s, 2 s, 4 s… capped at 8 s. */
export function backoffBefore(attempt: number): number {
  return Math.min(1000 * 2 ** (attempt - 2), 8000);
}
