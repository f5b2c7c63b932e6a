// The policy of a CI run: which findings fail it. A finding at or above --fail-on fails; below it,
// it is a warning; one whose fingerprint is in the baseline was there before and is neither.
import { severityRank } from '../core/leaks/leak-finding';
import type { HarScan, ScannedEntry, ScannedFinding } from '../core/har/scan-har';
import type { FileScan } from './file-scan';
import type { FailOn } from './parse-args';

export type Verdict = 'fail' | 'warn' | 'baseline';

export interface JudgedFinding extends ScannedFinding {
  verdict: Verdict;
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
}

export function judge(files: readonly FileScan[], policy: Policy): JudgedFile[] {
  return files.map(({ file, scan }) => ({
    file,
    scan: { ...scan, entries: scan.entries.map((entry) => ({ ...entry, findings: entry.findings.map((finding) => ({ ...finding, verdict: verdictOf(finding, policy) })) })) },
  }));
}

function verdictOf(finding: ScannedFinding, { failOn, baseline }: Policy): Verdict {
  if (baseline.has(finding.fingerprint)) return 'baseline';
  if (failOn === 'none') return 'warn';
  return severityRank(finding.severity) >= severityRank(failOn) ? 'fail' : 'warn';
}

/** Every finding of every file, with the file and entry it belongs to, in report order. */
export function allFindings(files: readonly JudgedFile[]): { file: string; entry: JudgedEntry; finding: JudgedFinding }[] {
  return files.flatMap(({ file, scan }) => scan.entries.flatMap((entry) => entry.findings.map((finding) => ({ file, entry, finding }))));
}
