// Untrusted text in Markdown meant for GitHub, GitLab or a ticket: every character that could start
// markup, a link, a table cell or an HTML tag is written as an entity, and invisible or control
// characters as visible escapes, so a response can neither format nor spoof what it is quoted in.
import { terminalSafe } from '../text/terminal-safe';

export function markdownText(text: string): string {
  return terminalSafe(text).replace(/[&<>"'|`\\*_[\]#~!(){}]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Code, as `<code>` so the entities above still apply (a backtick span would show them raw). */
export function markdownCode(text: string): string {
  return `<code>${markdownText(text)}</code>`;
}
