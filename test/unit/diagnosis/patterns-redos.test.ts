// Bodies are attacker-controlled: every pattern in the rule data (evidence rules and tier markers)
// must be free of catastrophic backtracking, as judged by recheck.
//
// The automaton checker is exact and fast for plain patterns. It cannot reason about lookaround,
// so patterns with lookaround are also fuzzed, with a fixed seed so the result is reproducible.

import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_RULES } from '../../../core/diagnosis/evidence-rules/all-rules';
import { TIER_MARKERS } from '../../../core/diagnosis/tier-markers/all-markers';

const patterns: (readonly [string, RegExp])[] = [
  ...EVIDENCE_RULES.flatMap((rule) => [
    [rule.id, rule.pattern] as const,
    ...(rule.near ? [[`${rule.id} (near)`, rule.near.pattern] as const] : []),
  ]),
  ...TIER_MARKERS.map((marker) => [`tier marker ${marker.id}`, marker.pattern] as const),
];

const hasLookaround = (pattern: RegExp) => /\(\?<?[=!]/.test(pattern.source);

describe('rule patterns are ReDoS-safe', () => {
  it.each(patterns)('%s', async (_id, pattern) => {
    const exact = await check(pattern.source, pattern.flags, { checker: 'automaton' });
    expect(exact.status).toBe('safe');
    if (hasLookaround(pattern)) {
      const fuzzed = await check(pattern.source, pattern.flags, { checker: 'fuzz', randomSeed: 20261125, timeout: 50_000 });
      expect(fuzzed.status).toBe('safe');
    }
  });

  it.each([/(a+)+b/, /\d+ bytes/, /x[^\n]*y/])('rejects the known-vulnerable control %s', async (pattern) => {
    const result = await check(pattern.source, pattern.flags, { checker: 'automaton' });
    expect(result.status).toBe('vulnerable');
  });

  it('checks the lookaround patterns with both checkers', () => {
    expect(patterns.filter(([, p]) => hasLookaround(p)).length).toBeGreaterThan(0);
  });
});
