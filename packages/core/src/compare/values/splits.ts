import type { FactItem, Quantity } from '../../model.js';

/**
 * Vote splits compare on both sides: "7-2" and "6-3" cannot both be true, nor "7-2" and "unanimously"; "7-2"
 * and "seven votes to two" are one split, and "unanimously" meets "9-0", which only adds the majority.
 */

const splitOf = (item: FactItem): Quantity | undefined => (item.mention?.type === 'quantity' && item.mention.quantity.kind === 'split' ? item.mention.quantity : undefined);

/** Whether two items state one split exactly (a group of equal values): the same votes on each side. */
export function sameSplit(a: FactItem, b: FactItem): boolean {
  return splitOf(a)?.majority === splitOf(b)?.majority;
}

/** Whether two splits can both be true, or undefined when either is no split. */
export function splitsMeet(a: FactItem, b: FactItem): boolean | undefined {
  const sa = splitOf(a);
  const sb = splitOf(b);
  if (!sa || !sb) return undefined;
  return sa.min === sb.min && (sa.majority === undefined || sb.majority === undefined || sa.majority === sb.majority);
}
