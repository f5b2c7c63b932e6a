// Which rules can fire for one kind of response, compiled once: their global regexes and a single
// keyword automaton that also finds the quoting markers of HTML pages and, when asked, the keywords
// of the diagnosis' rules.

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
  /** Per keyword of the caller's `alsoFind`, its index in the automaton. */
  alsoFindIndexes: number[];
}

export function factorsOf(rule: LeakRule): ContextFactors {
  const base = CATEGORY_CONTEXT[rule.category];
  const override = rule.context ?? {};
  return { ...base, ...override, kind: { ...base.kind, ...override.kind } };
}

export function compileRule(rule: LeakRule): RegExp {
  return new RegExp(rule.pattern.source, `${rule.pattern.flags}gd`);
}

function buildPlan(kind: ResponseKind, trackQuotes: boolean, alsoFind: readonly string[]): ScanPlan {
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
  const keywordSlot = (keyword: string, role: () => KeywordRole): number => {
    let index = keywordIndex.get(keyword);
    if (index === undefined) {
      index = keywords.length;
      keywordIndex.set(keyword, index);
      keywords.push(keyword);
      roles.push(role());
    }
    return index;
  };
  bodyRules.forEach((planned, ruleIndex) => {
    for (const keyword of planned.rule.keywords) {
      const role = roles[keywordSlot(keyword, () => ({ rules: [] }))]!;
      if ('rules' in role && !role.rules.includes(ruleIndex)) role.rules.push(ruleIndex);
    }
  });
  if (trackQuotes) {
    for (const opener of QUOTING_OPENERS) keywordSlot(opener, () => ({ quoting: 'open' }));
    for (const closer of QUOTING_CLOSERS) keywordSlot(closer, () => ({ quoting: 'close' }));
  }
  const alsoFindIndexes = alsoFind.map((keyword) => keywordSlot(keyword, () => ({ rules: [] })));
  return { bodyRules, automaton: automatonOver(keywords), roles, alsoFindIndexes };
}

/** Most kinds of response run the same rules: their plans share one automaton (a table of megabytes). */
const automata = new Map<string, KeywordAutomaton>();

function automatonOver(keywords: readonly string[]): KeywordAutomaton {
  const key = keywords.join('\u0000');
  let automaton = automata.get(key);
  if (automaton === undefined) {
    automaton = new KeywordAutomaton(keywords);
    automata.set(key, automaton);
  }
  return automaton;
}

const NOTHING_ELSE: readonly string[] = [];
const plansByAlsoFind = new WeakMap<readonly string[], Map<string, ScanPlan>>();

/**
 * Plans are built on first use per kind and reused for every later response. `trackQuotes` adds
 * the <pre>/<code>/<script>… markers to the keyword pass (only successful HTML pages need them);
 * `alsoFind` adds another family's keywords (the diagnosis'), so one pass serves both.
 */
export function scanPlanFor(kind: ResponseKind, trackQuotes: boolean, alsoFind: readonly string[] = NOTHING_ELSE): ScanPlan {
  let plans = plansByAlsoFind.get(alsoFind);
  if (plans === undefined) {
    plans = new Map();
    plansByAlsoFind.set(alsoFind, plans);
  }
  const key = `${kind}:${trackQuotes}`;
  let plan = plans.get(key);
  if (plan === undefined) {
    plan = buildPlan(kind, trackQuotes, alsoFind);
    plans.set(key, plan);
  }
  return plan;
}
