/** The parts end to end, cut at `maxBytes`: one copy, for bodies and streams read in pieces. */
export function concatBytes(parts: readonly Uint8Array[], maxBytes = Infinity): Uint8Array {
  const out = new Uint8Array(Math.min(maxBytes, parts.reduce((sum, part) => sum + part.length, 0)));
  let offset = 0;
  for (const part of parts) {
    if (offset >= out.length) break;
    const take = part.subarray(0, out.length - offset);
    out.set(take, offset);
    offset += take.length;
  }
  return out;
}
