// Aho–Corasick over ASCII keywords, case-insensitive: finds every occurrence of every keyword in
// one pass over the text's UTF-8 bytes (encoded natively into a reused buffer; no lowercased copy).

const ASCII = 128;

export class KeywordAutomaton {
  readonly keywords: readonly string[];
  /** Byte (< 128: the ASCII character) → alphabet class; 0 is "a byte no keyword contains". */
  private readonly classOf = new Uint8Array(256);
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
    // Reading UTF-8 bytes is markedly faster than charCodeAt. Keywords are ASCII, so every byte of
    // a multi-byte character is class 0 and leads back to the root, as the character would; only
    // offsets differ, and they are mapped back to characters at the (rare) hits.
    const { bytes, length } = utf8Of(limit === text.length ? text : text.slice(0, limit));
    const charEnd = length === limit ? (byteEnd: number) => byteEnd : characterCounter(bytes);
    let row = 0;
    for (let i = 0; i < length; i += 1) {
      row = next[row + classOf[bytes[i]!]!]!;
      if (row < 0) {
        row = -row;
        const end = charEnd(i + 1);
        for (const keyword of outputs[row / classCount]!) onHit(keyword, end - keywords[keyword]!.length);
      }
    }
  }
}

const encoder = new TextEncoder();
/** Reused between scans: UTF-8 takes at most 3 bytes per UTF-16 code unit. */
let scratch = new Uint8Array(0);

function utf8Of(text: string): { bytes: Uint8Array; length: number } {
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  return { bytes: scratch, length: encoder.encodeInto(text, scratch).written };
}

/** Byte offset → UTF-16 offset, for ascending offsets: each lead byte is one code unit, a 4-byte one two. */
function characterCounter(bytes: Uint8Array): (byteEnd: number) => number {
  let byte = 0;
  let units = 0;
  return (byteEnd) => {
    for (; byte < byteEnd; byte += 1) {
      const value = bytes[byte]!;
      if ((value & 0xc0) !== 0x80) units += value >= 0xf0 ? 2 : 1;
    }
    return units;
  };
}
