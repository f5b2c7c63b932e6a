// One rule match before findings are assembled: merged, deduplicated, located.

import type { LeakRule } from './leak-rule';

/** Body offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface LeakCandidate {
  rule: LeakRule;
  /** Body offsets [start, end), or the header's index and name for header matches. */
  start: number;
  end: number;
  header?: string;
  /** Matched text with any secret masked. */
  evidence: string;
  confidence: number;
  /** How many rule matches this candidate stands for (after merging). */
  matches: number;
  /** Body offsets [start, end) of the secret value a secret rule matched, to keep out of all evidence. */
  secret?: Span;
}
