// An evidence rule says: "when this text appears in a 5xx response, it points to this cause".
// Rules are plain data so they can be listed, tested one by one and checked for ReDoS.

import type { CauseId } from '../../status-knowledge/cause-ids';

export type EvidenceSource = 'body' | { header: string };

export interface EvidenceRule {
  /** Stable id, shown next to the evidence and used in tests. */
  id: string;
  causeId: CauseId;
  /** What a match means, in a sentence the panel can show. */
  description: string;
  /** Where to look; header names are lowercase. */
  in: EvidenceSource;
  /**
   * Cheap prefilter: the pattern only runs when the lowercased text contains at least one of
   * these (lowercase) strings. Empty means always run (only sensible for short header values).
   */
  keywords: readonly string[];
  /** Linear-time pattern (no nested or unbounded overlapping quantifiers); no g/y flags. */
  pattern: RegExp;
  /**
   * Optional context: the match only counts when this pattern also matches within `withinChars`
   * before or after it. Keeps patterns simple (and linear) where evidence is "X near Y".
   */
  near?: { pattern: RegExp; withinChars: number };
  /** 0..1: how strongly one match alone supports the cause. */
  weight: number;
}
