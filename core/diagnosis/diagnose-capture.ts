// Site-wide view of a capture: per origin, is the failure systemic (many routes, or most requests)
// or tied to a few routes, which tier answered the failures, and which URLs kept failing.

import type { HeaderField } from '../capture/captured-entry';
import { detectTier, type DetectedTier, type TierDetection } from './detect-tier';
import { PERSISTENT_MIN_FAILURES, findRepeatedFailures, type RepeatedFailure } from './repeated-failures';
import { routeKey } from './route-key';
import { isAnswered, isServerError } from '../status/status-class';

/** A CapturedEntry, optionally with its body, fits this shape. */
export interface DiagnosableEntry {
  id: string;
  url: string;
  method: string;
  status: number;
  startedDateTime: string;
  responseHeaders: HeaderField[];
  body?: string | null;
  /** The entry's tier when already detected (the panel does it once per response). */
  tier?: TierDetection;
}

/** This many distinct failing routes on one origin means the cause is shared, whatever else works. */
export const SYSTEMIC_MIN_FAILING_ROUTES = 3;
/** More than this share of an origin's requests failing, across at least two routes, is systemic. */
export const SYSTEMIC_FAILURE_SHARE = 0.5;
/** The share rule needs this many failing routes: one route failing over and over is still that route. */
export const SYSTEMIC_SHARE_MIN_FAILING_ROUTES = 2;

export type OriginVerdict = 'systemic' | 'route-specific' | 'none';

export interface RouteFailures {
  /** "GET /orders/:id" */
  route: string;
  failingRequests: number;
  totalRequests: number;
  statuses: number[];
}

export interface OriginDiagnosis {
  origin: string;
  verdict: OriginVerdict;
  failingRoutes: number;
  totalRoutes: number;
  failingRequests: number;
  totalRequests: number;
  /** One sentence with the numbers above. */
  summary: string;
  /** The tier that answered most failures ('unknown' when there are none). */
  tier: DetectedTier;
  tierCounts: Partial<Record<DetectedTier, number>>;
  /** Failing routes, most failures first. */
  routes: RouteFailures[];
}

export interface FailingEntryDiagnosis {
  id: string;
  origin: string;
  route: string;
  status: number;
  tier: TierDetection;
}

export interface CaptureDiagnosis {
  /** Origins with failures first (systemic before route-specific), then by failing requests. */
  origins: OriginDiagnosis[];
  repeatedFailures: RepeatedFailure[];
  failingEntries: FailingEntryDiagnosis[];
}

/**
 * The diagnosis of a capture that grows one entry at a time: each entry is located (URL parsed, route
 * and tier found) once, when it arrives or changes, and tallied per origin and route, so a new
 * diagnosis costs the number of origins, failing routes and failures, not the number of entries.
 * The panel asks for one after every burst of requests; a capture can hold tens of thousands.
 */
export class CaptureDiagnoser {
  #located = new Map<string, LocatedEntry>();
  #origins = new Map<string, OriginTally>();
  #failures = new Map<string, FailingEntryDiagnosis>();
  #attemptsByUrl = new Map<string, UrlAttempts>();

  /** Adds the entry, or replaces the one with its id (its body or tier arrived). */
  upsert(entry: DiagnosableEntry): void {
    const previous = this.#located.get(entry.id);
    if (previous) this.#untally(previous);
    const located = isAnswered(entry.status) ? locate(entry) : undefined;
    if (located) this.#tally(located, entry.body);
    else this.#located.delete(entry.id);
    // A failure replaced by a failure keeps its place in the lists (Map.set on a key it has).
    if (previous && !(located && isServerError(entry.status))) {
      this.#failures.delete(entry.id);
      this.#origins.get(previous.origin)!.failures.delete(entry.id);
    }
  }

  clear(): void {
    this.#located.clear();
    this.#origins.clear();
    this.#failures.clear();
    this.#attemptsByUrl.clear();
  }

