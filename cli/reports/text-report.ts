// The report a person reads in a terminal or a CI log: per file, what was read and scanned, each
// entry with findings (status, method, URL) and its findings under it, then what could not be
// scanned and why; a summary at the end. "no leaks found" is said only of what was scanned.
import type { StatusSelection } from '../../core/har/scan-har';
import { LEAK_SEVERITIES, type LeakSeverity } from '../../core/leaks/leak-finding';
import type { JudgedEntry, JudgedFile, JudgedFinding, JudgedScan, Verdict } from '../../core/report/judge';
import { badEntryLines } from '../file-scan';
import { inputLabel } from '../open-input';
import type { FailOn } from '../../core/report/fail-on';
import { terminalSafe } from '../../core/text/terminal-safe';

const VERDICT_LABELS: Record<Verdict, string> = { fail: 'FAIL', warn: 'warn', baseline: 'known', ignored: 'ignored' };
const EVIDENCE_CHARS = 200;
/** Entries named per reason a body was not scanned; the rest are counted. */
const NAMED_ENTRIES = 5;

export function formatTextReport(scans: readonly JudgedFile[], selection: StatusSelection, failOn: FailOn): string {
  const lines = scans.flatMap((scan) => fileLines(scan, selection));
  lines.push(summaryLine(scans), verdictLine(scans, failOn));
  return `${lines.join('\n')}\n`;
}

function fileLines({ file, scan }: JudgedFile, selection: StatusSelection): string[] {
  // Ignored findings are counted in the result line, not listed.
  const withFindings = scan.entries
    .map((entry) => ({ ...entry, findings: entry.findings.filter((finding) => finding.verdict !== 'ignored') }))
    .filter((entry) => entry.findings.length > 0);
  const lines = [`${terminalSafe(inputLabel(file))}: ${scopeLine(scan, selection)}`, ...withFindings.flatMap(entryLines)];
  const gaps = gapLines(scan);
  if (withFindings.length === 0 && scan.entries.length > 0) lines.push(gaps.length ? '  no leaks found in what was scanned' : '  no leaks found');
  lines.push(...gaps, '');
  return lines;
}

function scopeLine({ totalEntries, entries, readError }: JudgedScan, selection: StatusSelection): string {
  if (readError && totalEntries === 0) return `not read: ${terminalSafe(readError)}`;
  const read = `${counted(totalEntries, 'entry', 'entries')}${readError ? ' read' : ''}`;
  if (selection === 'all') return `${read}, ${entries.length === totalEntries ? 'all' : entries.length} scanned`;
  if (entries.length === 0 && totalEntries > 0) return `${read}, none an error response (4xx/5xx): nothing scanned (--all scans every response)`;
  return `${read}, ${counted(entries.length, 'error response', 'error responses')} (4xx/5xx) scanned`;
}

/** Everything that was not scanned: bodies, odd fields, unreadable entries, the rest of a cut file. */
function gapLines({ entries, badEntries, readError, totalEntries }: JudgedScan): string[] {
  const lines: string[] = [];
  const byReason = new Map<string, number[]>();
  for (const entry of entries) {
    if (entry.bodyNotScanned) byReason.set(entry.bodyNotScanned, [...(byReason.get(entry.bodyNotScanned) ?? []), entry.index]);
  }
  for (const [reason, indexes] of byReason) {
    lines.push(`  ${counted(indexes.length, 'body', 'bodies')} not scanned, only headers: ${terminalSafe(reason)} (${namedEntries(indexes)})`);
  }
  for (const entry of entries) {
    if (entry.oddFields) lines.push(`  #${entry.index}: ${terminalSafe(entry.oddFields.join('; '))}: not scanned`);
  }
  for (const line of badEntryLines({ badEntries })) lines.push(`  ${terminalSafe(line)}`);
  if (readError && totalEntries > 0) lines.push(`  reading stopped: ${terminalSafe(readError)}; the entries before it are reported`);
  return lines;
}

function namedEntries(indexes: readonly number[]): string {
  const named = indexes.slice(0, NAMED_ENTRIES).map((index) => `#${index}`).join(', ');
  return indexes.length > NAMED_ENTRIES ? `${named} and ${indexes.length - NAMED_ENTRIES} more` : named;
}

function entryLines({ index, status, method, url, findings, partial, bodyDamage }: JudgedEntry): string[] {
  const lines = [`  #${index}  ${status} ${terminalSafe(method)} ${terminalSafe(url)}`];
  for (const finding of findings) lines.push(...findingLines(finding));
  // One line per distinct fix, after the findings it stops.
  const fixes = new Map(findings.flatMap(({ fix }) => (fix ? [[fix.id, fix] as const] : [])));
  for (const fix of fixes.values()) lines.push(`      fix (${fix.origin}): ${fix.change}  ${fix.docs}`);
  if (bodyDamage) lines.push(`      (${terminalSafe(bodyDamage)})`);
  else if (partial) lines.push('      (body too long: only its start was scanned)');
  return lines;
}

function findingLines({ verdict, severity, category, title, location, evidence }: JudgedFinding): string[] {
  const where = location.in === 'header' ? `header ${location.name}` : `body line ${location.line}, column ${location.column}`;
  const shown = evidence.length > EVIDENCE_CHARS ? `${evidence.slice(0, EVIDENCE_CHARS)}…` : evidence;
  return [
    `    ${VERDICT_LABELS[verdict].padEnd(5)} ${severity.padEnd(6)} ${category}: ${terminalSafe(title)} (${terminalSafe(where)})`,
    `                 ${terminalSafe(shown)}`,
  ];
}

/** What the run decides: the findings that fail it, and those that do not and why. */
function verdictLine(scans: readonly JudgedFile[], failOn: FailOn): string {
  const findings = scans.flatMap(({ scan }) => scan.entries.flatMap((entry) => entry.findings));
  const counts = (verdict: Verdict) => findings.filter((finding) => finding.verdict === verdict).length;
  const threshold = failOn === 'none' ? 'nothing fails (--fail-on none)' : `${failOn} and above fail (--fail-on ${failOn})`;
  const known = counts('baseline') ? `, ${counts('baseline')} known from the baseline` : '';
  const ignored = counts('ignored') ? `, ${counts('ignored')} ignored by the config` : '';
  return `Result: ${counts('fail') ? 'FAIL' : 'pass'}: ${counts('fail')} failing, ${counts('warn')} ${counts('warn') === 1 ? 'warning' : 'warnings'}${known}${ignored}; ${threshold}`;
}

function summaryLine(scans: readonly JudgedFile[]): string {
  const entries = scans.flatMap(({ scan }) => scan.entries);
  const findings = entries.flatMap((entry) => entry.findings);
  const withFindings = entries.filter((entry) => entry.findings.length > 0).length;
  const bodiesNotScanned = entries.filter((entry) => entry.bodyNotScanned).length;
  const bySeverity = LEAK_SEVERITIES.map((severity) => `${count(findings, severity)} ${severity}`).join(', ');
  return (
    `Summary: ${counted(entries.length, 'entry', 'entries')} scanned in ${counted(scans.length, 'file', 'files')}, ` +
    `${withFindings} with findings; ${counted(findings.length, 'finding', 'findings')} (${bySeverity})` +
    (bodiesNotScanned ? `; ${counted(bodiesNotScanned, 'body', 'bodies')} not in the scan` : '')
  );
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function count(findings: readonly JudgedFinding[], severity: LeakSeverity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}
