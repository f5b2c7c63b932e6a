import type { DetectedTier } from './detect-tier';

/** How the panel names the layer that wrote a response. */
export const TIER_LABELS: Record<DetectedTier, string> = {
  application: 'the application itself',
  proxy: 'a gateway or proxy in front of the application',
  cdn: 'a CDN edge',
  'origin-server': 'the web server itself',
  unknown: 'an unidentified layer',
};

export const TIER_SHORT_LABELS: Record<DetectedTier, string> = {
  application: 'application',
  proxy: 'proxy',
  cdn: 'CDN',
  'origin-server': 'web server',
  unknown: 'unknown',
};
