import { useEffect, useState } from 'preact/hooks';
import type { LeakFinding } from '@/core/leaks/leak-finding';
import type { CauseId } from '@/core/status-knowledge/cause-ids';
import type { StatusExplanation } from '@/core/status-knowledge/status-explanation';
import type { EntryDetail, EntryRow } from '@/messaging/protocol';
import { StatusExplanationView } from '../explanation/StatusExplanationView';
import { LeakList } from '../leaks/LeakList';
import { HeadersView } from './HeadersView';
import { LogSearchView, type LogSearchViewProps } from './LogSearchView';
import type { BodyHighlight } from './HighlightedBody';
import { ReproduceBar, type ReproduceBarProps } from './ReproduceBar';
import { ResponseBodyView } from './ResponseBodyView';

type DetailTab = 'explanation' | 'logs' | 'leaks' | 'headers' | 'response';
const TAB_LABELS: Record<DetailTab, string> = {
  explanation: 'Explanation',
  logs: 'Logs',
  leaks: 'Leaks',
  headers: 'Headers',
  response: 'Response',
};

export interface DetailViewProps {
  row: EntryRow;
  detail: EntryDetail | undefined;
  /** Present for server errors. */
  explanation: StatusExplanation | undefined;
  /** Present for server errors: where to look in the server's logs. */
  logs: LogSearchViewProps | undefined;
  ticked: ReadonlySet<CauseId>;
  onTickChange(id: CauseId, ticked: boolean): void;
  reproduce: ReproduceBarProps;
  onClose(): void;
}

export function DetailView({ row, detail, explanation, logs, ticked, onTickChange, reproduce, onClose }: DetailViewProps) {
  // Client errors get the Logs tab too, last: on request, not in the way.
  const tabs: DetailTab[] = explanation ? ['explanation', 'logs', 'leaks', 'headers', 'response'] : ['headers', 'response', 'leaks', ...(logs ? (['logs'] as const) : [])];
  const [chosenTab, setChosenTab] = useState<DetailTab>();
  const [focusedHighlight, setFocusedHighlight] = useState<number>();
  const [revealSecrets, setRevealSecrets] = useState(false);
  // A new selection opens on its most useful tab: the explanation for server errors.
  useEffect(() => {
    setChosenTab(undefined);
    setFocusedHighlight(undefined);
    setRevealSecrets(false);
  }, [row.entry.id]);
  const tab = chosenTab && tabs.includes(chosenTab) ? chosenTab : tabs[0]!;

  const analysis = detail?.analysis;
  const bodyText = detail?.body?.text ?? '';
  const findings = analysis?.leaks.findings ?? [];
  const highlights: BodyHighlight[] = findings.map((finding) =>
    finding.location.in === 'body'
      ? {
          offset: finding.location.offset,
          length: finding.location.length,
          mask: finding.category === 'secret' ? finding.evidence : undefined,
          label: finding.title,
        }
      : // Header evidence has no place in the body; kept so indexes match findings.
        { offset: -1, length: 0, label: finding.title },
  );
  const evidenceShown = (finding: LeakFinding) =>
    revealSecrets && finding.category === 'secret' && finding.location.in === 'body'
      ? bodyText.slice(finding.location.offset, finding.location.offset + finding.location.length)
      : finding.evidence;

  return (
    <aside class="detail-view" aria-label="Request details">
      <div class="detail-tabs">
        <button type="button" class="detail-close" title="Close" aria-label="Close details" onClick={onClose}>
          ×
        </button>
        <div class="detail-tab-list" role="tablist" aria-label="Detail">
        {tabs.map((id) => (
          <button
            type="button"
            role="tab"
            key={id}
            aria-selected={tab === id}
            class={`detail-tab${tab === id ? ' active' : ''}`}
            onClick={() => setChosenTab(id)}
          >
            {TAB_LABELS[id]}
            {id === 'leaks' && findings.length > 0 && <span class="tab-count">{findings.length}</span>}
          </button>
        ))}
        </div>
      </div>
      <ReproduceBar {...reproduce} />
      <div class="detail-content" role="tabpanel" tabIndex={0} aria-label={TAB_LABELS[tab]}>
        {tab === 'explanation' && explanation && (
          <StatusExplanationView
            explanation={explanation}
            rankedCauses={analysis?.causes ?? []}
            answeredBy={analysis?.tier}
            ticked={ticked}
            onTickChange={onTickChange}
          />
        )}
        {tab === 'leaks' &&
          (analysis ? (
            <LeakList
              report={analysis.leaks}
              fixes={analysis.fixes}
              failure={analysis.failure}
              partialReason={detail?.body?.damage?.message ?? (detail?.body?.notScanned && `The body was not scanned: ${detail.body.notScanned}. Only the headers were.`)}
              evidenceShown={evidenceShown}
              revealSecrets={revealSecrets}
              onRevealSecretsChange={setRevealSecrets}
              onShowInBody={(index) => {
                setFocusedHighlight(index);
                setChosenTab('response');
              }}
            />
          ) : (
            <p class="placeholder">Reading and scanning the response…</p>
          ))}
        {tab === 'logs' && logs && <LogSearchView {...logs} />}
        {tab === 'headers' && <HeadersView entry={row.entry} />}
        {tab === 'response' && (
          <ResponseBodyView
            body={detail?.body}
            loading={!detail}
            highlights={highlights}
            focusedHighlight={focusedHighlight}
            revealSecrets={revealSecrets}
          />
        )}
      </div>
    </aside>
  );
}
