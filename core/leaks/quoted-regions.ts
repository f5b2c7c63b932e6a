// Where an HTML page quotes text rather than saying it: <pre>, <code>, <script>, <textarea>, <xmp>.
// A documentation page shows tracebacks there; found with the same keyword pass as the rules.

export const QUOTING_OPENERS = ['<pre', '<code', '<script', '<textarea', '<xmp', '<samp'] as const;
export const QUOTING_CLOSERS = ['</pre', '</code', '</script', '</textarea', '</xmp', '</samp'] as const;

/** Collects open/close markers in text order and answers "is this offset quoted?". */
export class QuotedRegions {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private depth = 0;

  open(offset: number): void {
    if (this.depth === 0) this.starts.push(offset);
    this.depth += 1;
  }

  close(offset: number): void {
    if (this.depth === 0) return;
    this.depth -= 1;
    if (this.depth === 0) this.ends.push(offset);
  }

  contains(offset: number): boolean {
    // Binary search for the last region starting at or before offset.
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found === -1) return false;
    const end = this.ends[found];
    return end === undefined || offset < end;
  }
}
