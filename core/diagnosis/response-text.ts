// Runs the diagnosis' text rules (evidence rules, tier markers) against one response: keyword
// prefilter first, then the regex, with offsets into the original text so the panel can highlight
// the match. The body's keywords are found in one pass of the keyword automaton: the leak scanner's
// own pass over the body when it looked for them too (analyzeEntry), else one over this rule set's.

import type { HeaderField } from '../capture/captured-entry';
import { KeywordAutomaton } from '../text/keyword-automaton';
import { MAX_EVIDENCE_CHARS } from '../text/evidence-limit';
import { matchesOf } from '../text/pattern-matches';
import type { TextRule, TextScope, TextSource } from '../text/text-rule';

export interface MatchableResponse {
  headers: HeaderField[];
  body: string | null;
}

export interface DiagnosisRule extends TextRule {
  /**
   * The match only counts when this pattern also matches within `withinChars` before or after it.
   * Keeps patterns simple (and linear) where evidence is "X near Y".
   */
  near?: { pattern: RegExp; withinChars: number };
}

export interface TextMatch {
  text: string;
  where: TextSource;
  offset: number;
  length: number;
}

/** Enough to show repeated evidence without letting a hostile body produce thousands of matches. */
const MAX_EVIDENCE_PER_RULE = 5;

/** The distinct keywords of the rules that search bodies. */
export function bodyKeywordsOf(rules: readonly TextRule[]): string[] {
  return [...new Set(rules.flatMap((rule) => (rule.scope.body ? rule.keywords : [])))];
}

/** One automaton per rule set, over the keywords of its body rules. */
const bodyAutomata = new WeakMap<readonly TextRule[], KeywordAutomaton>();

function bodyAutomatonFor(rules: readonly TextRule[]): KeywordAutomaton {
  let automaton = bodyAutomata.get(rules);
  if (!automaton) {
    automaton = new KeywordAutomaton(bodyKeywordsOf(rules));
    bodyAutomata.set(rules, automaton);
  }
  return automaton;
}

/** The texts of one response, each searched once for all keyword prefilters of a rule set. */
export class ResponseText {
  private lowered = new Map<string, string>();

  /**
   * `bodyKeywords`: the keywords the whole body holds, from a pass that looked for every body
   * keyword of `rules` (and maybe more); without it, the body is searched on first need.
   */
  constructor(
    private readonly response: MatchableResponse,
    private readonly rules: readonly TextRule[],
    private bodyKeywords?: ReadonlySet<string>,
  ) {}

  /** The texts a scope covers: the body, then each value of a header it names (case-insensitive). */
  textsIn(scope: TextScope): { where: TextSource; text: string }[] {
    const texts: { where: TextSource; text: string }[] = scope.body && this.response.body ? [{ where: 'body', text: this.response.body }] : [];
    if (scope.headers === false) return texts;
    const names = scope.headers;
    for (const { name, value } of this.response.headers) {
      const lowerName = name.toLowerCase();
      if (names === true || names.includes(lowerName)) texts.push({ where: { header: lowerName }, text: value });
    }
    return texts;
  }

  /** Whether the text (the body, or a header value) holds any of the lowercase keywords, in any case. */
  mentionsAny(where: TextSource, text: string, keywords: readonly string[]): boolean {
    if (where === 'body') {
      this.bodyKeywords ??= this.keywordsInBody(text);
      return keywords.some((keyword) => this.bodyKeywords!.has(keyword));
    }
    let lower = this.lowered.get(text);
    if (lower === undefined) {
      lower = text.toLowerCase();
      this.lowered.set(text, lower);
    }
    return keywords.some((keyword) => lower.includes(keyword));
  }

  private keywordsInBody(body: string): Set<string> {
    const automaton = bodyAutomatonFor(this.rules);
    const found = new Set<string>();
    automaton.scan(body, body.length, (keyword) => found.add(automaton.keywords[keyword]!));
    return found;
  }
}

const globalPatterns = new WeakMap<RegExp, RegExp>();

function globalVersion(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
    globalPatterns.set(pattern, global);
  }
  return global;
}

export function findMatches(rule: DiagnosisRule, text: ResponseText): TextMatch[] {
  const matches: TextMatch[] = [];
  for (const { where, text: value } of text.textsIn(rule.scope)) {
    if (rule.keywords.length > 0 && !text.mentionsAny(where, value, rule.keywords)) continue;
    for (const m of matchesOf(globalVersion(rule.pattern), value)) {
      if (matches.length >= MAX_EVIDENCE_PER_RULE) break;
      if (rule.near && !hasContextNear(value, m.index, m[0].length, rule.near)) continue;
      matches.push({ text: m[0].slice(0, MAX_EVIDENCE_CHARS), where, offset: m.index, length: m[0].length });
    }
  }
  return matches;
}

function hasContextNear(value: string, offset: number, length: number, near: NonNullable<DiagnosisRule['near']>): boolean {
  const window = value.slice(Math.max(0, offset - near.withinChars), offset + length + near.withinChars);
  return near.pattern.test(window);
}
