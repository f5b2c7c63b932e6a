// Scanning a body: one keyword pass, then each rule's regex in windows around its keyword hits.
// Rules that cannot reach the report floor in this response's context are not run at all.

import { MAX_EVIDENCE_CHARS } from '../text/evidence-limit';
import { matchesOf } from '../text/pattern-matches';
import { REPORT_CONFIDENCE_FLOOR } from './context-factors';
import type { LeakCandidate, Span } from './leak-candidate';
import type { ContextFactors, MatchContext } from './leak-rule';
import { QuotedRegions } from './quoted-regions';
import { scanPlanFor, type PlannedRule } from './scan-plan';
import { maskSecret } from './text-measures';
import { statusClass } from '../status/status-class';

/** Past this many matches of one rule in one body, more add nothing a reader could use. */
export const MAX_MATCHES_PER_RULE = 256;

export interface BodyScan {
  candidates: LeakCandidate[];
  /** Every secret value matched, reported or not, to keep out of other findings' evidence. */
  secrets: Span[];
  /** The keywords of `alsoFind` that occur before the limit. */
  alsoFound: Set<string>;
}

/** A status past 599 is no server error (status-class) but still no success: judged as a client error. */
function statusFactor(factors: ContextFactors, status: number): number {
  switch (statusClass(status)) {
    case 'server-error':
      return factors.serverError;
    case 'client-error':
    case 'out-of-range':
      return factors.clientError;
    case 'no-response':
    case 'informational':
    case 'success':
    case 'redirect':
      return factors.success;
  }
}

export function roundConfidence(confidence: number): number {
  return Math.round(Math.min(1, confidence) * 100) / 100;
}

/** The match as evidence, with the `secret` group (if any) masked. */
export function evidenceOf(match: RegExpExecArray): string {
  const secretSpan = match.indices?.groups?.['secret'];
  const secret = match.groups?.['secret'];
  if (secretSpan === undefined || secret === undefined) return match[0].slice(0, MAX_EVIDENCE_CHARS);
  const [secretStart, secretEnd] = [secretSpan[0] - match.index, secretSpan[1] - match.index];
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

/** A match before the response's status is applied to its confidence. */
interface Match {
  candidate: LeakCandidate;
  factors: ContextFactors;
}

/** `alsoFind`: keywords of other rules to look for in the same pass (a constant list: plans are cached by it). */
export function scanBody(body: string, limit: number, context: MatchContext, alsoFind?: readonly string[]): BodyScan {
  const { status } = context.response;
  // Quoting (<pre>, <code>…) only lowers confidence in successful HTML pages; elsewhere skip tracking it.
  const documentQuotes = context.kind === 'html' && status < 400;
  const plan = scanPlanFor(context.kind, documentQuotes, alsoFind);
  const keywordSeen = new Uint8Array(plan.automaton.keywords.length);
  // Per rule, the windows to search as flat [start, end, start, end…], merged as hits arrive, so a
  // dense keyword (an attacker repeating it) costs one comparison per hit, not one window each.
  const windowsByRule: number[][] = plan.bodyRules.map(() => []);
  const quoted = new QuotedRegions();
  plan.automaton.scan(body, limit, (keyword, hit) => {
    keywordSeen[keyword] = 1;
    const role = plan.roles[keyword]!;
    if ('rules' in role) {
      for (const ruleIndex of role.rules) {
        const { before, after } = plan.bodyRules[ruleIndex]!.window;
        const windows = windowsByRule[ruleIndex]!;
        const start = Math.max(0, hit - before);
        const end = Math.min(limit, hit + after);
        const last = windows.length - 1;
        if (last > 0 && start <= windows[last]!) {
          // Hits arrive in order of their end; a longer keyword can start a little earlier.
          if (start < windows[last - 1]!) windows[last - 1] = start;
          if (end > windows[last]!) windows[last] = end;
        } else {
          windows.push(start, end);
        }
      }
    } else if (role.quoting === 'open') {
      quoted.open(hit);
    } else {
      quoted.close(hit);
    }
  });

  const alsoFound = new Set((alsoFind ?? []).filter((_keyword, index) => keywordSeen[plan.alsoFindIndexes[index]!] === 1));

  const secrets: Span[] = [];
  const runRule = (planned: PlannedRule, windows: readonly number[], found: Match[]): void => {
    const { rule, regex, factors } = planned;
    const base = rule.confidence * (factors.kind[context.kind] ?? 1);
    let count = 0;
    const runWindow = (windowStart: number, windowEnd: number): void => {
      for (const match of matchesOf(regex, body.slice(windowStart, windowEnd))) {
        if (count >= MAX_MATCHES_PER_RULE) break;
        if (rule.accept && !rule.accept(match, context)) continue;
        count += 1;
        const secretSpan = match.indices?.groups?.['secret'];
        const secret = secretSpan && { start: windowStart + secretSpan[0], end: windowStart + secretSpan[1] };
        if (secret) secrets.push(secret);
        const [spanStart, spanEnd] = match.indices?.groups?.['evidence'] ?? [match.index, match.index + match[0].length];
        const start = windowStart + spanStart;
        const matchEnd = windowStart + spanEnd;
        const end = rule.extendToLineEnd === undefined ? matchEnd : lineEndAfter(body, matchEnd, rule.extendToLineEnd);
        const confidence = documentQuotes && quoted.contains(start) ? base * factors.quotedInPage : base;
        const evidence = spanStart === match.index && end === matchEnd ? evidenceOf(match) : body.slice(start, Math.min(end, start + MAX_EVIDENCE_CHARS));
        found.push({ candidate: { rule, start, end, evidence, confidence, matches: 1, secret }, factors });
      }
    };
    // Windows never overlap, so each character is searched at most once per rule.
    for (let i = 0; i < windows.length && count < MAX_MATCHES_PER_RULE; i += 2) runWindow(windows[i]!, windows[i + 1]!);
  };

  // First the rules whose matches prove the response reports an error (see LeakRule.provesError).
  const reportMatches: Match[] = [];
  plan.bodyRules.forEach((planned, index) => {
    if (planned.rule.provesError) runRule(planned, windowsByRule[index]!, reportMatches);
  });
  const reportsInternals = reportMatches.some(
    ({ candidate, factors }) => roundConfidence(candidate.confidence * statusFactor(factors, status)) >= REPORT_CONFIDENCE_FLOOR,
  );
  const judgedStatus = status < 400 && reportsInternals ? 500 : status;

  const otherMatches: Match[] = [];
  plan.bodyRules.forEach((planned, index) => {
    const { rule, factors } = planned;
    if (rule.provesError) return;
    const best = rule.confidence * (factors.kind[context.kind] ?? 1) * statusFactor(factors, judgedStatus);
    // Secret rules always run: their values must be masked wherever they appear.
    if (roundConfidence(best) < REPORT_CONFIDENCE_FLOOR && rule.category !== 'secret') return;
    runRule(planned, windowsByRule[index]!, otherMatches);
  });

  const candidates = [...reportMatches, ...otherMatches]
    .map(({ candidate, factors }) => ({ ...candidate, confidence: roundConfidence(candidate.confidence * statusFactor(factors, judgedStatus)) }))
    .filter((candidate) => candidate.confidence >= REPORT_CONFIDENCE_FLOOR);
  return { candidates, secrets, alsoFound };
}
