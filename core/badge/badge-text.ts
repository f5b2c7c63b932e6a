// What the toolbar badge says for a number of server errors. A badge fits about four characters.

export const BADGE_COLOR = '#d93025';
const BADGE_MAX = 999;

export function badgeText(serverErrorCount: number): string {
  if (serverErrorCount <= 0) return '';
  return serverErrorCount > BADGE_MAX ? `${BADGE_MAX}+` : String(serverErrorCount);
}

/** The count a badge shows, read back: '' is 0, and a capped '999+' continues from 999. */
export function countFromBadgeText(text: string): number {
  const count = Number.parseInt(text, 10);
  return Number.isFinite(count) && count > 0 ? count : 0;
}
