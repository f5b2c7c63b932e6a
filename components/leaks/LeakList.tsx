import type { LeakFinding, LeakReport } from '@/core/leaks/leak-finding';
import { LEAK_CATEGORY_LABELS } from './leak-labels';
import { showInvisible } from '@/core/text/invisible-characters';
import { VisibleText } from '../VisibleText';

export interface LeakListProps {
  report: LeakReport;
  failure: string | undefined;
  /** Why only part of the body was scanned, when the report is partial. */
  partialReason: string | undefined;
  /** The evidence text to show for each finding (secrets stay masked unless revealed). */
  evidenceShown(finding: LeakFinding): string;
  revealSecrets: boolean;
  onRevealSecretsChange(value: boolean): void;
  onShowInBody(index: number): void;
}

export function LeakList({ report, failure, partialReason, evidenceShown, revealSecrets, onRevealSecretsChange, onShowInBody }: LeakListProps) {
  const hasSecrets = report.findings.some((finding) => finding.category === 'secret');
  return (
    <section class="leak-list" aria-label="Leaks">
      <p class="leak-intro" hidden={Boolean(failure)}>
        {report.findings.length === 0
          ? 'Nothing in this response appears to disclose the inside of the server.'
          : `${report.findings.length} ${report.findings.length === 1 ? 'piece' : 'pieces'} of this response disclose the inside of the server. An error response should say nothing about it: log the details server-side and send a generic message.`}
      </p>
      {failure && (
        <p class="notice" role="alert">
          {failure}
        </p>
      )}
      {report.partial && !failure && (
        <p class="notice" role="note">
          {partialReason ?? 'The body was longer than the scan limit; only its start was scanned.'}
        </p>
      )}
      {hasSecrets && (
        <label class="toolbar-check reveal-toggle">
          <input
            type="checkbox"
            checked={revealSecrets}
            onChange={(event) => onRevealSecretsChange(event.currentTarget.checked)}
          />
          Reveal secrets on screen
        </label>
      )}
      <ol class="findings">
        {report.findings.map((finding, index) => (
          <li key={index} class={`finding severity-${finding.severity}`}>
            <div class="finding-head">
              <span class={`severity-chip severity-${finding.severity}`}>{finding.severity}</span>
              <span class="finding-category">{LEAK_CATEGORY_LABELS[finding.category]}</span>
              <span class="finding-title">{finding.title}</span>
              <span class="finding-where">
                {finding.location.in === 'header'
                  ? `header ${showInvisible(finding.location.name)}`
                  : `line ${finding.location.line}, column ${finding.location.column}`}
              </span>
            </div>
            <code class="finding-evidence">
              <VisibleText text={evidenceShown(finding)} />
            </code>
            {finding.location.in === 'body' && (
              <button type="button" class="link-button" onClick={() => onShowInBody(index)}>
                Show in body
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
