// Aho–Corasick over ASCII keywords, case-insensitive: finds every occurrence of every keyword in
// one pass over the text's UTF-16 code units (no lowercased copy, no encoding). Every rule family
// (leak rules, evidence rules, tier markers) finds its keywords with it.

const ASCII = 128;
/** Row offset = state << ROW_SHIFT: one row of ASCII (128) transitions per state. */
const ROW_SHIFT = 7;

function foldCase(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /**
   * Row-major transitions, one column per ASCII code (upper case folded into lower); values are
   * target row offsets, negated when the target state ends a keyword, so the hot loop tests one
   * sign instead of looking up outputs. A non-ASCII character is in no keyword: it leads to the root.
   */
  private readonly next: Int32Array;
  /** Per state: keyword indexes ending here, or undefined. */
  private readonly outputs: (readonly number[] | undefined)[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    // Trie with per-state child maps (by folded code), then breadth-first failure links folded into a dense table.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (let i = 0; i < keyword.length; i += 1) {
        const code = foldCase(keyword.charCodeAt(i));
        if (code >= ASCII) throw new Error(`keyword must be ASCII: ${keyword}`);
        let child = children[state]!.get(code);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(code, child);
        }
        state = child;
      }
      ends[state]!.push(index);
    });

    const table = new Int32Array(children.length << ROW_SHIFT);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (let code = 0; code < ASCII; code += 1) {
      const child = children[0]!.get(foldCase(code));
      table[code] = child ?? 0;
      if (child !== undefined && code === foldCase(code)) queue.push(child);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const failRow = fail[state]! << ROW_SHIFT;
      ends[state]!.push(...ends[fail[state]!]!);
      for (let code = 0; code < ASCII; code += 1) {
        const folded = foldCase(code);
        const child = children[state]!.get(folded);
        if (child === undefined) {
          table[(state << ROW_SHIFT) + code] = table[failRow + code]!;
        } else {
          table[(state << ROW_SHIFT) + code] = child;
          if (code === folded) {
            fail[child] = table[failRow + code]!;
            queue.push(child);
          }
        }
      }
    }
    for (let i = 0; i < table.length; i += 1) {
      const target = table[i]!;
      table[i] = ends[target]!.length > 0 ? -(target << ROW_SHIFT) : target << ROW_SHIFT;
    }
    this.next = table;
    this.outputs = ends.map((found) => (found.length > 0 ? found : undefined));
  }

  /** Calls onHit(keywordIndex, startOffset) for every occurrence ending before `limit`, in order of end. */
  scan(text: string, limit: number, onHit: (keyword: number, start: number) => void): void {
    const { next, outputs, keywords } = this;
    // Measured: one lookup per code unit, straight into an ASCII-wide row, beats an alphabet-class
    // table in between and beats encoding to UTF-8 (which also needs offsets mapped back).
    let row = 0;
    for (let i = 0; i < limit; i += 1) {
      const code = text.charCodeAt(i);
      row = code < ASCII ? next[row + code]! : 0;
      if (row < 0) {
        row = -row;
        for (const keyword of outputs[row >> ROW_SHIFT]!) onHit(keyword, i + 1 - keywords[keyword]!.length);
      }
    }
  }
}
