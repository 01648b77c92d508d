/**
 * "Did you mean …?" for a misspelt name (a rule id, an option): the candidates nearest by edit distance, where a
 * swap of two neighbouring letters counts as one edit (`--fromat`), as in git's and ESLint's suggestions.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/**
 * The candidates closest to `word` (case aside), nearest first, at most `limit` of them; none when even the nearest
 * is too far to be a slip (more than a third of the word's letters, and more than two).
 */
export function closestMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  const lower = word.toLowerCase();
  const allowed = Math.max(2, Math.floor(lower.length / 3));
  const scored = candidates
    .map((candidate, index) => ({ candidate, index, distance: editDistance(lower, candidate.toLowerCase()) }))
    .filter((s) => s.distance <= allowed)
    .sort((x, y) => x.distance - y.distance || x.index - y.index);
  const best = scored[0]?.distance;
  // Only the nearest: a second-best guess next to a near-certain one is noise.
  return scored.filter((s) => s.distance === best).slice(0, limit).map((s) => s.candidate);
}

/** `; did you mean "a"?` or `; did you mean "a" or "b"?`, or nothing when no candidate is close. */
export function didYouMean(matches: readonly string[]): string {
  if (matches.length === 0) return '';
  const quoted = matches.map((m) => `"${m}"`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
  return `; did you mean ${list}?`;
}
