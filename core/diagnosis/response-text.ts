// Runs text rules (evidence rules, tier markers) against one response: keyword prefilter first,
// then the regex, with offsets into the original text so the panel can highlight the match. The
// body's keywords are all found in one pass (the leak scanner's automaton over the rule set's
// keywords), not one search of the body per keyword.

import type { HeaderField } from '../capture/captured-entry';
import { KeywordAutomaton } from '../text/keyword-automaton';
import { MAX_EVIDENCE_CHARS } from '../text/evidence-limit';
import type { EvidenceSource } from './evidence-rules/evidence-rule';

export interface MatchableResponse {
  headers: HeaderField[];
  body: string | null;
}

export interface TextRule {
  in: EvidenceSource;
  keywords: readonly string[];
  pattern: RegExp;
  near?: { pattern: RegExp; withinChars: number };
}

export interface TextMatch {
  text: string;
  where: EvidenceSource;
  offset: number;
  length: number;
}

/** Enough to show repeated evidence without letting a hostile body produce thousands of matches. */
const MAX_EVIDENCE_PER_RULE = 5;

/** One automaton per rule set, over the keywords of its body rules. */
const bodyAutomata = new WeakMap<readonly TextRule[], KeywordAutomaton>();

function bodyAutomatonFor(rules: readonly TextRule[]): KeywordAutomaton {
  let automaton = bodyAutomata.get(rules);
  if (!automaton) {
    automaton = new KeywordAutomaton([...new Set(rules.flatMap((rule) => (rule.in === 'body' ? rule.keywords : [])))]);
    bodyAutomata.set(rules, automaton);
  }
  return automaton;
}

/** The texts of one response, each searched once for all keyword prefilters of a rule set. */
export class ResponseText {
  private lowered = new Map<string, string>();
  private bodyKeywords?: ReadonlySet<string>;

  constructor(
    private readonly response: MatchableResponse,
    private readonly rules: readonly TextRule[],
  ) {}

  /** Every text the source refers to: the body, or each value of a (case-insensitive) header. */
  textsOf(source: EvidenceSource): string[] {
    if (source === 'body') return this.response.body ? [this.response.body] : [];
    const name = source.header.toLowerCase();
    return this.response.headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  }

  /** Whether the text (the body, or a header value) holds any of the lowercase keywords, in any case. */
  mentionsAny(source: EvidenceSource, text: string, keywords: readonly string[]): boolean {
    if (source === 'body') {
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

export function findMatches(rule: TextRule, text: ResponseText): TextMatch[] {
  const matches: TextMatch[] = [];
  for (const value of text.textsOf(rule.in)) {
    if (rule.keywords.length > 0 && !text.mentionsAny(rule.in, value, rule.keywords)) continue;
    const pattern = globalVersion(rule.pattern);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m !== null && matches.length < MAX_EVIDENCE_PER_RULE; m = pattern.exec(value)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      if (rule.near && !hasContextNear(value, m.index, m[0].length, rule.near)) continue;
      matches.push({ text: m[0].slice(0, MAX_EVIDENCE_CHARS), where: rule.in, offset: m.index, length: m[0].length });
    }
  }
  return matches;
}

function hasContextNear(value: string, offset: number, length: number, near: NonNullable<TextRule['near']>): boolean {
  const window = value.slice(Math.max(0, offset - near.withinChars), offset + length + near.withinChars);
  return near.pattern.test(window);
}
