// The panel's filter box, a small query language as DevTools users know it from the Network panel:
// free text over the URL, `key:value` terms, `-` to negate, several terms ANDed. A term it cannot
// read is returned as invalid with the reason, for the panel to show: never silently dropped.
//
//   status:5xx  status:502  status:>=400  status:500-599   method:POST   domain:api.example.com
//   domain:*.example.com    leak:secret (a category; leak:any for any)    severity:medium (or worse)
//   tier:proxy (the tier that answered a 5xx)   has:request-id  has:leak   "quoted text"  -negated
import { LEAK_CATEGORIES, LEAK_SEVERITIES, severityRank, type LeakCategory, type LeakSeverity } from '../leaks/leak-finding';

/** What a term can look at on one request. */
export interface FilterableRequest {
  url: string;
  method: string;
  status: number;
  leakCategories: readonly LeakCategory[];
  worstLeakSeverity?: LeakSeverity;
  /** The tier that answered, when known (5xx after analysis). */
  tier?: string;
  /** Whether a response header carries a request or trace id; asked only by `has:request-id`. */
  hasRequestId(): boolean;
  /** With body search on: whether the response body holds this lowercased free-text term. */
  bodyContains?(term: string): boolean;
}

export interface InvalidTerm {
  term: string;
  reason: string;
}

export interface RequestFilter {
  matches(request: FilterableRequest): boolean;
  invalid: InvalidTerm[];
  /** True when no term restricts anything (empty, or only invalid terms). */
  isEmpty: boolean;
}

export const FILTER_KEYS = ['status', 'method', 'domain', 'leak', 'severity', 'tier', 'has'] as const;
export const FILTER_TIERS = ['application', 'proxy', 'cdn', 'origin-server', 'unknown'];
export const FILTER_HAS = ['request-id', 'leak'] as const;

type Predicate = (request: FilterableRequest) => boolean;

export function parseRequestFilter(query: string): RequestFilter {
  const predicates: Predicate[] = [];
  const invalid: InvalidTerm[] = [];
  for (const raw of tokenize(query)) {
    const negated = raw.startsWith('-') && raw.length > 1;
    const term = negated ? raw.slice(1) : raw;
    const parsed = parseTerm(term);
    if (typeof parsed === 'string') invalid.push({ term: raw, reason: parsed });
    else predicates.push(negated ? (request) => !parsed(request) : parsed);
  }
  return {
    matches: (request) => predicates.every((predicate) => predicate(request)),
    invalid,
    isEmpty: predicates.length === 0,
  };
}

/** Whitespace-separated terms; "double quotes" keep spaces (and a key:"quoted value" too). */
function tokenize(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/(?:[^\s"]+|"[^"]*"?)+/g)) terms.push(match[0].replace(/"/g, ''));
  return terms.filter((term) => term !== '' && term !== '-');
}

/** A predicate, or why the term cannot be read. */
function parseTerm(term: string): Predicate | string {
  if (!isKeyTerm(term)) return freeText(term);
  const colon = term.indexOf(':');
  const key = term.slice(0, colon).toLowerCase();
  const value = term.slice(colon + 1);
  if (value === '') return `${key}: needs a value`;
  switch (key) {
    case 'status':
      return statusPredicate(value);
    case 'method':
      return (request) => request.method.toUpperCase() === value.toUpperCase();
    case 'domain':
      return domainPredicate(value);
    case 'leak': {
      const category = value.toLowerCase();
      if (category === 'any') return (request) => request.leakCategories.length > 0;
      if (!(LEAK_CATEGORIES as readonly string[]).includes(category)) return `leak: one of any, ${LEAK_CATEGORIES.join(', ')}`;
      return (request) => request.leakCategories.includes(category as LeakCategory);
    }
    case 'severity': {
      const wanted = value.toLowerCase();
      if (!(LEAK_SEVERITIES as readonly string[]).includes(wanted)) return `severity: one of ${LEAK_SEVERITIES.join(', ')}`;
      const floor = severityRank(wanted as LeakSeverity);
      return (request) => request.worstLeakSeverity !== undefined && severityRank(request.worstLeakSeverity) >= floor;
    }
    case 'tier': {
      const wanted = value.toLowerCase() === 'app' ? 'application' : value.toLowerCase();
      if (!FILTER_TIERS.includes(wanted)) return `tier: one of ${FILTER_TIERS.join(', ')}`;
      return (request) => request.tier === wanted;
    }
    case 'has': {
      const wanted = value.toLowerCase();
      if (wanted === 'request-id') return (request) => request.hasRequestId();
      if (wanted === 'leak') return (request) => request.leakCategories.length > 0;
      return `has: one of ${FILTER_HAS.join(', ')}`;
    }
    default:
      return `unknown key ${key} (keys: ${FILTER_KEYS.join(', ')})`;
  }
}

function freeText(text: string): Predicate {
  const needle = text.toLowerCase();
  return (request) => request.url.toLowerCase().includes(needle) || request.bodyContains?.(needle) === true;
}

/** The free-text terms of a query, lowercased: what a body search looks for. */
export function freeTextTerms(query: string): string[] {
  return tokenize(query)
    .map((raw) => (raw.startsWith('-') && raw.length > 1 ? raw.slice(1) : raw))
    .filter((term) => !isKeyTerm(term))
    .map((term) => term.toLowerCase());
}

/** `key:value`; a URL typed into the box (https://…) is free text, not a key. */
function isKeyTerm(term: string): boolean {
  const colon = term.indexOf(':');
  return colon > 0 && /^[a-z-]+$/i.test(term.slice(0, colon)) && term.slice(colon, colon + 3) !== '://';
}

function statusPredicate(value: string): Predicate | string {
  const lower = value.toLowerCase();
  const klass = /^([1-5])xx$/.exec(lower);
  if (klass) return (request) => Math.floor(request.status / 100) === Number(klass[1]);
  const exact = /^(\d{3})$/.exec(lower);
  if (exact) return (request) => request.status === Number(exact[1]);
  const range = /^(\d{3})-(\d{3})$/.exec(lower);
  if (range) return (request) => request.status >= Number(range[1]) && request.status <= Number(range[2]);
  const comparison = /^(>=|<=|>|<)(\d{3})$/.exec(lower);
  if (comparison) {
    const bound = Number(comparison[2]);
    const compare = { '>=': (s: number) => s >= bound, '<=': (s: number) => s <= bound, '>': (s: number) => s > bound, '<': (s: number) => s < bound }[comparison[1] as '>=' | '<=' | '>' | '<'];
    return (request) => compare(request.status);
  }
  return 'status: like 5xx, 502, 500-599 or >=400';
}

function domainPredicate(value: string): Predicate {
  const wanted = value.toLowerCase();
  const host = (url: string) => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return '';
    }
  };
  if (wanted.startsWith('*.')) {
    const suffix = wanted.slice(1);
    return (request) => {
      const name = host(request.url);
      return name.endsWith(suffix) || name === suffix.slice(1);
    };
  }
  return (request) => host(request.url) === wanted;
}
