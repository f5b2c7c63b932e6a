import type { CaptureDiagnosis, OriginDiagnosis } from '@/core/diagnosis/diagnose-capture';
import type { DetectedTier } from '@/core/diagnosis/detect-tier';
import { TIER_SHORT_LABELS } from '@/core/diagnosis/tier-labels';
import { showInvisible } from '@/core/text/invisible-characters';
import { useState } from 'preact/hooks';
import { copyText } from '../copy-text';
import { VisibleText } from '../VisibleText';

const SHOWN_ROUTES = 4;
const SHOWN_REPEATS = 3;
const VERDICT_LABELS = { systemic: 'Systemic', 'route-specific': 'Route-specific' } as const;

export interface RetriedRequest {
  id: string;
  request: string;
  kind?: 'persistent' | 'transient';
  /** The verdict, or how far the tries are. */
  text: string;
  tries: string[];
}

export interface DiagnosisBannerProps {
  diagnosis: CaptureDiagnosis | undefined;
  /** Requests the user retried, with what the tries proved. */
  retried: readonly RetriedRequest[];
  /** The diagnosis as Markdown, for "Copy as Markdown". */
  markdown: string;
  onSelectEntry(id: string): void;
}

/** What the whole capture says: site-wide or one route, which URLs keep failing, who answered. */
export function DiagnosisBanner({ diagnosis, retried, markdown, onSelectEntry }: DiagnosisBannerProps) {
  const [copied, setCopied] = useState<string>();
  const failingOrigins = diagnosis?.origins.filter((origin) => origin.verdict !== 'none') ?? [];
  if (!diagnosis || (failingOrigins.length === 0 && retried.length === 0)) return null;
  return (
    <section class="diagnosis-banner" aria-label="Diagnosis">
      <div class="banner-actions">
        <button
          type="button"
          onClick={(event) => {
            const shown = event.currentTarget.closest('.diagnosis-banner')?.querySelector('.banner-markdown') ?? null;
            void copyText(markdown, shown).then((done) => setCopied(done ? 'Copied' : 'The clipboard was refused: the Markdown is selected below'));
          }}
        >
          Copy as Markdown
        </button>
        {copied && <span class="muted" role="status"> {copied}</span>}
      </div>
      {copied && !copied.startsWith('Copied') && (
        <code class="copy-preview banner-markdown">
          <VisibleText text={markdown} layout="keep-layout" />
        </code>
      )}
      {retried.map((retry) => (
        <p key={retry.id} class="retried">
          <span class={`verdict-chip ${retry.kind ?? 'running'}`}>Retried</span>{' '}
          <button type="button" class="link-button" onClick={() => onSelectEntry(retry.id)}>
            <VisibleText text={retry.request} />
          </button>
          : <strong>{retry.text}</strong>
          {retry.tries.length > 0 && <span class="muted"> ({retry.tries.join(', ')})</span>}
        </p>
      ))}
      {failingOrigins.map((origin) => (
        <OriginLine key={origin.origin} origin={origin} />
      ))}
      {diagnosis.repeatedFailures.slice(0, SHOWN_REPEATS).map((repeat) => (
        <p key={`${repeat.method} ${repeat.url}`} class={`repeat repeat-${repeat.kind}`}>
          <span class={`verdict-chip ${repeat.kind}`}>{repeat.kind === 'persistent' ? 'Persistent' : 'Intermittent'}</span>
          <button type="button" class="link-button" onClick={() => onSelectEntry(repeat.failedEntryIds.at(-1)!)}>
            <VisibleText text={`${repeat.method} ${repeat.url}`} />
          </button>{' '}
          failed {repeat.failures} times
          {repeat.kind === 'persistent'
            ? ' with no success in between: retrying or reloading does not help, it is not a blip.'
            : ', with successes in between: look for something that varies (one bad instance behind a load balancer, a timeout, load).'}
        </p>
      ))}
      {diagnosis.repeatedFailures.length > SHOWN_REPEATS && (
        <p class="muted">…and {diagnosis.repeatedFailures.length - SHOWN_REPEATS} more URLs that failed repeatedly.</p>
      )}
    </section>
  );
}

function OriginLine({ origin }: { origin: OriginDiagnosis }) {
  const verdict = origin.verdict as keyof typeof VERDICT_LABELS;
  const tiers = (Object.entries(origin.tierCounts) as [DetectedTier, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([tier, count]) => `${TIER_SHORT_LABELS[tier]} ${count}`);
  return (
    <div class={`origin-verdict verdict-${origin.verdict}`}>
      <p>
        <span class={`verdict-chip ${origin.verdict}`}>{VERDICT_LABELS[verdict]}</span> {origin.summary}
      </p>
      <p class="muted">
        Failing: {origin.routes.slice(0, SHOWN_ROUTES).map((route) => `${showInvisible(route.route)} (${route.failingRequests}× ${route.statuses.join('/')})`).join(', ')}
        {origin.routes.length > SHOWN_ROUTES && `, +${origin.routes.length - SHOWN_ROUTES} more`}
        {tiers.length > 0 && ` · answered by: ${tiers.join(', ')}`}
      </p>
    </div>
  );
}
