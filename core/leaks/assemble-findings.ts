// Turns rule matches into findings: one per distinct piece of evidence. Frames of one trace merge
// into one span; the same text found again is the same finding; overlapping look-alikes collapse.

import type { LeakCandidate, Span } from './leak-candidate';
import { severityRank, type LeakFinding, type LeakSeverity } from './leak-finding';
import { LineLocator } from './text-position';
import { MAX_EVIDENCE_CHARS } from '../text/evidence-limit';



function strongest(a: LeakCandidate, b: LeakCandidate): LeakCandidate {
  const bySeverity = severityRank(b.rule.severity) - severityRank(a.rule.severity);
  return bySeverity > 0 || (bySeverity === 0 && b.confidence > a.confidence) ? b : a;
}

/**
 * Same-category body candidates sorted by start: merge when both rules allow merging and the gap
 * is small, else keep the stronger of two overlapping ones.
 */
function mergeCategory(sorted: LeakCandidate[], body: string): LeakCandidate[] {
  const merged: LeakCandidate[] = [];
  for (const candidate of sorted) {
    const previous = merged[merged.length - 1];
    if (previous === undefined) {
      merged.push(candidate);
      continue;
    }
    const gap = Math.min(previous.rule.mergeWithin ?? 0, candidate.rule.mergeWithin ?? 0);
    const mergeable = gap > 0 && candidate.start <= previous.end + gap;
    if (mergeable) {
      const lead = strongest(previous, candidate);
      const end = Math.max(previous.end, candidate.end);
      merged[merged.length - 1] = {
        ...lead,
        start: previous.start,
        end,
        evidence: body.slice(previous.start, Math.min(end, previous.start + MAX_EVIDENCE_CHARS)),
        confidence: Math.max(previous.confidence, candidate.confidence),
        matches: previous.matches + candidate.matches,
      };
    } else if (candidate.start < previous.end) {
      merged[merged.length - 1] = strongest(previous, candidate);
    } else {
      merged.push(candidate);
    }
  }
  return merged.filter((candidate) => candidate.matches >= (candidate.rule.minMatches ?? 1));
}

/**
 * Evidence of a non-secret finding (a driver message, a merged trace) may contain a secret value:
 * cut it before the first one. The result is still the start of the located text.
 */
function withoutSecrets(candidate: LeakCandidate, secrets: readonly Span[]): string {
  if (candidate.rule.category === 'secret') return candidate.evidence;
  const evidenceEnd = candidate.start + candidate.evidence.length;
  let cut = candidate.evidence.length;
  for (const secret of secrets) {
    if (secret.start < evidenceEnd && secret.end > candidate.start) cut = Math.min(cut, Math.max(0, secret.start - candidate.start));
  }
  if (cut === candidate.evidence.length) return candidate.evidence;
  return cut > 0 ? candidate.evidence.slice(0, cut) : '****';
}

export function assembleFindings(
  headerCandidates: LeakCandidate[],
  bodyCandidates: LeakCandidate[],
  body: string,
  secrets: readonly Span[],
): LeakFinding[] {
  const byCategory = new Map<string, LeakCandidate[]>();
  for (const candidate of bodyCandidates) {
    const list = byCategory.get(candidate.rule.category) ?? [];
    list.push(candidate);
    byCategory.set(candidate.rule.category, list);
  }
  const bodyFindings = [...byCategory.values()]
    .flatMap((list) => mergeCategory(list.sort((a, b) => a.start - b.start || b.end - a.end), body))
    .sort((a, b) => a.start - b.start);

  const seen = new Set<string>();
  const isNew = (candidate: LeakCandidate): boolean => {
    const key = `${candidate.rule.category}\u0000${candidate.header ?? ''}\u0000${candidate.evidence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  const findings: LeakFinding[] = headerCandidates.filter(isNew).map((candidate) => ({
    rule: candidate.rule.id,
    category: candidate.rule.category,
    severity: candidate.rule.severity,
    title: candidate.rule.title,
    evidence: candidate.evidence,
    location: { in: 'header', name: candidate.header ?? '' },
    confidence: candidate.confidence,
  }));
  const locator = new LineLocator(body);
  for (const candidate of bodyFindings.filter(isNew)) {
    findings.push({
      rule: candidate.rule.id,
      category: candidate.rule.category,
      severity: candidate.rule.severity,
      title: candidate.rule.title,
      evidence: withoutSecrets(candidate, secrets),
      location: { in: 'body', ...locator.locate(candidate.start), offset: candidate.start, length: candidate.end - candidate.start },
      confidence: candidate.confidence,
    });
  }
  return findings;
}