  diagnosis(): CaptureDiagnosis {
    const origins = [...this.#origins.values()].filter((o) => o.totalRequests > 0).map(diagnoseOrigin);
    origins.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.failingRequests - a.failingRequests);
    const repeatCandidates = [...this.#attemptsByUrl.values()]
      .filter((attempts) => attempts.failures >= PERSISTENT_MIN_FAILURES)
      .flatMap((attempts) => [...attempts.byId.values()]);
    return { origins, repeatedFailures: findRepeatedFailures(repeatCandidates), failingEntries: [...this.#failures.values()] };
  }

  /** `body` serves to detect the tier once; it is not kept (the store may drop bodies for memory). */
  #tally(located: LocatedEntry, body: string | null | undefined): void {
    const { entry, origin, route } = located;
    this.#located.set(entry.id, located);

    let tally = this.#origins.get(origin);
    if (!tally) this.#origins.set(origin, (tally = { origin, totalRequests: 0, routes: new Map(), failures: new Map() }));
    tally.totalRequests += 1;
    let routeTally = tally.routes.get(route);
    if (!routeTally) tally.routes.set(route, (routeTally = { totalRequests: 0, failingStatuses: new Map() }));
    routeTally.totalRequests += 1;
    const urlKey = urlKeyOf(entry);
    let attempts = this.#attemptsByUrl.get(urlKey);
    if (!attempts) this.#attemptsByUrl.set(urlKey, (attempts = { failures: 0, byId: new Map() }));
    attempts.byId.set(entry.id, entry);

    if (!isServerError(entry.status)) return;
    routeTally.failingStatuses.set(entry.status, (routeTally.failingStatuses.get(entry.status) ?? 0) + 1);
    attempts.failures += 1;
    const failure: FailingEntryDiagnosis = {
      id: entry.id,
      origin,
      route,
      status: entry.status,
      tier: entry.tier ?? detectTier({ status: entry.status, headers: entry.responseHeaders, body: body ?? null }),
    };
    tally.failures.set(entry.id, failure);
    this.#failures.set(entry.id, failure);
  }

  // Tallies that drop to zero stay, so an entry replaced in place keeps its origin's and route's order.
  #untally({ entry, origin, route }: LocatedEntry): void {
    const tally = this.#origins.get(origin)!;
    const routeTally = tally.routes.get(route)!;
    const attempts = this.#attemptsByUrl.get(urlKeyOf(entry))!;
    tally.totalRequests -= 1;
    routeTally.totalRequests -= 1;
    attempts.byId.delete(entry.id);
    if (!isServerError(entry.status)) return;
    attempts.failures -= 1;
    const left = routeTally.failingStatuses.get(entry.status)! - 1;
    if (left > 0) routeTally.failingStatuses.set(entry.status, left);
    else routeTally.failingStatuses.delete(entry.status);
  }
}

const VERDICT_ORDER: Record<OriginVerdict, number> = { systemic: 0, 'route-specific': 1, none: 2 };

interface LocatedEntry {
  entry: DiagnosableEntry;
  origin: string;
  route: string;
}

interface OriginTally {
  origin: string;
  totalRequests: number;
  routes: Map<string, RouteTally>;
  /** This origin's failures, in the order they arrived. */
  failures: Map<string, FailingEntryDiagnosis>;
}

interface RouteTally {
  totalRequests: number;
  /** Failing requests per status. */
  failingStatuses: Map<number, number>;
}

/** Every attempt at one method + URL, for repeated failures. */
interface UrlAttempts {
  failures: number;
  byId: Map<string, DiagnosableEntry>;
}

export function diagnoseCapture(entries: readonly DiagnosableEntry[]): CaptureDiagnosis {
  const diagnoser = new CaptureDiagnoser();
  for (const entry of entries) diagnoser.upsert(entry);
  return diagnoser.diagnosis();
}

function urlKeyOf(entry: DiagnosableEntry): string {
  return `${entry.method.toUpperCase()} ${entry.url}`;
}

function locate(entry: DiagnosableEntry): LocatedEntry | undefined {
  let url: URL;
  try {
    url = new URL(entry.url);
  } catch {
    return undefined;
  }
  // data:, blob: and similar have no origin to diagnose.
  if (url.origin === 'null') return undefined;
  const { body: _body, ...withoutBody } = entry;
  return { entry: withoutBody, origin: url.origin, route: routeKey(entry.method, url) };
}

function diagnoseOrigin({ origin, totalRequests, routes: routeTallies, failures }: OriginTally): OriginDiagnosis {
  const routes: RouteFailures[] = [];
  let totalRoutes = 0;
  for (const [route, tally] of routeTallies) {
    if (tally.totalRequests === 0) continue;
    totalRoutes += 1;
    if (tally.failingStatuses.size === 0) continue;
    const statuses = [...tally.failingStatuses.keys()].sort((a, b) => a - b);
    const failingRequests = [...tally.failingStatuses.values()].reduce((sum, n) => sum + n, 0);
    routes.push({ route, failingRequests, totalRequests: tally.totalRequests, statuses });
  }
  routes.sort((a, b) => b.failingRequests - a.failingRequests);

  const counts = { failingRoutes: routes.length, totalRoutes, failingRequests: failures.size, totalRequests };
  const verdict = verdictFor(counts);
  const tierCounts = countTiers(failures.values());
  return {
    origin,
    verdict,
    ...counts,
    summary: summarise(origin, verdict, counts),
    tier: mostCommonTier(tierCounts),
    tierCounts,
    routes,
  };
}

type Counts = Pick<OriginDiagnosis, 'failingRoutes' | 'totalRoutes' | 'failingRequests' | 'totalRequests'>;

export function verdictFor({ failingRoutes, failingRequests, totalRequests }: Counts): OriginVerdict {
  if (failingRequests === 0) return 'none';
  if (failingRoutes >= SYSTEMIC_MIN_FAILING_ROUTES) return 'systemic';
  const share = failingRequests / totalRequests;
  if (failingRoutes >= SYSTEMIC_SHARE_MIN_FAILING_ROUTES && share > SYSTEMIC_FAILURE_SHARE) return 'systemic';
  return 'route-specific';
}

function summarise(origin: string, verdict: OriginVerdict, c: Counts): string {
  const routes = `${c.failingRoutes} of ${c.totalRoutes} ${plural(c.totalRoutes, 'route')}`;
  const requests = `${c.failingRequests} of ${c.totalRequests} ${plural(c.totalRequests, 'request')}`;
  switch (verdict) {
    case 'none':
      return `No server errors on ${origin} across ${c.totalRequests} ${plural(c.totalRequests, 'request')} to ${c.totalRoutes} ${plural(c.totalRoutes, 'route')}.`;
    case 'systemic':
      return `${routes} on ${origin} failed (${requests}): the failure is site-wide, so look for a shared cause such as a deployment, the database or the server itself.`;
    case 'route-specific':
      return c.failingRoutes === c.totalRoutes
        ? `${routes} on ${origin} failed (${requests}) and no other route of this origin was seen, so a wider outage cannot be ruled out.`
        : `${routes} on ${origin} failed (${requests}) while the other routes worked: look at the failing route's code and the data it touches.`;
  }
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function countTiers(failures: Iterable<FailingEntryDiagnosis>): Partial<Record<DetectedTier, number>> {
  const counts: Partial<Record<DetectedTier, number>> = {};
  for (const failure of failures) counts[failure.tier.tier] = (counts[failure.tier.tier] ?? 0) + 1;
  return counts;
}

/** Ties go to the tier seen first among the failures (insertion order of the counts). */
function mostCommonTier(counts: Partial<Record<DetectedTier, number>>): DetectedTier {
  let best: DetectedTier = 'unknown';
  let bestCount = 0;
  for (const [tier, count] of Object.entries(counts) as [DetectedTier, number][]) {
    if (count > bestCount) {
      best = tier;
      bestCount = count;
    }
  }
  return best;
}
