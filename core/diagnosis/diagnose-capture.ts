// Site-wide view of a capture: per origin, is the failure systemic (many routes, or most requests)
// or tied to a few routes, which tier answered the failures, and which URLs kept failing.

import type { HeaderField } from '../capture/captured-entry';
import { detectTier, type DetectedTier, type TierDetection } from './detect-tier';
import { groupBy } from './group-by';
import { findRepeatedFailures, type RepeatedFailure } from './repeated-failures';
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

interface LocatedEntry {
  entry: DiagnosableEntry;
  origin: string;
  route: string;
}

export function diagnoseCapture(entries: readonly DiagnosableEntry[]): CaptureDiagnosis {
  const located = entries.filter((e) => isAnswered(e.status)).flatMap(locate);
  const failingEntries = located
    .filter(({ entry }) => isServerError(entry.status))
    .map(({ entry, origin, route }) => ({
      id: entry.id,
      origin,
      route,
      status: entry.status,
      tier: entry.tier ?? detectTier({ status: entry.status, headers: entry.responseHeaders, body: entry.body ?? null }),
    }));

  const byOrigin = groupBy(located, (l) => l.origin);
  const origins = [...byOrigin].map(([origin, members]) =>
    diagnoseOrigin(origin, members, failingEntries.filter((f) => f.origin === origin)),
  );
  origins.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || b.failingRequests - a.failingRequests);

  return { origins, repeatedFailures: findRepeatedFailures(located.map((l) => l.entry)), failingEntries };
}

const VERDICT_ORDER: Record<OriginVerdict, number> = { systemic: 0, 'route-specific': 1, none: 2 };

function locate(entry: DiagnosableEntry): LocatedEntry[] {
  let url: URL;
  try {
    url = new URL(entry.url);
  } catch {
    return [];
  }
  // data:, blob: and similar have no origin to diagnose.
  if (url.origin === 'null') return [];
  return [{ entry, origin: url.origin, route: routeKey(entry.method, url) }];
}

function diagnoseOrigin(origin: string, members: LocatedEntry[], failures: FailingEntryDiagnosis[]): OriginDiagnosis {
  const byRoute = groupBy(members, (m) => m.route);
  const routes: RouteFailures[] = [...byRoute]
    .map(([route, requests]) => {
      const failed = requests.filter((r) => isServerError(r.entry.status));
      return {
        route,
        failingRequests: failed.length,
        totalRequests: requests.length,
        statuses: [...new Set(failed.map((r) => r.entry.status))].sort((a, b) => a - b),
      };
    })
    .filter((r) => r.failingRequests > 0)
    .sort((a, b) => b.failingRequests - a.failingRequests);

  const counts = {
    failingRoutes: routes.length,
    totalRoutes: byRoute.size,
    failingRequests: failures.length,
    totalRequests: members.length,
  };
  const verdict = verdictFor(counts);
  const tierCounts = countTiers(failures);
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

function countTiers(failures: FailingEntryDiagnosis[]): Partial<Record<DetectedTier, number>> {
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
