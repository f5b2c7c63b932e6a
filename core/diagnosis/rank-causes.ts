// Ranks the possible causes of a 5xx by the evidence in its headers and body, then appends the rest
// of that status's checklist so the panel always shows the whole list in a sensible order.

import type { HeaderField } from '../capture/captured-entry';
import { CAUSE_CATALOGUE } from '../status-knowledge/cause-catalogue';
import type { CauseId } from '../status-knowledge/cause-ids';
import { explainStatus } from '../status-knowledge/explain-status';
import { EVIDENCE_RULES } from './evidence-rules/all-rules';
import type { EvidenceRule } from './evidence-rules/evidence-rule';
import { groupBy } from './group-by';
import type { CauseEvidence, RankedCause } from './ranked-cause';
import { ResponseText, findMatches, type TextMatch } from './response-text';
import { isInSourceExcerpt } from './source-excerpt';
import { isServerError } from '../status/status-class';

export interface RankableResponse {
  status: number;
  headers: HeaderField[];
  body: string | null;
  /** Accepted so a captured entry can be passed as is; the rules read the text whatever its type. */
  mimeType?: string;
}

/**
 * Causes that only say "code failed" without saying why. A stack trace accompanies most specific
 * failures too, so when a specific cause has evidence these are scaled down to rank below it.
 */
export const FALLBACK_CAUSES: ReadonlySet<CauseId> = new Set<CauseId>(['unhandled-exception']);
export const FALLBACK_DISCOUNT = 0.5;

/**
 * Matches this close to a heavier match of another cause are read as part of that message:
 * in "mysqli_sql_exception: Connection refused" the refusal is the database's, not an upstream's.
 */
export const NEARBY_CHARS = 40;

interface RuleMatch {
  rule: EvidenceRule;
  match: TextMatch;
}

/** `bodyKeywords`: which of the rules' body keywords the whole body holds, when a pass already found them. */
export function rankCauses(
  response: RankableResponse,
  rules: readonly EvidenceRule[] = EVIDENCE_RULES,
  bodyKeywords?: ReadonlySet<string>,
): RankedCause[] {
  // Outside 5xx, error-looking text is no evidence of a failure (documentation pages, logs shown on
  // purpose, a 404 page quoting an error), so nothing is ranked.
  if (!isServerError(response.status)) return [];
  const checklist = explainStatus(response.status)?.causes ?? [];
  const text = new ResponseText(response, rules, bodyKeywords);
  const candidates = rules.flatMap((rule) =>
    findMatches(rule, text)
      .filter((match) => !(match.where === 'body' && response.body && isInSourceExcerpt(response.body, match.offset)))
      .map((match) => ({ rule, match })),
  );
  const byCause = groupBy(keepMostSpecific(candidates), (m) => m.rule.causeId) as Map<CauseId, RuleMatch[]>;

  const hasSpecificEvidence = [...byCause.keys()].some((id) => !FALLBACK_CAUSES.has(id));
  const checklistOrder = (id: CauseId) => {
    const index = checklist.findIndex((item) => item.id === id);
    return index === -1 ? checklist.length : index;
  };

  const ranked: RankedCause[] = [...byCause].map(([causeId, matches]) => {
    const discount = hasSpecificEvidence && FALLBACK_CAUSES.has(causeId) ? FALLBACK_DISCOUNT : 1;
    return {
      causeId,
      label: checklist.find((item) => item.id === causeId)?.label ?? CAUSE_CATALOGUE[causeId].label,
      score: combinedWeight(matches) * discount,
      evidence: distinctEvidence(matches),
    };
  });
  ranked.sort((a, b) => b.score - a.score || checklistOrder(a.causeId) - checklistOrder(b.causeId));

  const unranked = checklist
    .filter((item) => !byCause.has(item.id))
    .map((item): RankedCause => ({ causeId: item.id, label: item.label, score: 0, evidence: [] }));
  return [...ranked, ...unranked];
}

/**
 * One piece of text is evidence for one cause: where matches of different causes overlap or sit
 * next to each other, the heavier (more specific) rule keeps it. This is how
 * "ECONNREFUSED 10.0.0.2:6379" counts for the data store and not for a generic upstream.
 */
function keepMostSpecific(candidates: RuleMatch[]): RuleMatch[] {
  const byWeight = [...candidates].sort((a, b) => b.rule.weight - a.rule.weight);
  const kept: RuleMatch[] = [];
  for (const candidate of byWeight) {
    // Fallback evidence ("Root Cause", "Uncaught") sits next to most specific messages; it must
    // not take their text away.
    const taken = kept.some(
      (other) =>
        !FALLBACK_CAUSES.has(other.rule.causeId) &&
        other.rule.causeId !== candidate.rule.causeId &&
        areNearby(other.match, candidate.match),
    );
    if (!taken) kept.push(candidate);
  }
  return candidates.filter((candidate) => kept.includes(candidate));
}

function areNearby(a: TextMatch, b: TextMatch): boolean {
  return (
    sameSource(a, b) &&
    a.offset < b.offset + b.length + NEARBY_CHARS &&
    b.offset < a.offset + a.length + NEARBY_CHARS
  );
}

function sameSource(a: TextMatch, b: TextMatch): boolean {
  if (a.where === 'body' || b.where === 'body') return a.where === b.where;
  return a.where.header === b.where.header;
}

/** Independent rules reinforce each other (1 − Π(1 − w)); repeated matches of one rule count once. */
function combinedWeight(matches: RuleMatch[]): number {
  const weights = new Map(matches.map(({ rule }) => [rule.id, rule.weight]));
  let miss = 1;
  for (const weight of weights.values()) miss *= 1 - weight;
  return 1 - miss;
}

/** The same rule matching the same text again (a message repeated down a debug page) is shown once, at its first place. */
function distinctEvidence(matches: RuleMatch[]): CauseEvidence[] {
  const seen = new Set<string>();
  const evidence: CauseEvidence[] = [];
  for (const { rule, match } of matches) {
    const key = `${rule.id}\u0000${match.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ ruleId: rule.id, text: match.text, where: match.where, offset: match.offset, length: match.length });
  }
  return evidence;
}
