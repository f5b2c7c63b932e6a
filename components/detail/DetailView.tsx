import { useState } from 'preact/hooks';
import type { EntryDetail, EntryRow } from '@/messaging/protocol';
import { HeadersView } from './HeadersView';
import { ResponseBodyView } from './ResponseBodyView';

const TABS = ['headers', 'response'] as const;
type DetailTab = (typeof TABS)[number];
const TAB_LABELS: Record<DetailTab, string> = { headers: 'Headers', response: 'Response' };

export interface DetailViewProps {
  row: EntryRow;
  detail: EntryDetail | undefined;
  onClose(): void;
}

export function DetailView({ row, detail, onClose }: DetailViewProps) {
  const [tab, setTab] = useState<DetailTab>('headers');
  return (
    <aside class="detail-view" aria-label="Request details">
      <div class="detail-tabs" role="tablist">
        <button type="button" class="detail-close" title="Close" aria-label="Close details" onClick={onClose}>
          ×
        </button>
        {TABS.map((id) => (
          <button
            type="button"
            role="tab"
            key={id}
            aria-selected={tab === id}
            class={`detail-tab${tab === id ? ' active' : ''}`}
            onClick={() => setTab(id)}
          >
            {TAB_LABELS[id]}
          </button>
        ))}
      </div>
      <div class="detail-content" role="tabpanel">
        {tab === 'headers' && <HeadersView entry={row.entry} />}
        {tab === 'response' && <ResponseBodyView body={detail?.body} loading={!detail} />}
      </div>
    </aside>
  );
}
