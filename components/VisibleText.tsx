// Draws response-controlled text with every bidi, zero-width and control character shown as a
// visible marker (core/text/invisible-characters.ts), so text cannot read differently than it is.
// Markers are elements with text children only, never markup.
import { codePointLabel, findInvisible, showInvisible, type Layout } from '@/core/text/invisible-characters';

/** Past this many markers in one text (a binary body), the rest are bracketed text, not elements. */
const MAX_MARKER_ELEMENTS = 2000;

export function VisibleText({ text, layout = 'one-line' }: { text: string; layout?: Layout }) {
  const invisible = findInvisible(text, layout);
  if (invisible.length === 0) return <>{text}</>;
  const pieces: preact.ComponentChildren[] = [];
  let cursor = 0;
  for (const [index, { offset, codePoint, label }] of invisible.slice(0, MAX_MARKER_ELEMENTS).entries()) {
    pieces.push(text.slice(cursor, offset));
    pieces.push(
      <span key={index} class="invisible-char" title={`${codePointLabel(codePoint)}: invisible or control character in the response`}>
        {label}
      </span>,
    );
    cursor = offset + 1;
  }
  pieces.push(showInvisible(text.slice(cursor), layout));
  return <>{pieces}</>;
}
