// Aho–Corasick over ASCII keywords, case-insensitive: finds every occurrence of every keyword in
// one pass over the text's UTF-16 code units (no lowercased copy, no encoding). Every rule family
// (leak rules, evidence rules, tier markers) finds its keywords with it.

const ASCII = 128;
/** One class per UTF-16 code unit: a single table lookup per character, whatever the character. */
const CODE_UNITS = 0x10000;

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /** Code unit → alphabet class; 0 is "a character no keyword contains" (every non-ASCII one). */
  private readonly classOf = new Uint8Array(CODE_UNITS);
  private readonly classCount: number;
  /**
   * Row-major transitions; values are target row offsets (state × classCount), negated when the
   * target state ends a keyword, so the hot loop tests one sign instead of looking up outputs.
   */
  private readonly next: Int32Array;
  /** Per state (row offset / classCount): keyword indexes ending here, or undefined. */
  private readonly outputs: (readonly number[] | undefined)[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords;
    let classes = 1;
    for (const keyword of keywords) {
      for (const char of keyword.toLowerCase()) {
        const lower = char.charCodeAt(0);
        if (lower >= ASCII) throw new Error(`keyword must be ASCII: ${keyword}`);
        if (this.classOf[lower] !== 0) continue;
        this.classOf[lower] = classes;
        const upper = char.toUpperCase().charCodeAt(0);
        if (upper < ASCII) this.classOf[upper] = classes;
        classes += 1;
      }
    }
    this.classCount = classes;

    // Trie with per-state child maps, then breadth-first failure links folded into a dense table.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    keywords.forEach((keyword, index) => {
      let state = 0;
      for (const char of keyword.toLowerCase()) {
        const cls = this.classOf[char.charCodeAt(0)] ?? 0;
        let child = children[state]!.get(cls);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(cls, child);
        }
        state = child;
      }
      ends[state]!.push(index);
    });

    const stateCount = children.length;
    const table = new Int32Array(stateCount * classes);
    const fail = new Int32Array(stateCount);
    const queue: number[] = [];
    for (let cls = 0; cls < classes; cls += 1) {
      const child = children[0]!.get(cls);
      table[cls] = child ?? 0;
      if (child !== undefined) queue.push(child);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const failState = fail[state]!;
      ends[state]!.push(...ends[failState]!);
      for (let cls = 0; cls < classes; cls += 1) {
        const child = children[state]!.get(cls);
        if (child === undefined) {
          table[state * classes + cls] = table[failState * classes + cls]!;
        } else {
          fail[child] = table[failState * classes + cls]!;
          table[state * classes + cls] = child;
          queue.push(child);
        }
      }
    }
    for (let i = 0; i < table.length; i += 1) {
      const target = table[i]!;
      table[i] = ends[target]!.length > 0 ? -target * classes : target * classes;
    }
    this.next = table;
    this.outputs = ends.map((found) => (found.length > 0 ? found : undefined));
  }

  /** Calls onHit(keywordIndex, startOffset) for every occurrence ending before `limit`, in order of end. */
  scan(text: string, limit: number, onHit: (keyword: number, start: number) => void): void {
    const { classOf, next, outputs, classCount, keywords } = this;
    // Measured: charCodeAt with a class per code unit beats encoding to UTF-8 and reading bytes,
    // once the encoding and mapping byte offsets back to characters are counted.
    let row = 0;
    for (let i = 0; i < limit; i += 1) {
      row = next[row + classOf[text.charCodeAt(i)]!]!;
      if (row < 0) {
        row = -row;
        for (const keyword of outputs[row / classCount]!) onHit(keyword, i + 1 - keywords[keyword]!.length);
      }
    }
  }
}
