// The server deliberately turned the request away: rate limits, overload, maintenance, plan limits.

import { BODY_ONLY, headersOnly } from '../../text/text-rule';
import type { EvidenceRule } from './evidence-rule';

export const CAPACITY_RULES: readonly EvidenceRule[] = [
  {
    id: 'retry-after-header',
    causeId: 'capacity',
    description: 'A Retry-After header: the server expects to accept requests again later (overload or maintenance).',
    scope: headersOnly('retry-after'),
    keywords: [],
    pattern: /^[^\r\n]{1,200}/,
    weight: 0.6,
  },
  {
    id: 'envoy-overloaded-header',
    causeId: 'capacity',
    description: 'Envoy marked the response as shed because of overload or a circuit breaker.',
    scope: headersOnly('x-envoy-overloaded'),
    keywords: [],
    pattern: /^[^\r\n]{1,200}/,
    weight: 0.85,
  },
  {
    id: 'rate-limited',
    causeId: 'capacity',
    description: 'The response says a request rate limit or quota was hit.',
    scope: BODY_ONLY,
    keywords: ['rate limit', 'too many requests', 'quota exceeded', 'ratelimit', 'throttl'],
    // "Throttled" must be said of the request ("Request was throttled.", "requests are being
    // throttled") or be AWS's exception: pages' scripts say it of their own handlers ("rAF throttled").
    pattern:
      /\brate[- ]?limit(?:ed|ing)?\b|\btoo many requests\b|\bquota exceeded\b|\b(?:requests?|calls?|you|client) (?:was |were |is |are |has been |have been |is being |are being )?throttled\b|\bThrottlingException\b/i,
    weight: 0.75,
  },
  {
    id: 'maintenance-mode',
    causeId: 'capacity',
    description: 'A maintenance page: the service was taken offline on purpose.',
    scope: BODY_ONLY,
    keywords: ['maintenance', 'be right back'],
    pattern: /\b(?:under|down for|scheduled|in) maintenance\b|\bmaintenance mode\b|\bbe right back\b/i,
    weight: 0.75,
  },
  {
    id: 'overloaded',
    causeId: 'capacity',
    description: 'The response says the server is overloaded or too busy.',
    scope: BODY_ONLY,
    keywords: ['overload', 'too busy', 'capacity'],
    // Flask/Werkzeug's stock 500 text hedges "Either the server is overloaded or there is an
    // error in the application"; that sentence is boilerplate, not a report of overload.
    pattern: /(?<!Either the server is )\boverloaded\b|\btoo busy\b|\bover capacity\b|\bat capacity\b/i,
    weight: 0.7,
  },
  {
    id: 'hosting-resource-limit',
    causeId: 'capacity',
    description: 'A shared-hosting limit page (CloudLinux/cPanel resource limit, bandwidth quota).',
    scope: BODY_ONLY,
    keywords: ['resource limit is reached', 'bandwidth limit exceeded'],
    pattern: /Resource Limit Is Reached|Bandwidth Limit Exceeded/i,
    weight: 0.9,
  },
];
