/** One POSIX shell word, single-quoted: nothing inside is expanded or run. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
