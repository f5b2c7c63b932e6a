// Which rules can fire for one kind of response, compiled once: their global regexes and a single
// keyword automaton that also finds the quoting markers of HTML pages.

import { CATEGORY_CONTEXT } from './context-factors';
import { KeywordAutomaton } from '../text/keyword-automaton';
import type { ContextFactors, LeakRule } from './leak-rule';
import { QUOTING_CLOSERS, QUOTING_OPENERS } from './quoted-regions';
import type { ResponseKind } from './response-kind';
import { LEAK_RULES } from './rules/index';

export interface PlannedRule {
  rule: LeakRule;
  /** The rule's pattern with g and d (indices, to locate the `secret` group). */
  regex: RegExp;
  factors: ContextFactors;
  /** Window around a keyword hit's start: reach.before, and reach.after past the longest keyword. */
  window: { before: number; after: number };
}

/** What a keyword of the automaton means when it is hit. */
export type KeywordRole = { rules: number[] } | { quoting: 'open' | 'close' };

export interface ScanPlan {
  bodyRules: PlannedRule[];
  automaton: KeywordAutomaton;
  roles: KeywordRole[];
}

export function factorsOf(rule: LeakRule): ContextFactors {
  const base = CATEGORY_CONTEXT[rule.category];
  const override = rule.context ?? {};
  return { ...base, ...override, kind: { ...base.kind, ...override.kind } };
}

export function compileRule(rule: LeakRule): RegExp {
  return new RegExp(rule.pattern.source, `${rule.pattern.flags}gd`);
}

function buildPlan(kind: ResponseKind, trackQuotes: boolean): ScanPlan {
  const bodyRules = LEAK_RULES.filter((rule) => rule.scope.body && (factorsOf(rule).kind[kind] ?? 1) > 0).map(
    (rule): PlannedRule => ({
      rule,
      regex: compileRule(rule),
      factors: factorsOf(rule),
      window: { before: rule.reach.before, after: Math.max(0, ...rule.keywords.map((keyword) => keyword.length)) + rule.reach.after },
    }),
  );

  const keywordIndex = new Map<string, number>();
  const keywords: string[] = [];
  const roles: KeywordRole[] = [];
  const keywordSlot = (keyword: string, role: () => KeywordRole): KeywordRole => {
    let index = keywordIndex.get(keyword);
    if (index === undefined) {
      index = keywords.length;
      keywordIndex.set(keyword, index);
      keywords.push(keyword);
      roles.push(role());
    }
    return roles[index]!;
  };
  bodyRules.forEach((planned, ruleIndex) => {
    for (const keyword of planned.rule.keywords) {
      const role = keywordSlot(keyword, () => ({ rules: [] }));
      if ('rules' in role && !role.rules.includes(ruleIndex)) role.rules.push(ruleIndex);
    }
  });
  if (trackQuotes) {
    for (const opener of QUOTING_OPENERS) keywordSlot(opener, () => ({ quoting: 'open' }));
    for (const closer of QUOTING_CLOSERS) keywordSlot(closer, () => ({ quoting: 'close' }));
  }
  return { bodyRules, automaton: new KeywordAutomaton(keywords), roles };
}

const plans = new Map<string, ScanPlan>();

/**
 * Plans are built on first use per kind and reused for every later response. `trackQuotes` adds
 * the <pre>/<code>/<script>… markers to the keyword pass (only successful HTML pages need them).
 */
export function scanPlanFor(kind: ResponseKind, trackQuotes: boolean): ScanPlan {
  const key = `${kind}:${trackQuotes}`;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = buildPlan(kind, trackQuotes);
    plans.set(key, plan);
  }
  return plan;
}
