// Live onRequestFinished events and the getHAR() backfill describe the same requests; this key lets
// the store keep one row per request. DevTools fills both from the same network log, so these
// fields are identical for one request, and two different requests almost never share all of them.
import type { Entry } from 'har-format';

type EntryWithRequestId = Entry & { _requestId?: string };

export function entryIdentity(entry: EntryWithRequestId): string {
  if (entry._requestId) return `rid:${entry._requestId}`;
  return [entry.startedDateTime, entry.request.method, entry.request.url, entry.response.status].join(' ');
}
