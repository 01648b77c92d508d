import type { Fact, FactItem, Finding } from '../../model.js';
import { evidenceOf, quote, sourceList } from '../shared.js';

/**
 * One quotation, two wordings: a misquote an editor must settle against the recording or the transcript. The
 * message names the words that differ, so nobody has to diff two long quotations by eye.
 */

/** The words of `a` missing from `b` and those of `b` missing from `a`, in order, as short phrases. */
function difference(a: readonly string[], b: readonly string[]): { onlyA: string[]; onlyB: string[] } {
  // Word-level LCS table; quotations are capped at eighty words by the aligner.
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) (table[i] as number[])[j] = a[i] === b[j] ? ((table[i + 1] as number[])[j + 1] as number) + 1 : Math.max((table[i + 1] as number[])[j] as number, (table[i] as number[])[j + 1] as number);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  let i = 0;
  let j = 0;
  let runA: string[] = [];
  let runB: string[] = [];
  const flush = () => {
    if (runA.length) onlyA.push(runA.join(' '));
    if (runB.length) onlyB.push(runB.join(' '));
    runA = [];
    runB = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && ((table[i + 1] as number[])[j] as number) >= ((table[i] as number[])[j + 1] as number))) runA.push(a[i++] as string);
    else runB.push(b[j++] as string);
  }
  flush();
  return { onlyA, onlyB };
}

export function compareQuotations(fact: Fact): Finding[] {
  const wordings = new Map<string, FactItem[]>();
  for (const item of fact.items) wordings.set(item.value, [...(wordings.get(item.value) ?? []), item]);
  const ranked = [...wordings.entries()].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1));
  const [main, ...others] = ranked;
  if (!main || others.length === 0) return [];
  const parts = others.map(([value, items]) => {
    const { onlyA, onlyB } = difference(main[0].split(' '), value.split(' '));
    const has = onlyB.length ? `has ${onlyB.map((w) => quote(w)).join(', ')}` : '';
    const lacks = onlyA.length ? `lacks ${onlyA.map((w) => quote(w)).join(', ')}` : '';
    return `${sourceList(items)} ${[has, lacks].filter(Boolean).join(' and ')}`;
  });
  return [
    {
      kind: 'divergence',
      category: 'statement',
      severity: 'warning',
      rule: 'statement/misquote',
      fact: fact.label,
      message: `The same quotation is worded differently. Against the wording of ${sourceList(main[1])}: ${parts.join('; ')}. Check the quotation against the record.`,
      // The quoted words are the evidence; their normalised form is only how wordings were grouped.
      evidence: [...main[1], ...others.flatMap(([, items]) => items)].map((item) => {
        const { value: _grouping, ...evidence } = evidenceOf(item);
        return evidence;
      }),
    },
  ];
}
