/**
 * Blocking: an inverted index from keys to the ids that carry them, and the pairs of ids that share a key.
 * Only those pairs are ever scored; a key carried by more than `max` ids is too common to tell anything and is
 * skipped, which keeps the number of pairs linear in the number of ids.
 */
export function buildPostings(count: number, keysOf: (id: number) => Iterable<string>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  for (let id = 0; id < count; id++) {
    for (const key of keysOf(id)) {
      const list = postings.get(key);
      if (list) {
        if (list[list.length - 1] !== id) list.push(id);
      } else postings.set(key, [id]);
    }
  }
  return postings;
}

/** Calls `visit(a, b)` once for every pair of ids (a < b) that share a key of at most `max` ids. */
export function forEachSharedPair(postings: ReadonlyMap<string, readonly number[]>, count: number, max: number, visit: (a: number, b: number) => void): void {
  const seen = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > max) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = Math.min(list[x] as number, list[y] as number);
        const b = Math.max(list[x] as number, list[y] as number);
        const key = a * count + b;
        if (seen.has(key)) continue;
        seen.add(key);
        visit(a, b);
      }
    }
  }
}
