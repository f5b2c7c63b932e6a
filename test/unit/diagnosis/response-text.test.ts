// The keyword prefilter of evidence rules and tier markers: one automaton pass over the body must
// find exactly what a case-insensitive search for each keyword finds, and header rules read headers.
import { describe, expect, it } from 'vitest';
import { findMatches, ResponseText, type DiagnosisRule } from '../../../core/diagnosis/response-text';
import { BODY_ONLY, headersOnly } from '../../../core/text/text-rule';
import { EVIDENCE_RULES } from '../../../core/diagnosis/evidence-rules/all-rules';
import { TIER_MARKERS } from '../../../core/diagnosis/tier-markers/all-markers';
import { loadDiagnosisFixtures } from '../../fixtures/labelled-fixtures';

const bodyRule = (keywords: string[], pattern: RegExp): DiagnosisRule => ({ id: keywords.join(' '), scope: BODY_ONLY, keywords, pattern });

describe('the keyword prefilter', () => {
  it('finds a keyword in any case, at the very start and end, and lets the pattern decide', () => {
    const rules = [bodyRule(['deadlock'], /deadlock detected/i), bodyRule(['refused'], /connection refused/i)];
    const text = new ResponseText({ headers: [], body: 'DEADLOCK DETECTED while … connect ECONNREFUSED, Connection REFUSED' }, rules);
    expect(findMatches(rules[0]!, text).map((match) => match.text)).toEqual(['DEADLOCK DETECTED']);
    expect(findMatches(rules[1]!, text).map((match) => match.text)).toEqual(['Connection REFUSED']);
  });

  it('reads a header rule from the header even when the body is the same text', () => {
    const rules: DiagnosisRule[] = [bodyRule(['other'], /other/), { id: 'nginx', scope: headersOnly('server'), keywords: ['nginx'], pattern: /nginx/ }];
    const text = new ResponseText({ headers: [{ name: 'Server', value: 'nginx' }], body: 'nginx' }, rules);
    expect(findMatches(rules[1]!, text).map((match) => match.where)).toEqual([{ header: 'server' }]);
  });

  it('keeps every rule set on real responses exactly as one search per keyword does', () => {
    for (const rules of [EVIDENCE_RULES, TIER_MARKERS] as readonly (readonly DiagnosisRule[])[]) {
      for (const fixture of loadDiagnosisFixtures()) {
        const body = fixture.body ?? '';
        const text = new ResponseText({ headers: fixture.headers, body }, rules);
        for (const rule of rules.filter((candidate) => candidate.scope.body && candidate.keywords.length > 0)) {
          const mentioned = rule.keywords.some((keyword) => body.toLowerCase().includes(keyword));
          expect(text.mentionsAny('body', body, rule.keywords), `${rule.pattern} on ${fixture.file}`).toBe(mentioned);
        }
      }
    }
  });
});
