// Which layer of the serving chain wrote this response: the application, a proxy, a CDN, or the
// web server itself.
//
// Reasoning: a CDN or proxy header (cf-ray, Via, Server: envoy) is stamped on everything that
// passes through, including the origin's own errors, so it only shows the layer was on the path.
// A layer wrote the error when the body is its own error page, when a header appears only on
// responses it writes itself (Server: awselb, X-Squid-Error, x-vercel-error), or when the status
// is one only it uses (Cloudflare's 52x with a Cloudflare header). The strongest such 'generated'
// marker decides. With none, the status's usual tier is the best guess, and it is labelled as such.

import type { HeaderField } from '../capture/captured-entry';
import { explainStatus } from '../status-knowledge/explain-status';
import type { ServingTier } from '../status-knowledge/status-explanation';
import type { TextSource } from '../text/text-rule';
import { ResponseText, findMatches, type TextMatch } from './response-text';
import { TIER_MARKERS } from './tier-markers/all-markers';
import type { TierMarker } from './tier-markers/tier-marker';

export type DetectedTier = ServingTier | 'unknown';

export interface TierEvidence {
  markerId: string;
  text: string;
  where: TextSource;
  /** False when the marker only shows the layer was on the path, not that it wrote the response. */
  generated: boolean;
}

export interface TierDetection {
  tier: DetectedTier;
  vendor?: string;
  /** 'markers' when a marker in the response decided; 'status' when only the status code's usual tier was left. */
  basis: 'markers' | 'status' | 'none';
  evidence: TierEvidence[];
}

export interface TierDetectableResponse {
  status: number;
  headers: HeaderField[];
  body: string | null;
}

interface MarkerMatch {
  marker: TierMarker;
  match: TextMatch;
}

/** `bodyKeywords`: which of the markers' body keywords the whole body holds, when a pass already found them. */
export function detectTier(
  response: TierDetectableResponse,
  markers: readonly TierMarker[] = TIER_MARKERS,
  bodyKeywords?: ReadonlySet<string>,
): TierDetection {
  const text = new ResponseText(response, markers, bodyKeywords);
  const matches: MarkerMatch[] = markers
    .filter((marker) => appliesToStatus(marker, response.status))
    .flatMap((marker) => findMatches(marker, text).slice(0, 1).map((match) => ({ marker, match })));

  const generated = matches.filter((m) => m.marker.role === 'generated');
  // Stable sort: among equal weights the earlier (outer) layer wins.
  const decisive = [...generated].sort((a, b) => b.marker.weight - a.marker.weight)[0];
  const onPath = matches.filter((m) => m.marker.role === 'on-path');

  if (decisive) {
    const { tier } = decisive.marker;
    const supporting = generated.filter((m) => m !== decisive && m.marker.tier === tier);
    return {
      tier,
      ...vendorOf(decisive),
      basis: 'markers',
      evidence: [decisive, ...supporting, ...onPath].map(toEvidence),
    };
  }
  const usualTier = explainStatus(response.status)?.tier;
  return {
    tier: usualTier ?? 'unknown',
    basis: usualTier ? 'status' : 'none',
    evidence: onPath.map(toEvidence),
  };
}

function appliesToStatus(marker: TierMarker, status: number): boolean {
  if (marker.statuses && !marker.statuses.includes(status)) return false;
  if (marker.minStatus !== undefined && status < marker.minStatus) return false;
  return !marker.exceptStatuses?.includes(status);
}

function vendorOf({ marker, match }: MarkerMatch): { vendor?: string } {
  const vendor = marker.vendorFromMatch ? match.text.trim() : marker.vendor;
  return vendor ? { vendor } : {};
}

function toEvidence({ marker, match }: MarkerMatch): TierEvidence {
  return { markerId: marker.id, text: match.text, where: match.where, generated: marker.role === 'generated' };
}
