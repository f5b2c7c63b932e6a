// Everything the product works out about one response once its body is known. It is computed once,
// where the capture lives, so the panel only renders it.
import { isBodyPartial, type CapturedEntry, type ResponseBody } from '../capture/captured-entry';
import { detectTier, type TierDetection } from '../diagnosis/detect-tier';
import { adviseFixes } from '../fixes/advise-fixes';
import type { FixAdvice } from '../fixes/leak-fix';
import { rankCauses } from '../diagnosis/rank-causes';
import type { RankedCause } from '../diagnosis/ranked-cause';
import { LEAK_SEVERITIES, type LeakReport, type LeakSeverity } from '../leaks/leak-finding';
import { scanResponseAndFind } from '../leaks/scan-response';
import { DIAGNOSIS_BODY_KEYWORDS } from '../diagnosis/diagnosis-keywords';
import { EVIDENCE_RULES } from '../diagnosis/evidence-rules/all-rules';
import { TIER_MARKERS } from '../diagnosis/tier-markers/all-markers';
import { isServerError } from '../status/status-class';

export interface EntryAnalysis {
  leaks: LeakReport;
  /** Per leak finding, in the same order: the change that stops it, or null where the origin is unknown. */
  fixes: FixAdvice[];
  /** The status's cause checklist ranked by this response's evidence; empty below 500. */
  causes: RankedCause[];
  /** Which tier (application, proxy, CDN, web server) wrote a server error; absent otherwise. */
  tier?: TierDetection;
  /** Set when analysis failed on this response: the entry stays, with this said instead. */
  failure?: string;
}

export function analyzeEntry(entry: CapturedEntry, body: ResponseBody): EntryAnalysis {
  const response = { status: entry.status, headers: entry.responseHeaders, body: body.text, mimeType: entry.mimeType };
  const failures: string[] = [];
  // Each step is guarded on its own: a bug in one must not cost the user the other's results.
  const guarded = <T>(step: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      failures.push(`${step} failed on this response (${error instanceof Error ? error.message : String(error)})`);
      return fallback;
    }
  };
  const serverError = isServerError(entry.status);
  // One keyword pass over a server error's body serves the leak rules, the causes and the tier.
  const { report: leaks, bodyKeywords } = guarded('Leak scanning', { report: { findings: [], partial: false } }, () =>
    scanResponseAndFind({ ...response, url: entry.url, bodyTruncated: isBodyPartial(body) }, serverError ? DIAGNOSIS_BODY_KEYWORDS : undefined),
  );
  const fixes = guarded('Fix advice', leaks.findings.map(() => null), () => adviseFixes(response, leaks.findings));
  const causes = guarded('Cause ranking', [], () => rankCauses(response, EVIDENCE_RULES, bodyKeywords));
  const tier = serverError ? guarded('Tier detection', undefined, () => detectTier(response, TIER_MARKERS, bodyKeywords)) : undefined;
  const analysis: EntryAnalysis = tier ? { leaks, fixes, causes, tier } : { leaks, fixes, causes };
  return failures.length ? { ...analysis, failure: `${failures.join('; ')}.` } : analysis;
}


export function worstSeverity(report: LeakReport): LeakSeverity | undefined {
  return LEAK_SEVERITIES.find((severity) => report.findings.some((finding) => finding.severity === severity));
}
