// Every tier marker. Among equally strong 'generated' markers, the first listed wins, so the
// outermost layers come first: a CDN page quoting an origin's text is still the CDN's page.

import { APPLICATION_MARKERS } from './application';
import { CDN_MARKERS } from './cdn';
import { ORIGIN_SERVER_MARKERS } from './origin-server';
import { PROXY_MARKERS } from './proxy';
import type { TierMarker } from './tier-marker';

export const TIER_MARKERS: readonly TierMarker[] = [
  ...CDN_MARKERS,
  ...PROXY_MARKERS,
  ...ORIGIN_SERVER_MARKERS,
  ...APPLICATION_MARKERS,
];
