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
  it('reports a claim stated as fact in one source and hedged in another as a warning, never as a contradiction', () => {
    const report = check({
      a: 'The warehouse fire was caused by a faulty heater in the Brinley depot.',
      b: 'The warehouse fire was likely caused by a faulty heater in the Brinley depot.',
    });
    expect(byRule(report, 'statement/contradiction')).toEqual([]);
    expect(byRule(report, 'statement/negation')).toEqual([]);
    const [hedged] = byRule(report, 'statement/hedged');
    expect(hedged?.kind).toBe('divergence');
    expect(hedged?.severity).toBe('warning');
    expect(hedged?.message).toContain('b hedges ("likely") what a states as fact');
  });

  it('reads "is believed to have", "reportedly" and "one possibility is" as hedges of what another school board report states', () => {
    const believed = check({
      a: 'A burst pipe is believed to have flooded the Marlow school gymnasium overnight.',
      b: 'A burst pipe flooded the Marlow school gymnasium overnight, the school board said.',
    });
    expect(byRule(believed, 'statement/hedged').map(evidenceOf)).toEqual([['a:A burst pipe is believed to have flooded the Marlow school gymnasium overnight.', 'b:A burst pipe flooded the Marlow school gymnasium overnight, the school board said.']]);
    const reportedly = check({ a: 'The Kessel ferry reportedly struck a submerged rock near the harbour wall.', b: 'The Kessel ferry struck a submerged rock near the harbour wall.' });
    expect(byRule(reportedly, 'statement/hedged')[0]?.message).toContain('("reportedly")');
    const possibility = check({ a: 'One possibility is that a burst pipe flooded the Marlow school gymnasium.', b: 'A burst pipe flooded the Marlow school gymnasium.' });
    expect(byRule(possibility, 'statement/hedged')[0]?.message).toContain('("one possibility")');
  });

  it('states the hedge against a statement the other report credits to a speaker', () => {
    const report = check({
      a: 'The ferry was probably overloaded when it sank off Kessel.',
      b: 'The ferry was overloaded when it sank off Kessel, the coast guard said.',
    });
    expect(byRule(report, 'statement/hedged').map((f) => f.severity)).toEqual(['warning']);
  });

  it('never reports a hedge in an aside, a forecast, or two reports that hedge alike', () => {
    const aside = check({ a: 'The Kessel ferry, reportedly built in 1998, struck a rock near the harbour wall.', b: 'The Kessel ferry struck a rock near the harbour wall.' });
    expect(byRule(aside, 'statement/hedged')).toEqual([]);
    const said = check({ a: 'The Kessel ferry, built in 1998, reportedly struck a rock near the harbour wall.', b: 'The Kessel ferry struck a rock near the harbour wall.' });
    expect(byRule(said, 'statement/hedged')).toHaveLength(1);
    const forecast = check({ a: 'The Kessel ferry is expected to resume sailing to the island on Monday.', b: 'The Kessel ferry will resume sailing to the island on Monday.' });
    expect(byRule(forecast, 'statement/hedged')).toEqual([]);
    const both = check({ a: 'The Kessel ferry may have struck a rock near the harbour wall.', b: 'The Kessel ferry probably struck a rock near the harbour wall.' });
    expect(byRule(both, 'statement/hedged')).toEqual([]);
  });
});

describe('denials', () => {
  it('sets a confirmation against a denial of anyone being detained: one error naming who states and who denies', () => {
    const report = check({
      a: 'Police confirmed a local man had been detained after the blaze at the Harwick bus depot.',
      b: 'The fire service denied that anyone had been detained after the blaze at the Harwick bus depot.',
    });
    const found = byRule(report, 'statement/denial');
    expect(found).toHaveLength(1);
    expect(found[0]?.category).toBe('statement');
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toMatch(/^a states what b denies \("denied that"\)/);
    expect(evidenceOf(found[0])).toEqual(['a:Police confirmed a local man had been detained after the blaze at the Harwick bus depot.', 'b:The fire service denied that anyone had been detained after the blaze at the Harwick bus depot.']);
  });

  it('sets job cuts against "no redundancy plan", and an alarm that went off against one that did not sound', () => {
    const jobs = check({ a: 'The chief executive said about 350 jobs would go at the Ferrymont plant.', b: 'She said there was no redundancy plan at the Ferrymont plant.' });
    const [cuts] = byRule(jobs, 'statement/denial');
    expect(cuts?.message).toContain('a states what b says there is no plan for');
    expect(cuts?.severity).toBe('warning');
    const alarm = check({ a: 'The alarm went off at the Kessel primary school and police arrived within minutes.', b: 'The alarm at the Kessel primary school did not sound.' });
    expect(evidenceOf(byRule(alarm, 'statement/denial')[0])).toEqual(['a:The alarm went off at the Kessel primary school and police arrived within minutes.', 'b:The alarm at the Kessel primary school did not sound.']);
  });

  it('reads reports called false or a hoax as denied', () => {
    const report = check({
      a: 'The Brenmoor manager had resigned after the cup defeat, the club captain said.',
      b: 'The club called reports that the Brenmoor manager had resigned completely false.',
    });
    expect(byRule(report, 'statement/denial')[0]?.message).toContain('b calls false');
    const hoax = check({ a: 'Brenmoor had sold its training ground to a developer.', b: 'Brenmoor dismissed as a hoax claims that it had sold its training ground to a developer.' });
    expect(byRule(hoax, 'statement/denial')).toHaveLength(1);
  });

  it('never takes a report that says less for a denial, nor sets a denial against another fact', () => {
    const less = check({ a: 'The hospital could not confirm that the patient had died.', b: 'The patient died on Tuesday at the Merrow hospital, his family said.' });
    expect(byRule(less, 'statement/denial')).toEqual([]);
    const denied = check({ a: 'The hospital denied that anyone had died.', b: 'A patient died on Tuesday at the Merrow hospital, his family said.' });
    expect(byRule(denied, 'statement/denial')).toHaveLength(1);
    const other = check({ a: 'A local man had been detained over the theft of a car in Harwick.', b: 'The fire service denied that anyone had been detained over the blaze at the depot.' });
    expect(byRule(other, 'statement/denial')).toEqual([]);
    const past = check({ a: 'Eastfield Primary closed in 2015 after a fire.', b: 'The school board has no plans to close Eastfield Primary.' });
    expect(byRule(past, 'statement/denial')).toEqual([]);
    const rumour = check({ a: 'Rumours that the striker had signed for Brenmoor spread on Monday.', b: 'The club denied that the striker had signed for Brenmoor.' });
    expect(byRule(rumour, 'statement/denial')).toEqual([]);
    const noun = check({ a: 'The club was accused of paying the agent in cash, the newspaper said.', b: 'The club denied the allegations.' });
    expect(divergences(noun)).toEqual([]);
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
