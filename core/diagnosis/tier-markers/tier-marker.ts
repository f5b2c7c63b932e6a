// A tier marker is a header or body trait that tells which layer of the serving chain a response
// came from. Plain data (a text rule), matched like the evidence rules.

import type { ServingTier } from '../../status-knowledge/status-explanation';
import type { DiagnosisRule } from '../response-text';

/**
 * 'generated': this layer wrote the response (its own error page, a header only it sets on its own
 * answers, a status only it uses). 'on-path': the layer was in the chain, but passes other layers'
 * responses through with the same trait (cf-ray, Via, a proxy's Server header), so it proves nothing
 * about who wrote this particular error.
 */
export type MarkerRole = 'generated' | 'on-path';

export interface TierMarker extends DiagnosisRule {
  tier: ServingTier;
  role: MarkerRole;
  /** Product name; omitted when the matched text itself is the best name (see vendorFromMatch). */
  vendor?: string;
  /** Use the matched text (e.g. the X-Powered-By value) as the vendor name. */
  vendorFromMatch?: boolean;
  /** Only counts for these statuses. */
  statuses?: readonly number[];
  /** Only counts at or above this status (e.g. 400 for markers of error bodies). */
  minStatus?: number;
  /** Never counts for these statuses. */
  exceptStatuses?: readonly number[];
  /** 0..1: how sure the marker is; the strongest 'generated' marker decides the tier. */
  weight: number;
}

/** Statuses a proxy sends about its upstream; the same server's page for other codes is its own failure. */
export const GATEWAY_STATUSES: readonly number[] = [502, 504];

/** Cloudflare's own codes: with a Cloudflare header, the edge itself answered. */
export const CLOUDFLARE_OWN_STATUSES: readonly number[] = [520, 521, 522, 523, 524, 525, 526, 527, 530];
