// An evidence rule says: "when this text appears in a 5xx response, it points to this cause".
// Rules are plain data (text rules) so they can be listed, tested one by one and checked for ReDoS.

import type { CauseId } from '../../status-knowledge/cause-ids';
import type { DiagnosisRule } from '../response-text';

export interface EvidenceRule extends DiagnosisRule {
  causeId: CauseId;
  /** What a match means, in a sentence the panel can show. */
  description: string;
  /** 0..1: how strongly one match alone supports the cause. */
  weight: number;
}
