import type { ResponseBody } from '@/core/capture/captured-entry';
import { MAX_BODY_CHARS } from '@/core/capture/body-limits';
import { VisibleText } from '../VisibleText';
import { formatBytes } from '../format';
import { HighlightedBody, type BodyHighlight } from './HighlightedBody';

export interface ResponseBodyViewProps {
  body: ResponseBody | undefined;
  loading: boolean;
  highlights: BodyHighlight[];
  focusedHighlight: number | undefined;
  revealSecrets: boolean;
}

// The body is attacker-controlled: it is only ever text inside <pre>, never markup.
export function ResponseBodyView({ body, loading, highlights, focusedHighlight, revealSecrets }: ResponseBodyViewProps) {
  if (loading) return <p class="placeholder">Reading response body…</p>;
  if (!body) return <p class="placeholder">The body is no longer available from DevTools.</p>;
  if (body.binary) return <p class="placeholder">Binary body, {formatBytes(body.byteLength)} — not shown.</p>;
  if (body.notScanned) {
    return (
      <p class="notice" role="note">
        This body could not be read (<VisibleText text={body.notScanned} />): nothing of it is shown or scanned.
      </p>
    );
  }
  if (body.text === null || body.text === '') return <p class="placeholder">This response has no body.</p>;
  return (
    <div class="response-body">
      {body.damage && (
        <p class="notice" role="alert">
          {body.damage.message}
        </p>
      )}
      {body.containsBinary && (
        <p class="notice" role="note">
          This error body is not all text. It is shown and scanned as text; bytes that are not text show as marked
          control characters or �.
        </p>
      )}
      {body.truncated && (
        <p class="notice" role="note">
          Showing the first {formatBytes(MAX_BODY_CHARS)} of {formatBytes(body.byteLength)}; the rest is not shown or
          scanned.
        </p>
      )}
      <HighlightedBody text={body.text} highlights={highlights} focusedIndex={focusedHighlight} revealSecrets={revealSecrets} />
    </div>
  );
}
