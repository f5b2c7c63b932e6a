// The policy of a CI run: which findings fail it. Ignored first (an ignored fingerprint, an
// allowlist entry, a rule or category set to ignore in the config), then known from the baseline,
// then the config's fail/warn for the rule or its category, then --fail-on by severity.
import { severityRank } from '../leaks/leak-finding';
import type { HarScan, ScannedEntry, ScannedFinding } from '../har/scan-har';
import { matchingAllow, type LensConfig } from './lens-config';
import type { FailOn } from './fail-on';

/** One HAR file and what scanning it gave. */
export interface FileScan {
  /** As given on the command line ("-" for standard input), or the panel's name for its capture. */
  file: string;
  scan: HarScan;
}

export type Verdict = 'fail' | 'warn' | 'baseline' | 'ignored';

export interface JudgedFinding extends ScannedFinding {
  verdict: Verdict;
  /** For an ignored finding: why (the ignore entry's reason, the allowlist entry, the rule level). */
  ignoredBecause?: string;
}

export interface JudgedEntry extends Omit<ScannedEntry, 'findings'> {
  findings: JudgedFinding[];
}

export interface JudgedScan extends Omit<HarScan, 'entries'> {
  entries: JudgedEntry[];
}

export interface JudgedFile {
  file: string;
  scan: JudgedScan;
}

export interface Policy {
  failOn: FailOn;
  /** Fingerprints of findings known from a previous run. */
  baseline: ReadonlySet<string>;
  config: LensConfig;
}

export function judge(files: readonly FileScan[], policy: Policy): JudgedFile[] {
  return files.map(({ file, scan }) => ({
    file,
    scan: { ...scan, entries: scan.entries.map((entry) => ({ ...entry, findings: entry.findings.map((finding) => ({ ...finding, ...verdictOf(finding, entry, policy) })) })) },
  }));
}

function verdictOf(finding: ScannedFinding, entry: ScannedEntry, { failOn, baseline, config }: Policy): Pick<JudgedFinding, 'verdict' | 'ignoredBecause'> {
  const ignored = (because: string) => ({ verdict: 'ignored' as const, ignoredBecause: because });
  const ignoreReason = config.ignore.get(finding.fingerprint);
  if (ignoreReason !== undefined) return ignored(`ignore: ${ignoreReason}`);
  const allowed = matchingAllow(config.allow, { url: entry.url, status: entry.status, location: finding.location, evidence: finding.evidence });
  if (allowed) return ignored(`allow: ${allowed.reason ?? JSON.stringify(allowed)}`);
  const levelKey = finding.rule in config.rules ? finding.rule : finding.category;
  const level = config.rules[levelKey];
  if (level === 'ignore') return ignored(`rules.${levelKey}: ignore`);
  if (baseline.has(finding.fingerprint)) return { verdict: 'baseline' };
  if (level) return { verdict: level };
  if (failOn === 'none') return { verdict: 'warn' };
  return { verdict: severityRank(finding.severity) >= severityRank(failOn) ? 'fail' : 'warn' };
}

/** Every finding of every file, with the file and entry it belongs to, in report order. */
export function allFindings(files: readonly JudgedFile[]): { file: string; entry: JudgedEntry; finding: JudgedFinding }[] {
  return files.flatMap(({ file, scan }) => scan.entries.flatMap((entry) => entry.findings.map((finding) => ({ file, entry, finding }))));
}
