// The leak scanner: which internals of the server does this response (headers and body) disclose?
// One case-insensitive keyword pass over the body picks the rules worth running and where; each
// rule's linear-time regex then runs only in small windows around its keyword hits.

import { MAX_BODY_CHARS } from '../capture/body-limits';
import { assembleFindings, MAX_EVIDENCE_CHARS } from './assemble-findings';
import { REPORT_CONFIDENCE_FLOOR } from './context-factors';
import type { LeakCandidate } from './leak-candidate';
import type { LeakReport, ScannableResponse } from './leak-finding';
import type { ContextFactors, LeakRule, MatchContext } from './leak-rule';
import { QuotedRegions } from './quoted-regions';
import { responseKind } from './response-kind';
import { LEAK_RULES } from './rules/index';
import { compileRule, scanPlanFor, type PlannedRule } from './scan-plan';
import { maskSecret } from './text-measures';

/** Only this many characters of a body are scanned; a longer body gives `partial: true`. */
export const MAX_SCAN_CHARS = MAX_BODY_CHARS;

/** Headers whose values are URLs, hashes and policies by design (CSP report-uri, ETag, cookies). */
const UNSCANNED_HEADERS = new Set(['set-cookie', 'content-security-policy', 'content-security-policy-report-only', 'report-to', 'nel', 'etag', 'link', 'location', 'content-location', 'referrer-policy', 'permissions-policy']);

/** Response headers are written by the serving stack itself, never quoted documentation. */
const HEADER_CONFIDENCE_FLOOR = 0.8;

const HEADER_RULES = LEAK_RULES.filter((rule) => rule.scope.headers).map((rule) => ({ rule, regex: compileRule(rule) }));

function statusFactor(factors: ContextFactors, status: number): number {
  if (status >= 500) return factors.serverError;
  if (status >= 400) return factors.clientError;
  return factors.success;
}

function round(confidence: number): number {
  return Math.round(Math.min(1, confidence) * 100) / 100;
}

/** The match as evidence, with the `secret` group (if any) masked. */
function evidenceOf(match: RegExpExecArray, offsetInText: number): string {
  const secretSpan = match.indices?.groups?.['secret'];
  const secret = match.groups?.['secret'];
  if (secretSpan === undefined || secret === undefined) return match[0].slice(0, MAX_EVIDENCE_CHARS);
  const [secretStart, secretEnd] = [secretSpan[0] - offsetInText, secretSpan[1] - offsetInText];
  return `${match[0].slice(0, secretStart)}${maskSecret(secret)}${match[0].slice(secretEnd)}`.slice(0, MAX_EVIDENCE_CHARS);
}

/** End of the line (or the next HTML tag) after `from`, looking at most `limit` characters ahead. */
function lineEndAfter(body: string, from: number, limit: number): number {
  const stop = Math.min(body.length, from + limit);
  for (let i = from; i < stop; i += 1) {
    const code = body.charCodeAt(i);
    if (code === 10 || code === 13 || code === 60) return i;
  }
  return stop;
}

function* matchesIn(regex: RegExp, text: string): Generator<RegExpExecArray> {
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex += 1;
    yield match;
  }
}

function scanHeaders(response: ScannableResponse, context: MatchContext): LeakCandidate[] {
  const candidates: LeakCandidate[] = [];
  for (const { name, value } of response.headers) {
    const lowerName = name.toLowerCase();
    const lowerValue = value.toLowerCase();
    for (const { rule, regex } of HEADER_RULES) {
      const applies = rule.scope.headerNames ? rule.scope.headerNames.includes(lowerName) : !UNSCANNED_HEADERS.has(lowerName);
      if (!applies || (rule.keywords.length > 0 && !rule.keywords.some((keyword) => lowerValue.includes(keyword)))) continue;
      for (const match of matchesIn(regex, value)) {
        if (rule.accept && !rule.accept(match, context)) continue;
        candidates.push({
          rule,
          start: 0,
          end: 0,
          header: name,
          evidence: evidenceOf(match, match.index),
          confidence: round(Math.max(rule.confidence, HEADER_CONFIDENCE_FLOOR)),
          matches: 1,
        });
      }
    }
  }
  return candidates;
}

/** A body match with its confidence before the status of the response is taken into account. */
interface BodyMatch {
  candidate: LeakCandidate;
  factors: ContextFactors;
}

