// Runs text rules (evidence rules, tier markers) against one response: keyword prefilter first,
// then the regex, with offsets into the original text so the panel can highlight the match.

import type { HeaderField } from '../capture/captured-entry';
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
export const MAX_MATCHES_PER_RULE = 5;
/** Evidence text longer than this is cut; rules' bounded quantifiers keep real matches shorter. */
export const MAX_EVIDENCE_CHARS = 200;

/** The texts of one response, with lowercased copies made once for all keyword prefilters. */
export class ResponseText {
  private lowered = new Map<string, string>();

  constructor(private readonly response: MatchableResponse) {}

  /** Every text the source refers to: the body, or each value of a (case-insensitive) header. */
  textsOf(source: EvidenceSource): string[] {
    if (source === 'body') return this.response.body ? [this.response.body] : [];
    const name = source.header.toLowerCase();
    return this.response.headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  }

  lowerCase(text: string): string {
    let lower = this.lowered.get(text);
    if (lower === undefined) {
      lower = text.toLowerCase();
      this.lowered.set(text, lower);
    }
    return lower;
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
    if (rule.keywords.length > 0) {
      const lower = text.lowerCase(value);
      if (!rule.keywords.some((keyword) => lower.includes(keyword))) continue;
    }
    const pattern = globalVersion(rule.pattern);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m !== null && matches.length < MAX_MATCHES_PER_RULE; m = pattern.exec(value)) {
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
