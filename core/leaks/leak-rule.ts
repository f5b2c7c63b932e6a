// A leak rule is data: what to look for (a text rule: keywords, pattern, scope), what it means
// (category, severity, title) and how much to trust it in a given context. The engine in
// scan-response.ts runs them all.

import type { LeakCategory, LeakSeverity, ScannableResponse } from './leak-finding';
import type { ResponseKind } from './response-kind';
import type { TextRule } from '../text/text-rule';

/**
 * How much a context multiplies a rule's base confidence. 0 means "never a disclosure here", so
 * the engine skips the rule for that kind of response entirely (which also makes scanning faster).
 */
export interface ContextFactors {
  /** 500..599 */
  serverError: number;
  /** 400..499, and the non-standard codes past 599 */
  clientError: number;
  /** anything else (2xx, 3xx, 0) */
  success: number;
  /** Per kind of body; kinds not listed count as 1. */
  kind: Partial<Record<ResponseKind, number>>;
  /**
   * A successful HTML page quoting the match inside <pre>, <code>, <script>, <textarea>…:
   * documentation, blog posts and inlined bundles, not a server talking about itself.
   */
  quotedInPage: number;
}

/** What a rule's extra check may look at. */
export interface MatchContext {
  response: ScannableResponse;
  kind: ResponseKind;
}

/**
 * A text rule (keywords, pattern, scope) whose match is a leak. Its pattern may use the flags i, m,
 * u and s; a named group `secret` marks the part to mask, a named group `evidence` narrows the
 * finding to that part (the rest is context). Headers in scope: `headers: true` is every header the
 * scanner reads (not Set-Cookie, CSP and other values that are URLs or hashes by design).
 */
export interface LeakRule extends TextRule {
  /** `category.name`. */
  id: string;
  category: LeakCategory;
  severity: LeakSeverity;
  title: string;
  /**
   * How far a match may start before / end after the keyword hit that triggered the search: the
   * pattern runs only in that window, so its quantifiers must be bounded to fit it.
   */
  reach: { before: number; after: number };
  /** Confidence of a match in a neutral context, before context factors. */
  confidence: number;
  /** Overrides of the category's context factors (see context-factors.ts). */
  context?: Partial<ContextFactors>;
  /**
   * Matches of the same category closer than this many characters become one finding
   * (the frames of one stack trace, the lines of one env listing).
   */
  mergeWithin?: number;
  /**
   * A match shows the response is reporting an error about the server (a trace, a driver error, a
   * debug page, an env dump, a PHP error line), whatever its status: PHP's display_errors answers
   * 200, a served .env is 200. The rest of such a response is then judged as an error response.
   */
  provesError?: boolean;
  /** A merged finding needs at least this many matches to be reported (e.g. three env lines). */
  minMatches?: number;
  /**
   * Extend the finding past the match to the end of its line (or an HTML tag), at most this many
   * characters: the rest of a driver message, without a trailing `.{0,200}` in the pattern.
   */
  extendToLineEnd?: number;
  /** Extra check on the match; false drops it (bad octets, placeholder passwords, example keys…). */
  accept?: (match: RegExpExecArray, context: MatchContext) => boolean;
}
