// Markdown for a pull-request comment or a CI job summary: the verdict first, then a table per
// file, worst first, capped so a capture with thousands of findings still fits a comment, with a
// count of what was left out. HAR content is escaped (HTML entities inside <code>), never markup.
import { severityRank } from '../../core/leaks/leak-finding';
import type { JudgedFile, JudgedFinding, Verdict } from '../../core/report/judge';
import { readProblems } from '../file-scan';
import { inputLabel } from '../open-input';
import type { FailOn } from '../../core/report/fail-on';
import { markdownCode, markdownText } from '../../core/share/markdown-text';

/** Rows shown across all files; the rest are counted. */
export const MARKDOWN_MAX_ROWS = 50;
const EVIDENCE_CHARS = 120;
const VERDICT_MARKS: Record<Exclude<Verdict, 'ignored'>, string> = { fail: '❌ fail', warn: '⚠️ warn', baseline: 'known' };
const VERDICT_ORDER: Record<Exclude<Verdict, 'ignored'>, number> = { fail: 0, warn: 1, baseline: 2 };

export function toMarkdownReport(files: readonly JudgedFile[], failOn: FailOn): string {
  const findings = files.flatMap(({ scan }) => scan.entries.flatMap((entry) => entry.findings));
  const failing = findings.filter((finding) => finding.verdict === 'fail').length;
  const warnings = findings.filter((finding) => finding.verdict === 'warn').length;
  const ignored = findings.filter((finding) => finding.verdict === 'ignored').length;
  const ignoredNote = ignored ? `, ${ignored} ignored by the config` : '';
  const lines = [`### server-error-lens: ${failing ? 'fail' : 'pass'}`, '', `${failing} failing, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${ignoredNote} (--fail-on ${failOn}), in ${files.length} ${files.length === 1 ? 'file' : 'files'}.`, ''];
  let shown = 0;
  let left = 0;
  for (const { file, scan } of files) {
    const rows = scan.entries
      .flatMap((entry) => entry.findings.flatMap((finding) => (finding.verdict === 'ignored' ? [] : [{ entry, finding, verdict: finding.verdict }])))
      .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || severityRank(b.finding.severity) - severityRank(a.finding.severity));
    const problems = readProblems(scan);
    const notScanned = scan.entries.filter((entry) => entry.bodyNotScanned).length;
    lines.push(`#### ${markdownCode(inputLabel(file))}: ${scan.entries.length} scanned of ${scan.totalEntries} entries, ${rows.length} ${rows.length === 1 ? 'finding' : 'findings'}`, '');
    for (const problem of problems) lines.push(`- **Not fully read:** ${markdownCode(problem)}`);
    if (notScanned) lines.push(`- **${notScanned} ${notScanned === 1 ? 'body' : 'bodies'} not scanned** (not in the HAR or unreadable): only their headers were.`);
    if (problems.length || notScanned) lines.push('');
    const room = Math.max(0, MARKDOWN_MAX_ROWS - shown);
    if (rows.length && room) {
      lines.push('| | Severity | Finding | Request | Where | Evidence |', '|---|---|---|---|---|---|');
      for (const { entry, finding, verdict } of rows.slice(0, room)) {
        lines.push(`| ${VERDICT_MARKS[verdict]} | ${finding.severity} | ${markdownText(finding.title)} | ${markdownCode(`#${entry.index} ${entry.status} ${entry.method} ${entry.url}`)} | ${where(finding)} | ${markdownCode(clip(finding.evidence))} |`);
      }
      lines.push('');
    }
    shown += Math.min(rows.length, room);
    left += Math.max(0, rows.length - room);
  }
  if (left) lines.push(`…and ${left} more ${left === 1 ? 'finding' : 'findings'} not shown here (see the JSON or SARIF report).`, '');
  return `${lines.join('\n')}`;
}

function where(finding: JudgedFinding): string {
  return finding.location.in === 'header' ? `header ${markdownCode(finding.location.name)}` : `body ${finding.location.line}:${finding.location.column}`;
}

function clip(text: string): string {
  return text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS)}…` : text;
}
