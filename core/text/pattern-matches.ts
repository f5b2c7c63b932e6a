// Every non-empty match of a global pattern in a text, in order: how every rule family runs its
// patterns (a leak rule in the windows around its keyword hits and over header values, a cause or
// tier rule over a header value or a body that holds one of its keywords).

/** `pattern` has the g flag; its lastIndex is reset first, so one compiled pattern serves every text. */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // An empty match would never advance, and shows nothing.
    if (match[0].length === 0) {
      pattern.lastIndex += 1;
      continue;
    }
    yield match;
  }
}
