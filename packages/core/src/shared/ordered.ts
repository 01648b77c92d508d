/**
 * Searches over things kept in order: tokens by offset, claims by index. Several stages look places up this way;
 * one lower bound serves them all.
 */

/** The first index in [0, length) whose value is at least `value`, or `length` when none is; `valueAt` ascends. */
export function firstAtOrAfter(length: number, value: number, valueAt: (index: number) => number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Characters of `text` that a regular expression would read as syntax, escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
