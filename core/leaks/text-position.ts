// Offsets → 1-based line/column (in UTF-16 code units, as editors and DevTools count them).

/** Resolves ascending offsets in one forward pass over the text. */
export class LineLocator {
  private line = 1;
  private lineStart = 0;
  /** First newline at or after lineStart, or -1 when there is none. */
  private nextNewline: number;

  constructor(private readonly text: string) {
    this.nextNewline = text.indexOf('\n');
  }

  locate(offset: number): { line: number; column: number } {
    if (offset < this.lineStart) throw new Error('LineLocator needs ascending offsets');
    while (this.nextNewline !== -1 && this.nextNewline < offset) {
      this.line += 1;
      this.lineStart = this.nextNewline + 1;
      this.nextNewline = this.text.indexOf('\n', this.lineStart);
    }
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
