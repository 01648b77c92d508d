import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { claimsOf, entitiesOf, inputs } from './helpers.js';

/** Business coverage, invented: Tarnby Energy buys Velde Power. */
describe('extract: company names and their deals', () => {
  it('reads "Tarnby Energy" and "Velde Power" as organisations, not people', () => {
    const kinds = entitiesOf('Tarnby Energy agreed to buy Velde Power, said Anna Holm.').flat().map((e) => [e.name, e.kind]);
    expect(kinds).toEqual([
      ['Tarnby Energy', 'organization'],
      ['Velde Power', 'organization'],
      ['Anna Holm', 'person'],
    ]);
  });

  it('credits the deal to the named company, not to the bare head noun', () => {
    const [claim] = claimsOf('Tarnby Energy will acquire Velde Power for $2 billion.');
    expect(claim?.agent?.name).toBe('Tarnby Energy');
  });
});

describe('compare: sums and shares stated with different verbs', () => {
  const report = checkSources(
    inputs({
      a: 'Tarnby Energy agreed on Tuesday to buy Velde Power for $2.1 billion. Shares in Velde Power rose 14% in early trading.',
      b: 'Tarnby Energy will acquire Velde Power in a deal worth $2.3 billion. Velde Power shares jumped 14 per cent.',
      c: 'Velde Power is being bought by Tarnby Energy Ltd for $2.1bn, the firms said.',
    }),
  );
  const lines = report.findings.map((f) => `${f.kind}:${f.rule}:${f.evidence.map((e) => `${e.sourceId}=${e.text}`).join('|')}`);

  it('finds the price in dispute whichever verb carries it', () => {
    expect(lines).toContain('divergence:quantity/disjoint:a=$2.1 billion|b=$2.3 billion|c=$2.1bn');
  });

  it('agrees on the share move written two ways', () => {
    expect(lines).toContain('agreement:quantity/same:a=14%|b=14 per cent');
  });

  it('reports nothing else as a divergence', () => {
    expect(report.findings.filter((f) => f.kind === 'divergence')).toHaveLength(1);
  });
});
