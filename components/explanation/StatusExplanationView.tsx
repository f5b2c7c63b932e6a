import { Fragment } from 'preact';
import type { RankedCause } from '@/core/diagnosis/ranked-cause';
import type { CauseId } from '@/core/status-knowledge/cause-ids';
import type { TierDetection } from '@/core/diagnosis/detect-tier';
import type { StatusExplanation } from '@/core/status-knowledge/status-explanation';
import { TIER_LABELS } from '@/core/diagnosis/tier-labels';
import { showInvisible } from '@/core/text/invisible-characters';
import { VisibleText } from '../VisibleText';

export interface StatusExplanationViewProps {
  explanation: StatusExplanation;
  /** The checklist in evidence order; empty while the body is still being analysed. */
  rankedCauses: RankedCause[];
  /** Which layer this response came from, when the analysis could tell. */
  answeredBy: TierDetection | undefined;
  ticked: ReadonlySet<CauseId>;
  onTickChange(id: CauseId, ticked: boolean): void;
}

export function StatusExplanationView({ explanation, rankedCauses, answeredBy, ticked, onTickChange }: StatusExplanationViewProps) {
  const checklist = rankedCauses.length
    ? rankedCauses
    : explanation.causes.map((cause) => ({ causeId: cause.id, label: cause.label, score: 0, evidence: [] }));
  const details = new Map(explanation.causes.map((cause) => [cause.id, cause.detail]));
  return (
    <article class="status-explanation" aria-label="Explanation">
      <h2>
        {explanation.code} {explanation.title}
      </h2>
      <p class="meaning">{explanation.meaning}</p>
      <p class="tier">
        Usually produced by <strong>{TIER_LABELS[explanation.tier]}</strong>.{' '}
        <a href={explanation.spec.url} target="_blank" rel="noreferrer noopener">
          {explanation.spec.label}
        </a>
      </p>
      {answeredBy && answeredBy.basis === 'markers' && (
        <p class="answered-by">
          This response came from <strong>{TIER_LABELS[answeredBy.tier]}</strong>
          {answeredBy.vendor && ` (${answeredBy.vendor})`}, going by{' '}
          {answeredBy.evidence.slice(0, 3).map((evidence, index) => (
            <Fragment key={evidence.markerId}>
              {index > 0 && ', '}
              <code>
                <VisibleText text={evidence.text} />
              </code>
              <span class="muted">{evidence.where === 'body' ? ' in the body' : ` in header ${showInvisible(evidence.where.header)}`}</span>
            </Fragment>
          ))}
          .
        </p>
      )}
      {explanation.comparedWith && explanation.comparedWith.length > 0 && (
        <ul class="compared-with">
          {explanation.comparedWith.map((comparison) => (
            <li key={comparison.code}>
              <strong>vs {comparison.code}:</strong> {comparison.difference}
            </li>
          ))}
        </ul>
      )}

      <h3>Cause checklist</h3>
      <p class="muted">
        {checklist.some((cause) => cause.score > 0)
          ? 'Ranked by what this response shows; tick what you have ruled out.'
          : 'Nothing in this response points to one cause; check in this order and tick what you have ruled out.'}
      </p>
      <ol class="cause-checklist">
        {checklist.map((cause) => (
          <li key={cause.causeId} class={`cause${cause.score > 0 ? ' has-evidence' : ''}${ticked.has(cause.causeId) ? ' ticked' : ''}`}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(cause.causeId)}
                onChange={(event) => onTickChange(cause.causeId, event.currentTarget.checked)}
              />
              <span class="cause-label">{cause.label}</span>
              {cause.score > 0 && <span class="cause-score">likely · {Math.round(cause.score * 100)}%</span>}
            </label>
            {details.get(cause.causeId) && <p class="cause-detail">{details.get(cause.causeId)}</p>}
            {cause.evidence.length > 0 && (
              <ul class="cause-evidence">
                {cause.evidence.map((evidence, index) => (
                  <li key={index}>
                    <code>
                <VisibleText text={evidence.text} />
              </code>{' '}
                    <span class="muted">{evidence.where === 'body' ? 'in the body' : `in header ${showInvisible(evidence.where.header)}`}</span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>

      <ExplanationList title="Typical scenarios" items={explanation.scenarios} />
      <ExplanationList title="What to know" items={explanation.whatToKnow} />

      {explanation.faq.length > 0 && (
        <section class="faq">
          <h3>FAQ</h3>
          {explanation.faq.map((item) => (
            <details key={item.q}>
              <summary>{item.q}</summary>
              <p>{item.a}</p>
            </details>
          ))}
        </section>
      )}
    </article>
  );
}

function ExplanationList({ title, items }: { title: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <section>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
