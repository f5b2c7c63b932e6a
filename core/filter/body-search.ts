// "Search bodies": the filter's free-text terms looked for in the response bodies the capture holds,
// case-insensitively. Off by default; the panel says how many bodies were searched and how many it
// could not search, so a term not found in a body we no longer hold is not taken for "not there".
export interface SearchableBody {
  id: string;
  /** Undefined when the body is not held (dropped for memory, never read, unreadable in an opened HAR); null when binary or empty. */
  text: string | null | undefined;
}

export interface BodySearchResult {
  /** Per term: the ids whose body contains it. */
  matches: Record<string, string[]>;
  searched: number;
  /** Bodies not held or not readable, so not searched. */
  notHeld: number;
}

export function searchBodies(terms: readonly string[], bodies: Iterable<SearchableBody>): BodySearchResult {
  const result: BodySearchResult = { matches: Object.fromEntries(terms.map((term) => [term, []])), searched: 0, notHeld: 0 };
  if (terms.length === 0) return result;
  for (const { id, text } of bodies) {
    if (text === undefined) {
      result.notHeld += 1;
      continue;
    }
    if (!text) continue;
    result.searched += 1;
    const lower = text.toLowerCase();
    for (const term of terms) if (lower.includes(term)) result.matches[term]!.push(id);
  }
  return result;
}
