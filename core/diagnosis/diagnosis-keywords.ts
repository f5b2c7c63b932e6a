// The body keywords of both diagnosis families (evidence rules and tier markers). The leak scanner
// finds them in its own keyword pass over a server error's body, so the body is read once.

import { EVIDENCE_RULES } from './evidence-rules/all-rules';
import { bodyKeywordsOf } from './response-text';
import { TIER_MARKERS } from './tier-markers/all-markers';

export const DIAGNOSIS_BODY_KEYWORDS: readonly string[] = bodyKeywordsOf([...EVIDENCE_RULES, ...TIER_MARKERS]);
