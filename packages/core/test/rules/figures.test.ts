import { describe, expect, it } from 'vitest';
import type { QuantityMention } from '../../src/model.js';
import { claimsOf, quantitiesOf } from '../stages/helpers.js';
import { agreements, check, divergences, evidenceOf } from './check.js';

/** Figures compared only when they answer the same question: invented texts about a vote in a fictional republic. */
/** The figures of a text as extraction leaves them on its claims, once each (holders need the sentence's names). */
const figuresOf = (text: string): QuantityMention[] => {
  const seen = new Map<number, QuantityMention>();
  for (const c of claimsOf(text)) for (const m of c.mentions) if (m.type === 'quantity') seen.set(m.start, m);
  return [...seen.values()].sort((x, y) => x.start - y.start);
};
const quantityDivergences = (texts: Record<string, string>) => divergences(check(texts)).filter((f) => f.category === 'quantity');

describe('percentages keep their holder', () => {
  const election = {
    a: 'President Mira Holt won the run-off with 56.3% of the vote, defeating challenger Piet Osk, who took 40.1%.',
    b: 'Mira Holt was re-elected with 56.3% of ballots cast against 40.1% for Piet Osk.',
  };

  it('never sets one candidate’s share against another’s', () => {
    const report = check(election);
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
    const facts = agreements(report).filter((f) => f.category === 'quantity').map((f) => f.fact).sort();
    expect(facts).toEqual(['share of the vote for Mira Holt', 'share of the vote for Piet Osk']);
  });

  it('finds a candidate given two shares a divergence', () => {
    const found = quantityDivergences({ ...election, c: 'Holt took 53.6% of the vote, the commission said.' });
    expect(found).toHaveLength(1);
    expect(found[0]?.fact).toBe('share of the vote for Mira Holt');
    expect(evidenceOf(found[0]).sort()).toEqual(['a:56.3%', 'b:56.3%', 'c:53.6%']);
  });

  it('keys a share by what it is of, or by the noun a copula ties it to', () => {
    const q = figuresOf('Turnout was 61%. About 58% of registered voters took part. Unemployment rose to 5.1%. The party spent 40% of the budget.');
    expect(q.map((m) => m.quantity.unitClass)).toEqual(['percent:turnout', 'percent:voter', 'percent:unemployment', 'percent:budget']);
  });

  it('never compares a turnout with a vote share', () => {
    expect(quantityDivergences({ a: 'Turnout was 58%, officials said.', b: 'Holt won 51% of the vote, officials said.' })).toEqual([]);
  });

  it('finds two turnouts a divergence', () => {
    const found = quantityDivergences({ a: 'Turnout was 61%, the commission said.', b: 'A turnout of 58% was reported by the commission.' });
    expect(found.map((f) => [f.fact, evidenceOf(f).join('|')])).toEqual([['turnout', 'a:61%|b:58%']]);
  });

  it('reads percentage points as their own unit, never as a share', () => {
    const q = quantitiesOf('Support for the Greens rose 3 percentage points.');
    expect(q.map((m) => [m.text, m.quantity.kind, m.quantity.unit])).toEqual([['3 percentage points', 'percent', 'percentage point']]);
    expect(quantityDivergences({ a: 'Unemployment rose to 3%, the office said.', b: 'Unemployment rose 3 percentage points, the office said.' })).toEqual([]);
  });
});
