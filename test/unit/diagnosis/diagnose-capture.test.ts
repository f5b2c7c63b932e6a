import { describe, expect, it } from 'vitest';
import {
  SYSTEMIC_FAILURE_SHARE,
  SYSTEMIC_MIN_FAILING_ROUTES,
  SYSTEMIC_SHARE_MIN_FAILING_ROUTES,
  diagnoseCapture,
  verdictFor,
  type DiagnosableEntry,
} from '../../../core/diagnosis/diagnose-capture';
import { PERSISTENT_MIN_FAILURES, findRepeatedFailures } from '../../../core/diagnosis/repeated-failures';
import { normalisePath, routeKey } from '../../../core/diagnosis/route-key';

let clock = Date.parse('2026-11-25T05:00:00Z');
let nextId = 0;
function entry(method: string, url: string, status: number, extra: Partial<DiagnosableEntry> = {}): DiagnosableEntry {
  clock += 1000;
  return { id: `e${nextId++}`, method, url, status, startedDateTime: new Date(clock).toISOString(), responseHeaders: [], ...extra };
}

describe('routes', () => {
  it.each([
    ['/orders/42', '/orders/:id'],
    ['/orders/42/items/7', '/orders/:id/items/:id'],
    ['/users/3f2b8c1e-9d4a-4e6b-8f1a-2c3d4e5f6a7b/avatar', '/users/:id/avatar'],
    ['/posts/65a1f0c2e4b0a1b2c3d4e5f6', '/posts/:id'],
    ['/assets/app.9f86d081884c7d65.js', '/assets/app.9f86d081884c7d65.js'],
    ['/v2/products', '/v2/products'],
    ['/blog/cafe', '/blog/cafe'],
    ['/', '/'],
  ])('%s → %s', (path, route) => {
    expect(normalisePath(path)).toBe(route);
  });

  it('ignores the query and upper-cases the method', () => {
    expect(routeKey('get', new URL('https://shop.example/orders/42?tab=items'))).toBe('GET /orders/:id');
  });
});

describe('verdict thresholds', () => {
  const counts = (failingRoutes: number, totalRoutes: number, failingRequests: number, totalRequests: number) => ({
    failingRoutes,
    totalRoutes,
    failingRequests,
    totalRequests,
  });

  it('uses the documented values', () => {
    expect([SYSTEMIC_MIN_FAILING_ROUTES, SYSTEMIC_FAILURE_SHARE, SYSTEMIC_SHARE_MIN_FAILING_ROUTES]).toEqual([3, 0.5, 2]);
  });

  it.each([
    ['no failures', counts(0, 5, 0, 20), 'none'],
    ['one failing route of many', counts(1, 5, 1, 20), 'route-specific'],
    ['failing routes one below the route threshold, low share', counts(SYSTEMIC_MIN_FAILING_ROUTES - 1, 10, 2, 40), 'route-specific'],
    ['failing routes at the route threshold, low share', counts(SYSTEMIC_MIN_FAILING_ROUTES, 10, 3, 40), 'systemic'],
    ['two routes, share exactly at the threshold', counts(2, 4, 5, 10), 'route-specific'],
    ['two routes, share just above the threshold', counts(2, 4, 6, 10), 'systemic'],
    ['one route, every request failing', counts(1, 2, 9, 10), 'route-specific'],
    ['one route seen, failing', counts(1, 1, 3, 3), 'route-specific'],
  ])('%s → %s', (_name, c, verdict) => {
    expect(verdictFor(c)).toBe(verdict);
  });
});

