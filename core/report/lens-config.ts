// A CI run's policy as the config file gives it (cli/config.ts reads and checks the file), and which
// allowlist entry a finding matches.
import type { FailOn } from './fail-on';
import { escapeRegExp } from '../text/escape-reg-exp';

export type RuleLevel = 'fail' | 'warn' | 'ignore';

export interface AllowEntry {
  /** Glob over the whole URL: `*` is any run of characters but `/`, `**` any run at all. */
  url?: string;
  /** The header a finding is in (case-insensitive). */
  header?: string;
  /** "502", "500-599" or "5xx". */
  status?: string;
  /** A plain substring of the reported (masked) evidence. */
  evidenceContains?: string;
  reason?: string;
}

export interface LensConfig {
  failOn?: FailOn;
  statuses?: 'errors' | 'all';
  /** Keyed by rule id (`secret.aws-access-key`) or category (`version-disclosure`); a rule id wins. */
  rules: Record<string, RuleLevel>;
  allow: AllowEntry[];
  /** Fingerprint → why it is ignored. */
  ignore: Map<string, string>;
}

export const EMPTY_CONFIG: LensConfig = { rules: {}, allow: [], ignore: new Map() };

/** The allowlist entry a finding matches, if any. */
export function matchingAllow(
  allow: readonly AllowEntry[],
  finding: { url: string; status: number; location: { in: 'header'; name: string } | { in: 'body' }; evidence: string },
): AllowEntry | undefined {
  return allow.find(
    (entry) =>
      (entry.url === undefined || globMatches(entry.url, finding.url)) &&
      (entry.header === undefined || (finding.location.in === 'header' && finding.location.name.toLowerCase() === entry.header.toLowerCase())) &&
      (entry.status === undefined || statusMatches(entry.status, finding.status)) &&
      (entry.evidenceContains === undefined || finding.evidence.includes(entry.evidenceContains)),
  );
}

function statusMatches(range: string, status: number): boolean {
  if (range.endsWith('xx')) return Math.floor(status / 100) === Number(range[0]);
  const [low, high = low] = range.split('-').map(Number);
  return status >= low! && status <= high!;
}

/** The glob becomes an expression with no nested quantifier (no catastrophic backtracking), run on a URL. */
function globMatches(glob: string, text: string): boolean {
  const source = glob
    .split('**')
    .map((part) => part.split('*').map(escapeRegExp).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`).test(text);
}
