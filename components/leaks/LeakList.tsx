import type { FixAdvice, LeakFix } from '@/core/fixes/leak-fix';
import { CATEGORY_GUIDANCE } from '@/core/leaks/category-guidance';
import type { LeakCategory, LeakFinding, LeakReport } from '@/core/leaks/leak-finding';
import { LEAK_CATEGORY_LABELS } from './leak-labels';
import { showInvisible } from '@/core/text/invisible-characters';
import { VisibleText } from '../VisibleText';

export interface LeakListProps {
  report: LeakReport;
  /** Per finding, same order: the change that stops it, or null where the origin is unknown. */
  fixes: readonly FixAdvice[];
  failure: string | undefined;
  /** Why only part of the body was scanned, when the report is partial. */
  partialReason: string | undefined;
  /** The evidence text to show for each finding (secrets stay masked unless revealed). */
  evidenceShown(finding: LeakFinding): string;
  revealSecrets: boolean;
  onRevealSecretsChange(value: boolean): void;
  onShowInBody(index: number): void;
}

export function LeakList({ report, fixes, failure, partialReason, evidenceShown, revealSecrets, onRevealSecretsChange, onShowInBody }: LeakListProps) {
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
      <FixList findings={report.findings} fixes={fixes} />
      <ol class="findings">
        {report.findings.map((finding, index) => (
          <li key={index} class={`finding severity-${finding.severity}`}>
            <div class="finding-head">
              <span class={`severity-chip severity-${finding.severity}`}>{finding.severity}</span>
              <span class="finding-category">{LEAK_CATEGORY_LABELS[finding.category]}</span>
              <span class="finding-title">{finding.title}</span>
              {fixes[index] && <span class="finding-origin">from {fixes[index].origin}</span>}
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

/** The distinct changes that stop this response's leaks, the one that stops most first, then what to do where the origin is unknown. */
function FixList({ findings, fixes }: { findings: readonly LeakFinding[]; fixes: readonly FixAdvice[] }) {
  if (findings.length === 0) return null;
  const known = new Map<string, { fix: LeakFix; count: number }>();
  const unknownCategories = new Set<LeakCategory>();
  findings.forEach((finding, index) => {
    const fix = fixes[index];
    if (!fix) unknownCategories.add(finding.category);
    else known.set(fix.id, { fix, count: (known.get(fix.id)?.count ?? 0) + 1 });
  });
  const unknownCount = findings.filter((_, index) => !fixes[index]).length;
  return (
    <section class="leak-fixes" aria-label="How to stop these leaks">
      <h3>How to stop {findings.length === 1 ? 'it' : 'them'}</h3>
      <ul>
        {[...known.values()].sort((a, b) => b.count - a.count).map(({ fix, count }) => (
          <li key={fix.id} class="leak-fix">
            <div>
              <strong>{fix.origin}</strong>: <code>{fix.change}</code>
            </div>
            <p class="muted">
              {fix.why} Stops {count} {count === 1 ? 'finding' : 'findings'}.{' '}
              <a href={fix.docs} target="_blank" rel="noreferrer">
                {fix.origin} documentation
              </a>
            </p>
          </li>
        ))}
        {unknownCount > 0 && (
          <li class="leak-fix unknown-origin">
            <div>
              <strong>Origin not shown</strong>: this response does not say which framework or server wrote {unknownCount === 1 ? 'this finding' : `these ${unknownCount} findings`}.
            </div>
            {[...unknownCategories].map((category) => (
              <p key={category} class="muted">
                {LEAK_CATEGORY_LABELS[category]}: {CATEGORY_GUIDANCE[category].fix}
              </p>
            ))}
          </li>
        )}
      </ul>
    </section>
  );
}
