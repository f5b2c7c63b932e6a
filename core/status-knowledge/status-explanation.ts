// The shape of what the panel says about a status code. Plain data so the panel, the CLI and the
// diagnosis engine can all read it without running any logic.

import type { CauseId } from './cause-ids';

/** Which layer of the serving chain usually produces a status. */
export type ServingTier = 'application' | 'proxy' | 'cdn' | 'origin-server';

export interface SpecReference {
  /** Human label, e.g. "RFC 9110 §15.6.1" or "Cloudflare docs (non-standard)". */
  label: string;
  url: string;
  /** False for vendor codes and informal conventions that no RFC defines. */
  standard: boolean;
}

/** One item of the "what to check" list. */
export interface CauseChecklistItem {
  id: CauseId;
  label: string;
  detail: string;
}

export interface FaqItem {
  q: string;
  a: string;
}

export interface StatusComparison {
  code: number;
  difference: string;
}

export interface StatusExplanation {
  code: number;
  title: string;
  /** One line. */
  meaning: string;
  tier: ServingTier;
  spec: SpecReference;
  /** Ordered from most to least likely when the response carries no evidence. */
  causes: CauseChecklistItem[];
  scenarios: string[];
  whatToKnow: string[];
  faq: FaqItem[];
  comparedWith?: StatusComparison[];
  /** True when the entry is the fallback for a 5xx we have no specific knowledge about. */
  generic?: boolean;
}
