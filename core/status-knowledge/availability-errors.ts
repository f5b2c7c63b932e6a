// Statuses that mean "deliberately not now": overload, maintenance, or a usage limit.

import { checklistItem } from './cause-catalogue';
import { rfc9110, unregistered } from './spec-references';
import type { StatusExplanation } from './status-explanation';

export const serviceUnavailable: StatusExplanation = {
  code: 503,
  title: 'Service Unavailable',
  meaning:
    'The server cannot handle the request right now because it is overloaded or under maintenance, and expects this to pass.',
  tier: 'proxy',
  spec: rfc9110('15.6.4'),
  causes: [
    checklistItem(
      'capacity',
      'Rate limiting, a full worker or connection pool, an overloaded host, or a maintenance mode switched on during a deploy or migration.',
    ),
    checklistItem(
      'upstream',
      'A load balancer or proxy (HAProxy, Envoy, AWS ALB, Kubernetes ingress) has no healthy backend to send the request to, because health checks fail or no instance is running.',
    ),
    checklistItem('memory', 'Instances are being restarted or evicted for exceeding their memory limit, leaving too few to serve traffic.'),
    checklistItem('server-config', 'A backend was removed from the pool, a health check points at the wrong path, or a maintenance flag was left on.'),
  ],
  scenarios: [
    'A rate limiter (nginx limit_req, an API gateway quota) turns away a burst of requests.',
    'All application instances fail their health check after a bad release, so the load balancer has nowhere to route traffic.',
    'A maintenance page is switched on while a database migration runs.',
  ],
  whatToKnow: [
    'A Retry-After header, when present, tells clients how long to wait; well-behaved clients and crawlers honour it.',
    'The server is not required to use 503 when it refuses work; some stacks send 500 or just drop connections under the same load.',
    'Brief 503 bursts under load point to capacity; steady 503 on every request point to no healthy backend or a maintenance switch left on.',
  ],
  faq: [
    {
      q: 'Is 503 temporary?',
      a: 'By definition it should be. If it lasts, something is stuck: failing health checks, a maintenance flag, or a limit set far too low.',
    },
    {
      q: 'Is a 503 bad for search ranking?',
      a: 'A short 503 with Retry-After is the recommended way to take a site down for maintenance; crawlers come back later. Weeks of 503 are treated like the pages being gone.',
    },
  ],
  comparedWith: [
    { code: 502, difference: '502 is a failed exchange with an upstream; 503 is a refusal to take the request at all right now.' },
    { code: 429, difference: '429 Too Many Requests blames one client for its request rate; 503 says the service as a whole cannot take more.' },
    { code: 500, difference: '500 is an unexpected failure; 503 is an expected, temporary state.' },
  ],
};

export const bandwidthLimitExceeded: StatusExplanation = {
  code: 509,
  title: 'Bandwidth Limit Exceeded (non-standard)',
  meaning:
    'A shared-hosting convention: the site used up the data transfer allowance of its hosting plan.',
  tier: 'origin-server',
  spec: unregistered('Shared-hosting convention from Apache bandwidth modules such as mod_cband and mod_bw, shown by cPanel hosts'),
  causes: [
    checklistItem('capacity', 'The hosting account reached its monthly or per-period bandwidth quota, often because of a traffic surge, hotlinked media or aggressive crawlers.'),
  ],
  scenarios: ['A small site on shared hosting goes viral and every page answers 509 until the quota resets or is raised.'],
  whatToKnow: [
    'No RFC defines 509; it comes from the hosting platform, not from the application.',
    'It stays until the quota period resets or the plan is upgraded; the hosting control panel shows the usage.',
  ],
  faq: [{ q: 'Can a visitor do anything?', a: 'No; only the site owner or host can raise the limit.' }],
  comparedWith: [{ code: 508, difference: 'On the same kind of hosting, 508 often reports CPU, memory or process limits rather than bandwidth.' }],
};

export const siteOverloaded: StatusExplanation = {
  code: 529,
  title: 'Site Is Overloaded (non-standard)',
  meaning:
    'A code a few APIs use to say the service is overloaded right now, distinct from a per-client rate limit.',
  tier: 'application',
  spec: {
    label: 'Non-standard; used for example by the Qualys SSL Labs API when the service is overloaded',
    url: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md',
    standard: false,
  },
  causes: [checklistItem('capacity', 'The service as a whole has no spare capacity at the moment.')],
  scenarios: ['An API under heavy load sheds requests with 529 and asks clients to back off.'],
  whatToKnow: [
    'Not registered with IANA; read the documentation of the service that sent it. Back off and retry later, with increasing delays.',
  ],
  faq: [{ q: 'How is it different from 429?', a: '429 is about your request rate; 529 is about the service being overloaded for everyone.' }],
  comparedWith: [{ code: 503, difference: '503 is the standard code for the same situation.' }],
};
