// URLs that failed more than once: a failure that survives a retry or reload is not a blip.

import { groupBy } from './group-by';
import { isAnswered, isServerError } from '../status/status-class';

export interface TimedRequest {
  id: string;
  method: string;
  url: string;
  status: number;
  startedDateTime: string;
}

/** A URL failing at least this many times counts as repeated. */
export const PERSISTENT_MIN_FAILURES = 2;

export interface RepeatedFailure {
  method: string;
  url: string;
  failures: number;
  /** 'persistent': every attempt from the first failure to the last failed; 'intermittent': a success came in between. */
  kind: 'persistent' | 'intermittent';
  failedEntryIds: string[];
}

export function findRepeatedFailures(requests: readonly TimedRequest[]): RepeatedFailure[] {
  const byUrl = groupBy(
    requests.filter((r) => isAnswered(r.status)),
    (r) => `${r.method.toUpperCase()} ${r.url}`,
  );
  const repeated: RepeatedFailure[] = [];
  for (const attempts of byUrl.values()) {
    const ordered = [...attempts].sort((a, b) => Date.parse(a.startedDateTime) - Date.parse(b.startedDateTime));
    const failedAt = ordered.flatMap((r, index) => (isServerError(r.status) ? [index] : []));
    if (failedAt.length < PERSISTENT_MIN_FAILURES) continue;
    const first = failedAt[0]!;
    const last = failedAt[failedAt.length - 1]!;
    const succeededBetween = ordered.slice(first, last + 1).some((r) => !isServerError(r.status));
    repeated.push({
      method: ordered[0]!.method.toUpperCase(),
      url: ordered[0]!.url,
      failures: failedAt.length,
      kind: succeededBetween ? 'intermittent' : 'persistent',
      failedEntryIds: failedAt.map((index) => ordered[index]!.id),
    });
  }
  return repeated.sort((a, b) => b.failures - a.failures);
}