describe('diagnoseCapture', () => {
  const nginx502 = {
    responseHeaders: [{ name: 'Server', value: 'nginx' }],
    body: '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>',
  };
  const entries = [
    // shop.example: three routes fail behind nginx, one works → systemic.
    entry('GET', 'https://shop.example/', 200),
    entry('GET', 'https://shop.example/cart', 502, nginx502),
    entry('GET', 'https://shop.example/orders/1', 502, nginx502),
    entry('GET', 'https://shop.example/orders/2', 502, nginx502),
    entry('POST', 'https://shop.example/checkout', 500, { responseHeaders: [{ name: 'X-Powered-By', value: 'Express' }] }),
    // api.example: one route fails, four work → route-specific.
    entry('GET', 'https://api.example/v1/products', 200),
    entry('GET', 'https://api.example/v1/products/7', 200),
    entry('GET', 'https://api.example/v1/users/me', 200),
    entry('GET', 'https://api.example/v1/cart', 200),
    entry('GET', 'https://api.example/v1/reports/9', 500),
    entry('GET', 'https://api.example/v1/reports/9', 500),
    // cdn.example: all fine.
    entry('GET', 'https://cdn.example/app.js', 200),
    // No answer, and no origin: ignored.
    entry('GET', 'https://api.example/v1/blocked', 0),
    entry('GET', 'data:text/plain,hi', 200),
  ];
  const diagnosis = diagnoseCapture(entries);
  const byOrigin = (origin: string) => diagnosis.origins.find((o) => o.origin === origin)!;

  it('finds a systemic failure with its numbers and the tier that answered most failures', () => {
    expect(byOrigin('https://shop.example')).toMatchObject({
      verdict: 'systemic',
      failingRoutes: 3,
      totalRoutes: 4,
      failingRequests: 4,
      totalRequests: 5,
      tier: 'proxy',
      tierCounts: { proxy: 3, application: 1 },
    });
    expect(byOrigin('https://shop.example').summary).toBe(
      '3 of 4 routes on https://shop.example failed (4 of 5 requests): the failure is site-wide, so look for a shared cause such as a deployment, the database or the server itself.',
    );
    expect(byOrigin('https://shop.example').routes).toEqual([
      { route: 'GET /orders/:id', failingRequests: 2, totalRequests: 2, statuses: [502] },
      { route: 'GET /cart', failingRequests: 1, totalRequests: 1, statuses: [502] },
      { route: 'POST /checkout', failingRequests: 1, totalRequests: 1, statuses: [500] },
    ]);
  });

  it('finds a route-specific failure and ignores unanswered requests', () => {
    expect(byOrigin('https://api.example')).toMatchObject({
      verdict: 'route-specific',
      failingRoutes: 1,
      totalRoutes: 5,
      failingRequests: 2,
      totalRequests: 6,
      tier: 'application',
    });
    expect(byOrigin('https://api.example').summary).toBe(
      '1 of 5 routes on https://api.example failed (2 of 6 requests) while the other routes worked: look at the failing route\'s code and the data it touches.',
    );
  });

  it('reports origins without failures last, and skips URLs without an origin', () => {
    expect(diagnosis.origins.map((o) => [o.origin, o.verdict])).toEqual([
      ['https://shop.example', 'systemic'],
      ['https://api.example', 'route-specific'],
      ['https://cdn.example', 'none'],
    ]);
    expect(byOrigin('https://cdn.example')).toMatchObject({ tier: 'unknown', tierCounts: {}, routes: [] });
    expect(byOrigin('https://cdn.example').summary).toBe('No server errors on https://cdn.example across 1 request to 1 route.');
  });

  it('diagnoses the tier of every failing entry', () => {
    expect(diagnosis.failingEntries.map((f) => [f.route, f.status, f.tier.tier, f.tier.vendor])).toEqual([
      ['GET /cart', 502, 'proxy', 'nginx'],
      ['GET /orders/:id', 502, 'proxy', 'nginx'],
      ['GET /orders/:id', 502, 'proxy', 'nginx'],
      ['POST /checkout', 500, 'application', 'Express'],
      ['GET /v1/reports/:id', 500, 'application', undefined],
      ['GET /v1/reports/:id', 500, 'application', undefined],
    ]);
  });

  it('lists the URL that failed again on retry', () => {
    expect(diagnosis.repeatedFailures).toEqual([
      { method: 'GET', url: 'https://api.example/v1/reports/9', failures: 2, kind: 'persistent', failedEntryIds: [entries[9]!.id, entries[10]!.id] },
    ]);
  });

  it('says when the only route seen is the failing one', () => {
    const [origin] = diagnoseCapture([entry('GET', 'https://solo.example/a', 503)]).origins;
    expect(origin?.summary).toBe(
      '1 of 1 route on https://solo.example failed (1 of 1 request) and no other route of this origin was seen, so a wider outage cannot be ruled out.',
    );
  });
});

describe('repeated failures', () => {
  const url = 'https://shop.example/cart';

  it('needs the documented number of failures', () => {
    expect(PERSISTENT_MIN_FAILURES).toBe(2);
    expect(findRepeatedFailures([entry('GET', url, 500), entry('GET', url, 200)])).toEqual([]);
  });

  it.each([
    ['fail, fail', [500, 502], 'persistent', 2],
    ['fail, fail, fail', [500, 500, 500], 'persistent', 3],
    ['fail, success, fail', [500, 200, 500], 'intermittent', 2],
    ['success, fail, fail', [200, 503, 503], 'persistent', 2],
    ['fail, no answer, fail', [500, 0, 500], 'persistent', 2],
    ['fail, fail, then fixed', [500, 500, 200], 'persistent', 2],
  ])('%s → %s', (_name, statuses, kind, failures) => {
    const requests = statuses.map((status) => entry('GET', url, status));
    expect(findRepeatedFailures(requests)).toMatchObject([{ kind, failures }]);
  });

  it('orders attempts by time, not by list order', () => {
    const [first, second, third] = [entry('GET', url, 500), entry('GET', url, 200), entry('GET', url, 500)];
    expect(findRepeatedFailures([third!, first!, second!])[0]?.kind).toBe('intermittent');
  });

  it('treats another query string or method as another URL', () => {
    expect(findRepeatedFailures([entry('GET', `${url}?a=1`, 500), entry('GET', `${url}?a=2`, 500), entry('POST', `${url}?a=1`, 500)])).toEqual([]);
  });
});
