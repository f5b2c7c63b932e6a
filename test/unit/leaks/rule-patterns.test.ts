// Every rule's regex must run in linear time on attacker-controlled bodies. Rules are enumerated
// from the rule data, so a new rule is checked without touching this file.

import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { LEAK_RULES } from '../../../core/leaks/rules/index';

/**
 * Quantifiers outside character classes and escapes that have no upper bound (`*`, `+`, `{n,}`).
 * With every repetition bounded, a match attempt costs a bounded number of steps, and the engine's
 * windows bound how many attempts a body can cause; the benchmark measures the constant.
 */
function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i]!;
    if (char === '\\') {
      i += 1;
    } else if (inClass) {
      if (char === ']') inClass = false;
    } else if (char === '[') {
      inClass = true;
    } else if (char === '*' || char === '+') {
      found.push(source.slice(Math.max(0, i - 12), i + 1));
    } else if (char === '{') {
      const quantifier = /^\{\d+,\}/.exec(source.slice(i));
      if (quantifier) found.push(source.slice(Math.max(0, i - 12), i + quantifier[0].length));
    }
  }
  return found;
}

describe('leak rule data', () => {
  it('has unique ids named after their category', () => {
    const ids = LEAK_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LEAK_RULES) expect(rule.id.startsWith(`${rule.category}.`)).toBe(true);
  });

  it.each(LEAK_RULES.map((rule) => [rule.id, rule] as const))('%s: keywords are lowercase ASCII and body rules have some', (_id, rule) => {
    for (const keyword of rule.keywords) expect(keyword).toMatch(/^[\x20-\x7e]+$/);
    for (const keyword of rule.keywords) expect(keyword).toBe(keyword.toLowerCase());
    if (rule.scope.body) expect(rule.keywords.length).toBeGreaterThan(0);
    expect(rule.pattern.flags).toMatch(/^[imsu]*$/);
  });

  it.each(LEAK_RULES.map((rule) => [rule.id, rule.pattern] as const))('%s: every repetition is bounded', (_id, pattern) => {
    expect(unboundedQuantifiers(pattern.source)).toEqual([]);
  });
});

describe('leak rule patterns are ReDoS-safe (recheck)', () => {
  // The automaton checker is exact and deterministic; recheck picks its native binary when present
  // and otherwise its pure-JS build, so the test runs either way.
  it.each(LEAK_RULES.map((rule) => [rule.id, rule.pattern] as const))('%s', async (_id, pattern) => {
    const diagnostics = await check(pattern.source, pattern.flags, { checker: 'automaton', timeout: 30_000, maxNFASize: 1_000_000, maxPatternSize: 100_000 });
    expect(diagnostics.status).toBe('safe');
  });

  it('the checker does flag a catastrophic pattern (the test can fail)', async () => {
    const diagnostics = await check('^(\\w+\\s?)*$', '', { checker: 'automaton', timeout: 30_000 });
    expect(diagnostics.status).toBe('vulnerable');
  });
});
