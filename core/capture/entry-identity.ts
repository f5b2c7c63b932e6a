// Live onRequestFinished events and the getHAR() backfill describe the same requests; the ids made
// here let the store keep one row per request. DevTools fills both from the same network log, so
// the key fields are identical for one request; but identical concurrent requests (twenty
// `fetch('/same')` in one millisecond) share them too. So each source numbers the repeats of a key
// in the order it reports them: the nth repeat from the backfill and the nth from live events are
// the same request, while two live repeats can never be merged.
import type { Entry } from 'har-format';

type EntryWithRequestId = Entry & { _requestId?: string };

export type EntrySource = 'live' | 'backfill';

export function entryKey(entry: EntryWithRequestId): string {
  if (entry._requestId) return `rid:${entry._requestId}`;
  return [entry.startedDateTime, entry.request.method, entry.request.url, entry.response.status].join(' ');
}

export class EntryIdentities {
  readonly #seen: Record<EntrySource, Map<string, number>> = { live: new Map(), backfill: new Map() };

  /** The id of the next entry reported by `source`: equal ids across sources mean one request. */
  idFor(entry: Entry, source: EntrySource): string {
    const key = entryKey(entry);
    const repeats = this.#seen[source];
    const occurrence = repeats.get(key) ?? 0;
    repeats.set(key, occurrence + 1);
    return occurrence === 0 ? key : `${key} #${occurrence + 1}`;
  }
}
