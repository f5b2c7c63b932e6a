// Small measures of matched text used by rule checks.

/** Shannon entropy in bits per character. Random keys score > 3.5; words and placeholders less. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  // Counted per code point in order of first appearance (so the sum runs in the same order for the
  // same text); ASCII in a reused table, since secret candidates are almost all ASCII.
  const seen: number[] = [];
  let others: Map<number, number> | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    if (code < 128) {
      if (asciiCounts[code] === 0) seen.push(code);
      asciiCounts[code] = asciiCounts[code]! + 1;
    } else {
      others ??= new Map();
      const count = others.get(code) ?? 0;
      if (count === 0) seen.push(code);
      others.set(code, count + 1);
    }
  }
  let entropy = 0;
  for (const code of seen) {
    const count = code < 128 ? asciiCounts[code]! : others!.get(code)!;
    if (code < 128) asciiCounts[code] = 0;
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

const asciiCounts = new Uint32Array(128);

/** Keeps a short prefix so the user can recognise the secret without the report repeating it. */
export function maskSecret(secret: string): string {
  const visible = Math.min(4, Math.floor(secret.length / 3));
  return `${secret.slice(0, visible)}****`;
}
