// What the toolbar badge says for a number of server errors. A badge fits about four characters.

export const BADGE_COLOR = '#d93025';
const BADGE_MAX = 999;

export function badgeText(serverErrorCount: number): string {
  if (serverErrorCount <= 0) return '';
  return serverErrorCount > BADGE_MAX ? `${BADGE_MAX}+` : String(serverErrorCount);
}
