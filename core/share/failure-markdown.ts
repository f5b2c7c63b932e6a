// "Copy as Markdown": one failure, ready to paste into a ticket — request line, what the status
// means, which tier answered, the ranked causes with their evidence, the leaks with secrets masked,
// the fixes, the ids to search the logs for and the headers, credentials masked. Every value from
// the response goes through markdownText/markdownCode, so it cannot format or link anything.
import type { EntryAnalysis } from '../analysis/entry-analysis';
import type { CapturedEntry, HeaderField } from '../capture/captured-entry';
import { TIER_LABELS } from '../diagnosis/tier-labels';
import type { LeakFinding } from '../leaks/leak-finding';
import type { RequestId } from '../logs/request-ids';
import { isCredentialHeader, REDACTED, redactUrl } from '../redact/redact-entry';
import type { StatusExplanation } from '../status-knowledge/status-explanation';
import { markdownCode, markdownText } from './markdown-text';

/** Evidence longer than this is cut (a ticket needs the line, not the page). */
const EVIDENCE_CHARS = 240;

export interface FailureToShare {
  entry: CapturedEntry;
  explanation?: StatusExplanation;
  /** Absent while the body is still being read. */
  analysis?: EntryAnalysis;
  ids: readonly RequestId[];
  /** "persistent: failed 3 of 3", when the user retried it. */
  retryVerdict?: string;
}

export function failureMarkdown({ entry, explanation, analysis, ids, retryVerdict }: FailureToShare): string {
  const title = explanation ? `${explanation.code} ${explanation.title}` : `${entry.status} ${entry.statusText}`.trim();
  const lines = [`### ${markdownText(title)}: ${markdownCode(`${entry.method} ${redactUrl(entry.url)}`)}`, ''];
  if (explanation) lines.push(`${markdownText(explanation.meaning)} (${explanation.spec.label}: ${explanation.spec.url})`, '');
  lines.push(`- **When:** ${markdownText(entry.startedDateTime)} (UTC), ${Math.round(entry.time)} ms`);
  if (analysis?.tier) lines.push(`- **Answered by:** ${TIER_LABELS[analysis.tier.tier]}${analysis.tier.vendor ? ` (${markdownText(analysis.tier.vendor)})` : ''}`);
  if (retryVerdict) lines.push(`- **Retried:** ${markdownText(retryVerdict)}`);
  for (const id of ids) lines.push(`- **${markdownText(id.source)}:** ${markdownCode(id.value)} (written by ${markdownText(id.writtenBy)})`);
  if (!analysis) {
    lines.push('', '_The response body was not analysed yet: causes and leaks are missing from this copy._');
  } else {
    const secretSpans = analysis.leaks.findings.filter((finding) => finding.category === 'secret').map((finding) => finding.location);
    const causes = analysis.causes.filter((cause) => cause.evidence.length > 0);
    if (causes.length) {
      lines.push('', '#### Likely causes, ranked by this response', '');
      causes.forEach((cause, index) => {
        const evidence = cause.evidence.map((item) => markdownCode(clip(maskSecrets(item.text, item.where === 'body' ? item.offset : undefined, secretSpans)))).join(', ');
        lines.push(`${index + 1}. **${markdownText(cause.label)}**: ${evidence}`);
      });
    }
    if (analysis.leaks.findings.length) {
      lines.push('', `#### Leaks (${analysis.leaks.findings.length})`, '');
      for (const finding of analysis.leaks.findings) lines.push(`- ${leakLine(finding)}`);
      const fixes = new Map(analysis.fixes.flatMap((fix) => (fix ? [[fix.id, fix] as const] : [])));
      if (fixes.size) {
        lines.push('', '#### How to stop them', '');
        for (const fix of fixes.values()) lines.push(`- **${markdownText(fix.origin)}:** ${markdownCode(fix.change)}. ${markdownText(fix.why)} (${fix.docs})`);
      }
    }
    if (analysis.leaks.partial) lines.push('', '_Only part of the body was scanned (it was cut or damaged)._');
  }
  lines.push('', '<details><summary>Response headers</summary>', '', ...headerLines(entry.responseHeaders), '', '</details>', '');
  lines.push('<details><summary>Request headers</summary>', '', ...headerLines(entry.requestHeaders), '', '</details>');
  return lines.join('\n');
}

function leakLine(finding: LeakFinding): string {
  const where = finding.location.in === 'header' ? `header ${markdownCode(finding.location.name)}` : `body line ${finding.location.line}, column ${finding.location.column}`;
  return `**${finding.severity}** ${finding.category}: ${markdownText(finding.title)} (${where}): ${markdownCode(clip(finding.evidence))}`;
}

function headerLines(headers: readonly HeaderField[]): string[] {
  if (headers.length === 0) return ['(none)'];
  return headers.map(({ name, value }) => `- ${markdownCode(`${name}: ${isCredentialHeader(name) ? REDACTED : value}`)}`);
}

/** Cause evidence can overlap a secret the scanner found: that part is masked as in the findings. */
function maskSecrets(text: string, offset: number | undefined, secrets: readonly LeakFinding['location'][]): string {
  if (offset === undefined) return text;
  let masked = text;
  for (const secret of secrets) {
    if (secret.in !== 'body') continue;
    const from = Math.max(secret.offset - offset, 0);
    const to = Math.min(secret.offset + secret.length - offset, text.length);
    if (from < to) masked = masked.slice(0, from) + '*'.repeat(to - from) + masked.slice(to);
  }
  return masked;
}

function clip(text: string): string {
  return text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS)}…` : text;
}
