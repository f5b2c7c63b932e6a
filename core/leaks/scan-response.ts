// The leak scanner: which internals of the server does this response (headers and body) disclose?
// One case-insensitive keyword pass over the body picks the rules worth running and where; each
// rule's linear-time regex then runs only in small windows around its keyword hits.

import { MAX_BODY_CHARS } from '../capture/body-limits';
import { assembleFindings } from './assemble-findings';
import { evidenceOf, roundConfidence, scanBody } from './body-scan';
import type { LeakCandidate } from './leak-candidate';
import type { LeakReport, ScannableResponse } from './leak-finding';
import type { MatchContext } from './leak-rule';
import { responseKind } from './response-kind';
import { LEAK_RULES } from './rules/index';
import { compileRule } from './scan-plan';
import { matchesOf } from '../text/pattern-matches';

/** Only this many characters of a body are scanned; a longer body gives `partial: true`. */
export const MAX_SCAN_CHARS = MAX_BODY_CHARS;

/** Headers whose values are URLs, hashes and policies by design (CSP report-uri, ETag, cookies). */
const UNSCANNED_HEADERS = new Set(['set-cookie', 'content-security-policy', 'content-security-policy-report-only', 'report-to', 'nel', 'etag', 'link', 'location', 'content-location', 'referrer-policy', 'permissions-policy']);

/** Response headers are written by the serving stack itself, never quoted documentation. */
const HEADER_CONFIDENCE_FLOOR = 0.8;

const HEADER_RULES = LEAK_RULES.filter((rule) => rule.scope.headers !== false).map((rule) => ({ rule, regex: compileRule(rule) }));

function scanHeaders(response: ScannableResponse, context: MatchContext): LeakCandidate[] {
  const candidates: LeakCandidate[] = [];
  for (const { name, value } of response.headers) {
    const lowerName = name.toLowerCase();
    const lowerValue = value.toLowerCase();
    for (const { rule, regex } of HEADER_RULES) {
      const { headers } = rule.scope;
      const applies = headers === true ? !UNSCANNED_HEADERS.has(lowerName) : headers !== false && headers.includes(lowerName);
      if (!applies || (rule.keywords.length > 0 && !rule.keywords.some((keyword) => lowerValue.includes(keyword)))) continue;
      for (const match of matchesOf(regex, value)) {
        if (rule.accept && !rule.accept(match, context)) continue;
        const confidence = roundConfidence(Math.max(rule.confidence, HEADER_CONFIDENCE_FLOOR));
        candidates.push({ rule, start: 0, end: 0, header: name, evidence: evidenceOf(match), confidence, matches: 1 });
      }
    }
  }
  return candidates;
}

export interface LeakScan {
  report: LeakReport;
  /** Which keywords of `alsoFind` the body holds; absent when none were asked for or the body was not scanned to its end. */
  bodyKeywords?: ReadonlySet<string>;
}

/**
 * The leak report, plus which of another family's keywords (`alsoFind`, a constant list) the body
 * holds, found in the same keyword pass. Findings sorted headers first (in header order), then by
 * body offset.
 */
export function scanResponseAndFind(response: ScannableResponse, alsoFind?: readonly string[]): LeakScan {
  const body = response.body ?? '';
  const limit = Math.min(body.length, MAX_SCAN_CHARS);
  const context: MatchContext = { response, kind: responseKind(response.url, response.mimeType, response.body) };
  const { candidates, secrets, alsoFound } = scanBody(body, limit, context, alsoFind);
  const findings = assembleFindings(scanHeaders(response, context), candidates, body, secrets);
  const report = { findings, partial: body.length > MAX_SCAN_CHARS || response.bodyTruncated === true };
  return alsoFind && limit === body.length ? { report, bodyKeywords: alsoFound } : { report };
}

export function scanResponse(response: ScannableResponse): LeakReport {
  return scanResponseAndFind(response).report;
}
