import type { CapturedEntry, HeaderField } from '@/core/capture/captured-entry';
import { VisibleText } from '../VisibleText';

export function HeadersView({ entry }: { entry: CapturedEntry }) {
  return (
    <div class="headers-view">
      <section>
        <h3>General</h3>
        <dl class="header-list">
          <dt>Request URL</dt>
          <dd>
            <VisibleText text={entry.url} />
          </dd>
          <dt>Request Method</dt>
          <dd>{entry.method}</dd>
          <dt>Status Code</dt>
          <dd>
            {entry.status} <VisibleText text={entry.statusText} />
          </dd>
        </dl>
      </section>
      <HeaderSection title="Response Headers" headers={entry.responseHeaders} />
      <HeaderSection title="Request Headers" headers={entry.requestHeaders} />
    </div>
  );
}

function HeaderSection({ title, headers }: { title: string; headers: HeaderField[] }) {
  return (
    <section>
      <h3>
        {title} <span class="muted">({headers.length})</span>
      </h3>
      <dl class="header-list">
        {headers.map((header, index) => [
          <dt key={`n${index}`}>
            <VisibleText text={header.name} />
          </dt>,
          <dd key={`v${index}`}>
            <VisibleText text={header.value} />
          </dd>,
        ])}
      </dl>
    </section>
  );
}
