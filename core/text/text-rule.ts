// The shape every rule family shares (leak rules, evidence rules for causes, tier markers): the
// literals a match must contain, the linear-time pattern that then runs, and where in a response it
// may match. What a match yields (a leak finding, a cause's evidence, a tier) is each family's own.

/** Where in a response a rule may match. */
export interface TextScope {
  body: boolean;
  /** Header values searched: none (false), every header the family reads (true), or these lowercase names. */
  headers: boolean | readonly string[];
}

/** Where one match was found. */
export type TextSource = 'body' | { header: string };

export interface TextRule {
  /** Stable and unique within its family; shown beside the evidence and used in tests. */
  id: string;
  /**
   * Lowercase ASCII literals, at least one of which every match contains. A response's body is
   * searched for all keywords of all families in one case-insensitive pass, and a pattern only
   * runs where one of its keywords occurs. Empty only for header rules (short values, read whole).
   */
  keywords: readonly string[];
  /** Linear-time (no nested or overlapping unbounded quantifiers); no g or y flag. */
  pattern: RegExp;
  scope: TextScope;
}

export const BODY_ONLY: TextScope = { body: true, headers: false };

export function headersOnly(...names: string[]): TextScope {
  return { body: false, headers: names };
}
