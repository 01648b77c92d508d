import { describe, expect, it } from 'vitest';
import { quantitiesOf } from '../stages/helpers.js';
import { agreements, byRule, check, divergences, evidenceOf } from './check.js';

/** Statements, hedges and offsets: invented talks, fires and tremors. */
describe('contradicting statements', () => {
  it('reports the same statement with opposite verbs as a contradiction: resumed vs suspended', () => {
    const report = check({
      a: 'Talks between the Orrin dockers and the port authority resumed on Monday after the strike.',
      b: 'Talks between the Orrin dockers and the port authority were suspended on Monday after the strike.',
    });
    const [found] = byRule(report, 'statement/contradiction');
    expect(found?.severity).toBe('error');
    expect(found?.message).toContain('"resumed"');
    expect(found?.message).toContain('"suspended"');
  });

  it('never sets opposite verbs against each other in statements about different things', () => {
    const report = check({
      a: 'The Orrin bridge reopened on Monday after repairs to its deck.',
      b: 'The city closed three schools near the river because of the flood warning.',
    });
    expect(byRule(report, 'statement/contradiction')).toEqual([]);
  });

  it('reports a denial against a confirmation of one statement as an error', () => {
    const report = check({
      a: 'The Halvik company confirmed that staff were told to keep working as the smoke spread.',
      b: 'The Halvik company did not confirm that staff were told to keep working as the smoke spread.',
    });
    const found = divergences(report).filter((f) => f.category === 'statement');
    expect(found.map((f) => f.severity)).toContain('error');
  });
});

describe('hedges', () => {
  it('reports a claim stated as fact in one source and hedged in another beside the agreement, not as a contradiction', () => {
    const report = check({
      a: 'The warehouse fire was caused by a faulty heater in the Brinley depot.',
      b: 'The warehouse fire was likely caused by a faulty heater in the Brinley depot.',
    });
    expect(divergences(report).filter((f) => f.category === 'statement')).toEqual([]);
    const [hedged] = byRule(report, 'statement/hedged');
    expect(hedged?.kind).toBe('agreement');
    expect(hedged?.message).toContain('"likely"');
  });

  it('notes the hedge when both reports credit the statement to a speaker, but not a speaker\'s fact against an unsourced hedge', () => {
    const both = check({
      a: 'The ferry was probably overloaded when it sank, the coast guard said.',
      b: 'The ferry was overloaded when it sank, the coast guard said.',
    });
    expect(byRule(both, 'statement/hedged').map(evidenceOf)).toHaveLength(1);
    const one = check({
      a: 'The ferry was probably overloaded when it sank.',
      b: 'The ferry was overloaded when it sank, the coast guard said.',
    });
    expect(byRule(one, 'statement/hedged')).toEqual([]);
  });
});

describe('offsets', () => {
  it('reads "nine hours later" as an offset and agrees where two sources give the same one', () => {
    expect(quantitiesOf('A second tremor struck nine hours later.').map((q) => q.quantity.unitClass)).toEqual(['offset:hour:later']);
    expect(quantitiesOf('Crews dug for 90 hours after the quake.').map((q) => q.quantity.unitClass)).toEqual(['offset:hour:after:quake']);
    const report = check({ a: 'A second tremor struck Varna nine hours later, officials said.', b: 'Nine hours later, a second tremor hit the Varna region.' });
    expect(agreements(report).some((f) => f.fact === 'how long after' && evidenceOf(f).length === 2)).toBe(true);
  });
});

describe('names in part', () => {
  it('takes one word for a longer name only when it is the surname, or the first of two', () => {
    const report = check({
      a: 'Ana Marie Kell spoke at the Brinley hearing on Monday. Lin Haoran attended.',
      b: 'Ms Kell spoke at the Brinley hearing on Monday. Mr Lin attended, and so did Dr Ana.',
    });
    const partial = byRule(report, 'name/partial').flatMap((f) => evidenceOf(f));
    expect(partial).toContain('b:Kell');
    expect(partial).toContain('b:Lin');
    expect(partial).not.toContain('b:Ana');
  });
});