function scanBody(body: string, limit: number, response: ScannableResponse, context: MatchContext): BodyMatch[] {
  const plan = scanPlanFor(context.kind);
  const hitsByRule: number[][] = plan.bodyRules.map(() => []);
  const quoted = new QuotedRegions();
  plan.automaton.scan(body, limit, (keyword, start) => {
    const role = plan.roles[keyword]!;
    if ('rules' in role) {
      for (const ruleIndex of role.rules) hitsByRule[ruleIndex]!.push(start);
    } else if (role.quoting === 'open') {
      quoted.open(start);
    } else {
      quoted.close(start);
    }
  });

  const documentQuotes = context.kind === 'html' && response.status < 400;
  const matches: BodyMatch[] = [];
  const runWindow = (planned: PlannedRule, windowStart: number, windowEnd: number): void => {
    const { rule, regex, factors } = planned;
    const base = rule.confidence * (factors.kind[context.kind] ?? 1);
    for (const match of matchesIn(regex, body.slice(windowStart, windowEnd))) {
      if (match[0].length === 0 || (rule.accept && !rule.accept(match, context))) continue;
      const [spanStart, spanEnd] = match.indices?.groups?.['evidence'] ?? [match.index, match.index + match[0].length];
      const start = windowStart + spanStart;
      const matchEnd = windowStart + spanEnd;
      const end = rule.extendToLineEnd === undefined ? matchEnd : lineEndAfter(body, matchEnd, rule.extendToLineEnd);
      const confidence = documentQuotes && quoted.contains(start) ? base * factors.quotedInPage : base;
      const evidence =
        spanStart === match.index && end === matchEnd ? evidenceOf(match, match.index) : body.slice(start, Math.min(end, start + MAX_EVIDENCE_CHARS));
      const secretSpan = match.indices?.groups?.['secret'];
      const secret = secretSpan && { start: windowStart + secretSpan[0], end: windowStart + secretSpan[1] };
      matches.push({ candidate: { rule, start, end, evidence, confidence, matches: 1, secret }, factors });
    }
  };

  plan.bodyRules.forEach((planned, ruleIndex) => {
    const hits = hitsByRule[ruleIndex]!;
    const { before, after } = planned.rule.reach;
    const span = planned.longestKeyword + after;
    // Windows around hits, merged when they overlap, so each character is searched at most once per rule.
    let windowStart = -1;
    let windowEnd = -1;
    for (const hit of hits) {
      const start = Math.max(0, hit - before);
      const end = Math.min(limit, hit + span);
      if (start <= windowEnd) {
        windowEnd = Math.max(windowEnd, end);
        continue;
      }
      if (windowEnd > windowStart) runWindow(planned, windowStart, windowEnd);
      windowStart = start;
      windowEnd = end;
    }
    if (windowEnd > windowStart) runWindow(planned, windowStart, windowEnd);
  });
  return matches;
}

/** Categories that show the response is reporting on the server's internals, whatever its status. */
const INTERNALS_REPORT_CATEGORIES = new Set(['stack-trace', 'database-error', 'debug-page', 'environment-dump']);

/**
 * Applies the status factor. A page that shows a trace, a driver error or an env dump is an error
 * report even with status 200 (PHP's display_errors answers 200, a served .env is 200), so the
 * rest of it is judged as one.
 */
function judgeBodyMatches(matches: BodyMatch[], status: number): LeakCandidate[] {
  const confident = (match: BodyMatch, asStatus: number) =>
    round(match.candidate.confidence * statusFactor(match.factors, asStatus)) >= REPORT_CONFIDENCE_FLOOR;
  const showsError = status < 400 && matches.some((match) => INTERNALS_REPORT_CATEGORIES.has(match.candidate.rule.category) && confident(match, status));
  const judgedStatus = showsError ? 500 : status;
  return matches
    .map(({ candidate, factors }) => ({ ...candidate, confidence: round(candidate.confidence * statusFactor(factors, judgedStatus)) }))
    .filter((candidate) => candidate.confidence >= REPORT_CONFIDENCE_FLOOR);
}

/** Findings sorted headers first (in header order), then by body offset. */
export function scanResponse(response: ScannableResponse): LeakReport {
  const body = response.body ?? '';
  const limit = Math.min(body.length, MAX_SCAN_CHARS);
  const context: MatchContext = { response, kind: responseKind(response.url, response.mimeType) };
  const bodyMatches = scanBody(body, limit, response, context);
  // Every secret value seen, even a doubtful one, is kept out of the evidence of other findings.
  const secrets = bodyMatches.flatMap(({ candidate }) => (candidate.secret ? [candidate.secret] : []));
  const findings = assembleFindings(scanHeaders(response, context), judgeBodyMatches(bodyMatches, response.status), body, secrets);
  return { findings, partial: body.length > MAX_SCAN_CHARS || response.bodyTruncated === true };
}
