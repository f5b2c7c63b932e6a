import { describe, expect, it } from 'vitest';
import { filterSuggestions } from '../../../core/filter/filter-suggestions';
import { searchBodies } from '../../../core/filter/body-search';
import { freeTextTerms, parseRequestFilter, type FilterableRequest } from '../../../core/filter/request-filter';

const request = (overrides: Partial<FilterableRequest>): FilterableRequest => ({ url: 'https://shop.test/api/orders', method: 'GET', status: 200, leakCategories: [], hasRequestId: () => false, ...overrides });
const requests = {
  ok: request({}),
  crash: request({ url: 'https://shop.test/api/crash', hasRequestId: () => true, status: 500, leakCategories: ['stack-trace', 'file-path'], worstLeakSeverity: 'high', tier: 'application' }),
  gateway: request({ url: 'https://edge.shop.test/api/pay', method: 'POST', status: 502, leakCategories: ['version-disclosure'], worstLeakSeverity: 'low', tier: 'proxy' }),
  missing: request({ url: 'https://cdn.other.test/x.js', status: 404 }),
  secret: request({ url: 'https://api.shop.test/settings', status: 200, leakCategories: ['secret'], worstLeakSeverity: 'high' }),
};
const matching = (query: string) =>
  Object.entries(requests)
    .filter(([, candidate]) => parseRequestFilter(query).matches(candidate))
    .map(([name]) => name);

describe('parseRequestFilter', () => {
  it.each([
    ['', ['ok', 'crash', 'gateway', 'missing', 'secret']],
    ['crash', ['crash']],
    ['API/', ['ok', 'crash', 'gateway']],
    ['status:5xx', ['crash', 'gateway']],
    ['status:502', ['gateway']],
    ['status:>=400', ['crash', 'gateway', 'missing']],
    ['status:<300', ['ok', 'secret']],
    ['status:400-499', ['missing']],
    ['method:post', ['gateway']],
    ['-method:POST status:5xx', ['crash']],
    ['leak:secret', ['secret']],
    ['leak:any', ['crash', 'gateway', 'secret']],
    ['-leak:any', ['ok', 'missing']],
    ['severity:high', ['crash', 'secret']],
    ['severity:low', ['crash', 'gateway', 'secret']],
    ['tier:proxy', ['gateway']],
    ['tier:app', ['crash']],
    ['domain:shop.test', ['ok', 'crash']],
    ['domain:*.shop.test', ['ok', 'crash', 'gateway', 'secret']],
    ['-domain:cdn.other.test', ['ok', 'crash', 'gateway', 'secret']],
    ['"api/c"', ['crash']],
    ['https://cdn.other.test/', ['missing']],
    ['has:request-id', ['crash']],
    ['has:leak -status:5xx', ['secret']],
  ])('%j matches %j', (query, expected) => {
    expect(matching(query)).toEqual(expected);
    expect(parseRequestFilter(query).invalid).toEqual([]);
  });

  it.each([
    ['stauts:5xx', 'unknown key stauts (keys: status, method, domain, leak, severity, tier, has)'],
    ['has:trace', 'has: one of request-id, leak'],
    ['status:6xx', 'status: like 5xx, 502, 500-599 or >=400'],
    ['status:', 'status: needs a value'],
    ['leak:password', 'leak: one of any, stack-trace, file-path, database-error, debug-page, version-disclosure, secret, internal-address, source-code, environment-dump'],
    ['severity:critical', 'severity: one of high, medium, low'],
    ['tier:db', 'tier: one of application, proxy, cdn, origin-server, unknown'],
  ])('shows %j as invalid (%s) and applies the other terms', (term, reason) => {
    const filter = parseRequestFilter(`${term} status:5xx`);
    expect(filter.invalid).toEqual([{ term, reason }]);
    expect(Object.values(requests).filter((candidate) => filter.matches(candidate))).toHaveLength(2);
  });

  it('says when only invalid terms were typed, so nothing is filtered', () => {
    expect(parseRequestFilter('bogus:1').isEmpty).toBe(true);
    expect(parseRequestFilter('status:5xx').isEmpty).toBe(false);
  });
});

describe('filterSuggestions', () => {
  const seen = { methods: ['GET', 'POST'], domains: ['shop.test', 'api.shop.test'] };
  it('completes the term being typed to a key, then to its values, keeping what came before', () => {
    expect(filterSuggestions('', seen)).toEqual(['status:', 'method:', 'domain:', 'leak:', 'severity:', 'tier:', 'has:']);
    expect(filterSuggestions('st', seen)).toEqual(['status:']);
    expect(filterSuggestions('crash -le', seen)).toEqual(['crash -leak:']);
    expect(filterSuggestions('status:5', seen)).toEqual(['status:5xx', 'status:500', 'status:502', 'status:503', 'status:504', 'status:500-599']);
    expect(filterSuggestions('status:5xx method:', seen)).toEqual(['status:5xx method:GET', 'status:5xx method:POST']);
    expect(filterSuggestions('domain:api', seen)).toEqual(['domain:api.shop.test']);
    expect(filterSuggestions('has:r', seen)).toEqual(['has:request-id']);
    expect(filterSuggestions('nokey:x', seen)).toEqual([]);
  });

  it('suggests only terms the filter reads', () => {
    for (const typed of ['', 'status:', 'leak:', 'severity:', 'tier:', 'has:']) {
      for (const suggestion of filterSuggestions(typed, seen)) {
        if (suggestion.endsWith(':')) continue;
        expect(parseRequestFilter(suggestion).invalid, suggestion).toEqual([]);
      }
    }
  });
});

describe('body search', () => {
  it('looks for the free-text terms only, case-insensitively, and counts what it could not search', () => {
    expect(freeTextTerms('status:5xx Traceback -"no such" https://x.test/a')).toEqual(['traceback', 'no such', 'https://x.test/a']);
    const result = searchBodies(['traceback', 'orders'], [
      { id: 'a', text: 'Traceback (most recent call last):' },
      { id: 'b', text: '{"orders":[]}' },
      { id: 'c', text: undefined },
      { id: 'd', text: null },
    ]);
    expect(result).toEqual({ matches: { traceback: ['a'], orders: ['b'] }, searched: 2, notHeld: 1 });
  });

  it('lets a free-text term match the body as well as the URL', () => {
    const inBody = request({ url: 'https://shop.test/api/x', bodyContains: (term) => term === 'traceback' });
    expect(parseRequestFilter('Traceback').matches(inBody)).toBe(true);
    expect(parseRequestFilter('-traceback').matches(inBody)).toBe(false);
    expect(parseRequestFilter('Traceback').matches(request({}))).toBe(false);
  });
});
