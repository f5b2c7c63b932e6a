// The report a person reads in a terminal or a CI log: per file, each entry with findings (status,
// method, URL), then its findings one per line with the evidence under them; a summary at the end.
import type { ScannedEntry, StatusSelection } from '../core/har/scan-har';
import type { LeakFinding, LeakSeverity } from '../core/leaks/leak-finding';
import type { FileScan } from './file-scan';
import { inputLabel } from './open-input';
import { terminalSafe } from './terminal-safe';

const SEVERITIES: readonly LeakSeverity[] = ['high', 'medium', 'low'];
const EVIDENCE_CHARS = 200;

export function formatTextReport(scans: readonly FileScan[], selection: StatusSelection): string {
  const lines = scans.flatMap((scan) => fileLines(scan, selection));
  lines.push(summaryLine(scans));
  return `${lines.join('\n')}\n`;
}

function fileLines({ file, scan }: FileScan, selection: StatusSelection): string[] {
  const withFindings = scan.entries.filter((entry) => entry.findings.length > 0);
  const scope = selection === 'errors' ? ' error responses (4xx/5xx)' : ' responses';
  const header = `${terminalSafe(inputLabel(file))}: ${scan.entries.length} of ${scan.totalEntries}${scope} scanned`;
  if (withFindings.length === 0) return [header, '  no leaks found', ''];
  return [header, ...withFindings.flatMap(entryLines), ''];
}

function entryLines({ index, status, method, url, findings, partial, bodyDamage }: ScannedEntry): string[] {
  const lines = [`  #${index}  ${status} ${terminalSafe(method)} ${terminalSafe(url)}`];
  for (const finding of findings) lines.push(...findingLines(finding));
  if (bodyDamage) lines.push(`      (${terminalSafe(bodyDamage)})`);
  else if (partial) lines.push('      (body too long: only its start was scanned)');
  return lines;
}

function findingLines({ severity, category, title, location, evidence }: LeakFinding): string[] {
  const where = location.in === 'header' ? `header ${location.name}` : `body line ${location.line}, column ${location.column}`;
  const shown = evidence.length > EVIDENCE_CHARS ? `${evidence.slice(0, EVIDENCE_CHARS)}…` : evidence;
  return [
    `    ${severity.padEnd(6)} ${category}: ${terminalSafe(title)} (${terminalSafe(where)})`,
    `           ${terminalSafe(shown)}`,
  ];
}

function summaryLine(scans: readonly FileScan[]): string {
  const entries = scans.flatMap(({ scan }) => scan.entries);
  const findings = entries.flatMap((entry) => entry.findings);
  const withFindings = entries.filter((entry) => entry.findings.length > 0).length;
  const bySeverity = SEVERITIES.map((severity) => `${count(findings, severity)} ${severity}`).join(', ');
  return (
    `Summary: ${counted(entries.length, 'entry', 'entries')} scanned in ${counted(scans.length, 'file', 'files')}, ` +
    `${withFindings} with findings; ${counted(findings.length, 'finding', 'findings')} (${bySeverity})`
  );
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function count(findings: readonly LeakFinding[], severity: LeakSeverity): number {
  return findings.filter((finding) => finding.severity === severity).length;
}
