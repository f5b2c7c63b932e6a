// What the leak scanner reports. The CLI prints these as JSON and the panel renders them, so the
// shape is a contract: change it only together with the CLI's documented output.

/** Every category, in the order reports and tables list them. */
export const LEAK_CATEGORIES = [
  'stack-trace',
  'file-path',
  'database-error',
  'debug-page',
  'version-disclosure',
  'secret',
  'internal-address',
  'source-code',
  'environment-dump',
] as const;

export type LeakCategory = (typeof LEAK_CATEGORIES)[number];

/** Worst first: the one order every report, table and policy uses. */
export const LEAK_SEVERITIES = ['high', 'medium', 'low'] as const;
export type LeakSeverity = (typeof LEAK_SEVERITIES)[number];

/** Higher is worse: high 2, medium 1, low 0. */
export function severityRank(severity: LeakSeverity): number {
  return LEAK_SEVERITIES.length - 1 - LEAK_SEVERITIES.indexOf(severity);
}

export type LeakLocation =
  | { in: 'header'; name: string }
  /** line and column are 1-based; offset/length index the scanned body text, for highlighting. */
  | { in: 'body'; line: number; column: number; offset: number; length: number };

export interface LeakFinding {
  /** The id of the rule that found it (LeakRule.id, `category.name`). */
  rule: string;
  category: LeakCategory;
  severity: LeakSeverity;
  title: string;
  /** The matched text; secrets are masked except a short prefix. */
  evidence: string;
  location: LeakLocation;
  /** 0..1: how sure the rule is that this is a real disclosure, not a look-alike. */
  confidence: number;
}

export interface LeakReport {
  findings: LeakFinding[];
  /** True when the body was longer than the scan cap and only its start was scanned. */
  partial: boolean;
}

/** What the scanner needs to know about one response. */
export interface ScannableResponse {
  url: string;
  status: number;
  mimeType: string;
  headers: { name: string; value: string }[];
  /** Decoded body text, or null when there is none or it is binary. */
  body: string | null;
  /** True when `body` was already cut upstream (ResponseBody.truncated); the report is then partial. */
  bodyTruncated?: boolean;
}
