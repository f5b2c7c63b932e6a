// Small measures of matched text used by rule checks.

/** Shannon entropy in bits per character. Random keys score > 3.5; words and placeholders less. */
export function shannonEntropy(text: string): number {
  if (text.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/** Keeps a short prefix so the user can recognise the secret without the report repeating it. */
export function maskSecret(secret: string): string {
  const visible = Math.min(4, Math.floor(secret.length / 3));
  return `${secret.slice(0, visible)}****`;
}
