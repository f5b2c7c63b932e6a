// What the ranker returns: causes in the order the panel should show them, each with the exact
// text that supports it.

import type { CauseId } from '../status-knowledge/cause-ids';
import type { TextSource } from '../text/text-rule';

export interface CauseEvidence {
  ruleId: string;
  /** The matched text, as it appears in the response. */
  text: string;
  where: TextSource;
  /** Position in the body or header value, for highlighting. */
  offset?: number;
  length?: number;
}

export interface RankedCause {
  causeId: CauseId;
  label: string;
  /** 0..1; 0 for checklist items with no evidence in this response. */
  score: number;
  evidence: CauseEvidence[];
}
