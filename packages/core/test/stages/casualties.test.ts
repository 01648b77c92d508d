import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import type { Report } from '../../src/report/schema.js';
import { claimsOf, inputs, quantitiesOf } from './helpers.js';

/**
 * Disaster coverage, invented: an earthquake near Saltmere. Figures that newsrooms write without a noun
 * ("84 were injured"), measurements ("magnitude 6.4"), participles inside the figure ("three missing people").
 */
const check = (texts: Readonly<Record<string, string>>): Report => checkSources(inputs(texts));
const rules = (r: Report) => r.findings.map((f) => `${f.kind}:${f.rule}:${f.evidence.map((e) => `${e.sourceId}=${e.text}`).join('|')}`);

describe('extract: figures without a noun', () => {
  it('reads a bare number next to a verb that counts people as people', () => {
    const q = quantitiesOf('The quake killed at least 12 and 84 were injured.');
    expect(q.map((m) => [m.text, m.quantity.min, m.quantity.max, m.quantity.unitClass])).toEqual([
      ['at least 12', 12, null, 'person'],
      ['84', 84, 84, 'person'],
    ]);
  });

  it('does not read a bare number as people next to other verbs', () => {
    expect(quantitiesOf('The index rose 12 and fell 84 later.')).toEqual([]);
    // "12 of the plans" counts plans, not people.
    expect(quantitiesOf('The council approved 12 of the plans.').map((m) => m.quantity.unitClass)).toEqual(['plan']);
  });

  it('reads a measurement named before its number, and nothing else as one', () => {
    const q = quantitiesOf('A magnitude 6.4 earthquake hit. Experts put the magnitude at 6.2. Turnout of 62 was low.');
    expect(q.map((m) => [m.text, m.quantity.kind, m.quantity.unit, m.quantity.min])).toEqual([
      ['6.4', 'measure', 'magnitude', 6.4],
      ['6.2', 'measure', 'magnitude', 6.2],
      ['62', 'measure', 'turnout', 62],
    ]);
    expect(quantitiesOf('Chapter 6 of the report was long.').filter((m) => m.quantity.kind === 'measure')).toEqual([]);
  });

  it('splits "12 died and 84 were injured" into two clauses with their own verbs', () => {
    const claims = claimsOf('At least 12 people died and 84 were injured in Saltmere.');
    expect(claims.map((c) => c.predicate?.lemma)).toEqual(['kill', 'injure']);
  });

  it('takes a participle inside the figure as its verb: "three missing people"', () => {
    const [claim] = claimsOf('Rescuers searched for three missing people near Saltmere.');
    expect(claim?.predicate?.lemma).toBe('miss');
  });
});

describe('compare: casualty figures across sources', () => {
  const texts = {
    a: 'A magnitude 6.4 earthquake struck near Saltmere on Sunday, killing at least 12 people and injuring more than 80. Rescue teams searched for three missing people. Officials said 230 homes had been destroyed.',
    b: 'At least 15 people died and 84 were injured after the quake near Saltmere. The geological survey said the quake had a magnitude of 6.2. Police said four people were still missing. The state will rebuild the 230 destroyed homes.',
    c: 'Officials said 12 people had been killed in the earthquake, which also injured 81 people. The survey put the magnitude at 6.4.',
  };

  it('reports the real disagreements, each with every side', () => {
    const found = rules(check(texts)).filter((r) => r.startsWith('divergence'));
    expect(found).toContain('divergence:quantity/disjoint:a=6.4|b=6.2|c=6.4');
    expect(found).toContain('divergence:quantity/disjoint:b=84|c=81 people');
    expect(found).toContain('divergence:quantity/disjoint:a=at least 12 people|b=At least 15 people|c=12 people');
    expect(found).toContain('divergence:quantity/disjoint:a=three missing people|b=four people');
    expect(found).toHaveLength(4);
  });

  it('agrees where the figures agree, and sets two different floors ("at least 12" / "at least 15") side by side', () => {
    const report = check(texts);
    expect(rules(report)).toContain('agreement:quantity/same:a=230 homes|b=230 destroyed homes');
    const killed = report.findings.find((f) => f.fact === 'number of people killed');
    expect(killed?.evidence.map((e) => e.sourceId)).toEqual(['a', 'b', 'c']);
  });
});
