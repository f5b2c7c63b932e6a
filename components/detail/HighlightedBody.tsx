// Draws the body with pieces of evidence marked. Every piece of the body becomes a text node (JSX
// children), never markup, so a hostile body cannot inject elements.
import { useEffect, useRef } from 'preact/hooks';
import { VisibleText } from '../VisibleText';

export interface BodyHighlight {
  offset: number;
  length: number;
  /** Shown instead of the text until revealed (secrets). */
  mask?: string;
  label: string;
}

export interface HighlightedBodyProps {
  text: string;
  highlights: BodyHighlight[];
  /** Index into highlights to scroll into view. */
  focusedIndex: number | undefined;
  revealSecrets: boolean;
}

export function HighlightedBody({ text, highlights, focusedIndex, revealSecrets }: HighlightedBodyProps) {
  const container = useRef<HTMLPreElement>(null);
  useEffect(() => {
    if (focusedIndex === undefined) return;
    container.current?.querySelector(`[data-highlight="${focusedIndex}"]`)?.scrollIntoView({ block: 'center' });
  }, [focusedIndex, text]);

  const pieces: preact.ComponentChildren[] = [];
  let cursor = 0;
  // Overlapping evidence (a path inside a stack frame) is marked once: by the piece the user asked
  // to see, otherwise by the earlier one.
  const indexed = highlights.map((highlight, index) => ({ ...highlight, index }));
  const focused = indexed[focusedIndex ?? -1];
  const ordered = indexed
    .filter(
      (highlight) =>
        !focused ||
        highlight === focused ||
        highlight.offset + highlight.length <= focused.offset ||
        highlight.offset >= focused.offset + focused.length,
    )
    .sort((a, b) => a.offset - b.offset);
  for (const highlight of ordered) {
    if (highlight.offset < cursor || highlight.offset + highlight.length > text.length) continue;
    pieces.push(<VisibleText text={text.slice(cursor, highlight.offset)} layout="keep-layout" />);
    const original = text.slice(highlight.offset, highlight.offset + highlight.length);
    const masked = highlight.mask !== undefined && !revealSecrets;
    pieces.push(
      <mark
        key={highlight.index}
        data-highlight={highlight.index}
        class={`evidence${highlight.index === focusedIndex ? ' focused' : ''}${masked ? ' masked' : ''}`}
        title={highlight.label}
      >
        <VisibleText text={masked ? highlight.mask! : original} layout="keep-layout" />
      </mark>,
    );
    cursor = highlight.offset + highlight.length;
  }
  pieces.push(<VisibleText text={text.slice(cursor)} layout="keep-layout" />);
  return (
    <pre class="body-text" ref={container}>
      {pieces}
    </pre>
  );
}
