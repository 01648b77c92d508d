/**
 * Dice's coefficient over word sets, 2·|A∩B| / (|A| + |B|): for sentences, where character bigrams of
 * long texts make unrelated sentences look alike.
 */
export function wordDice(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

/**
 * Dice's coefficient over character bigrams, the algorithm of string-similarity's compareTwoStrings
 * (whitespace removed, bigram multiset, 2·shared / (|a| + |b|)). Written here because that package is
 * deprecated, CommonJS and untyped; a test proves parity with it.
 */
export function diceCoefficient(first: string, second: string): number {
  const a = first.replace(/\s+/g, '');
  const b = second.replace(/\s+/g, '');
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const bigrams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const bigram = a.substring(i, i + 2);
    bigrams.set(bigram, (bigrams.get(bigram) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const bigram = b.substring(i, i + 2);
    const count = bigrams.get(bigram) ?? 0;
    if (count > 0) {
      bigrams.set(bigram, count - 1);
      shared++;
    }
  }
  return (2 * shared) / (a.length + b.length - 2);
}
