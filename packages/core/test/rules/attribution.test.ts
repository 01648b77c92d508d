import { describe, expect, it } from 'vitest';
import { agreements, byRule, check, divergences, evidenceOf } from './check.js';

/** Who said it, and statements that are not the same: invented embassies, firms, clubs and polls. */
describe('speakers that cannot be the same', () => {
  it('reports the same words credited to the embassy and to the foreign ministry', () => {
    const report = check({ a: 'The embassy said the talks had been cancelled.', b: 'The foreign ministry said the talks had been cancelled.' });
    const [found] = byRule(report, 'attribution/speaker');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toBe('Sources credit this to different speakers: "The embassy" (a) vs "The foreign ministry" (b).');
    expect(evidenceOf(found)).toEqual(['a:The embassy', 'b:The foreign ministry']);
  });

  it('reports police against prosecutors, and two posts of one firm', () => {
    const bodies = check({ a: 'Police said the driver had been arrested at the scene.', b: 'Prosecutors said the driver had been arrested at the scene.' });
    expect(evidenceOf(byRule(bodies, 'attribution/speaker')[0])).toEqual(['a:Police', 'b:Prosecutors']);
    const posts = check({
      a: 'A spokesperson for Acme said the Harwell factory would close in March.',
      b: "Acme's chief executive said the Harwell factory would close in March.",
    });
    expect(evidenceOf(byRule(posts, 'attribution/speaker')[0])).toEqual(['a:A spokesperson for Acme', "b:Acme's chief executive"]);
  });

  it('reports two ministries named in full once, and never as spellings of one name', () => {
    const report = check({ a: 'The Ministry of Health announced the new hospital budget on Friday.', b: 'The Ministry of Finance announced the new hospital budget on Friday.' });
    expect(divergences(report).map((f) => f.category)).toEqual(['attribution']);
    expect(evidenceOf(divergences(report)[0])).toEqual(['a:The Ministry of Health', 'b:The Ministry of Finance']);
  });
});

describe('speakers that may be the same', () => {
  it('never sets a firm against the person who speaks for it', () => {
    const report = check({
      a: 'Acme said the Harwell factory would close in March.',
      b: 'Acme spokeswoman Jo Reed said the Harwell factory would close in March.',
    });
    expect(byRule(report, 'attribution/speaker')).toEqual([]);
  });

  it('never takes the person a speaker speaks for for the speaker', () => {
    const forReed = check({ a: 'A spokesperson for President Jo Reed said the Harwell factory would close in March.', b: 'Ann Kober said the Harwell factory would close in March.' });
    expect(divergences(forReed).filter((f) => f.category === 'attribution')).toEqual([]);
    const lawyer = check({ a: "Jo Reed's lawyer said the Harwell factory would close in March.", b: 'Maria Lenz said the Harwell factory would close in March.' });
    expect(divergences(lawyer).filter((f) => f.category === 'attribution')).toEqual([]);
    const two = check({ a: 'A spokesperson for Jo Reed said the Harwell factory would close in March.', b: 'A spokesperson for Maria Lenz said the Harwell factory would close in March.' });
    expect(byRule(two, 'attribution/speaker')).toHaveLength(1);
  });

  it('never sets vague officials against a named ministry, nor a ministry against the foreign ministry', () => {
    const vague = check({ a: 'Officials said the Harwell bridge would reopen on Monday.', b: 'The ministry said the Harwell bridge would reopen on Monday.' });
    expect(byRule(vague, 'attribution/speaker')).toEqual([]);
    const narrower = check({ a: 'The ministry said the Harwell bridge would reopen on Monday.', b: 'The transport ministry said the Harwell bridge would reopen on Monday.' });
    expect(byRule(narrower, 'attribution/speaker')).toEqual([]);
  });

  it('never credits different speakers when the words they are credited with differ', () => {
    const report = check({ a: 'The embassy said the talks had been cancelled.', b: 'The foreign ministry said the ceasefire talks would resume in Geneva next week.' });
    expect(byRule(report, 'attribution/speaker')).toEqual([]);
  });

  it('agrees when both sources credit the same body, however they word the rest', () => {
    const report = check({ a: 'The embassy said the talks had been cancelled.', b: 'The embassy said the talks had been cancelled abruptly.' });
    expect(evidenceOf(byRule(report, 'attribution/same')[0])).toEqual(['a:The embassy', 'b:The embassy']);
  });
});

describe('statements that are not the same', () => {
  it('never says two claims say the same thing when the sum is in another currency', () => {
    const report = check({ a: 'The club paid EUR 12 million for the striker.', b: 'The club paid GBP 10 million for the striker.' });
    expect(byRule(report, 'statement/same')).toEqual([]);
    // A note, not an error: the sums are not compared, only said to be in two currencies.
    expect(divergences(report).map((f) => `${f.rule} ${f.severity}`)).toEqual(['statement/currency info']);
    const [note] = byRule(report, 'statement/currency');
    expect(note?.message).toContain('"EUR 12 million" (a) vs "GBP 10 million" (b)');
    expect(evidenceOf(note)).toEqual(['a:EUR 12 million', 'b:GBP 10 million']);
    const same = check({ a: 'The club paid EUR 12 million for the striker.', b: 'The club paid EUR 12 million for the young striker.' });
    expect(byRule(same, 'statement/currency')).toEqual([]);
  });

  it('never says two claims say the same thing when their counts differ, and still does when they match', () => {
    const differ = check({ a: 'Northgate Kitchen Appliances sent 40,000 ovens back to the Harwell depot.', b: 'Northgate Kitchen Appliances sent 45,000 ovens back to the Harwell depot.' });
    expect(byRule(differ, 'statement/same')).toEqual([]);
    expect(byRule(differ, 'quantity/disjoint')).toHaveLength(1);
    const match = check({ a: 'Northgate Kitchen Appliances sent 40,000 ovens back to the Harwell depot.', b: 'Northgate Kitchen Appliances sent 40,000 ovens back to its Harwell depot.' });
    expect(agreements(match).map((f) => f.rule)).toContain('statement/same');
  });

  it('keeps a share with its subject: turnout is never compared with a vote share', () => {
    const report = check({ a: 'Turnout was 58% in the capital. Lopez won 51% of the vote.', b: 'Lopez won 51% of the vote, with turnout of 58%.' });
    expect(divergences(report)).toEqual([]);
    const turnout = check({ a: 'The election saw a turnout of 58% on Sunday.', b: 'Turnout was 61% in the election on Sunday.' });
    expect(evidenceOf(byRule(turnout, 'quantity/disjoint')[0])).toEqual(['a:58%', 'b:61%']);
  });
});

describe('figures and quotations credited to different speakers', () => {
  it('reports one estimate credited to the merging companies and to analysts at a bank', () => {
    const report = check({
      a: 'The savings from the Orla ferry merger were estimated at $60 million by the companies.',
      b: 'Analysts at Banco Ferreira estimated savings of $60 million from the Orla ferry merger.',
    });
    const found = byRule(report, 'attribution/speaker');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.message).toBe('Sources credit the figure "$60 million" to different speakers: "the companies" (a) vs "Analysts at Banco Ferreira" (b).');
    expect(evidenceOf(found[0])).toEqual(['a:the companies', 'b:Analysts at Banco Ferreira']);
  });

  it('reports one forecast credited to the weather service and to the fire brigade', () => {
    const report = check({
      a: 'The meteorological service forecast gusts of 70 km/h along the Tarn coast on Friday.',
      b: 'On Friday the fire brigade forecast gusts of 70 km/h along the Tarn coast.',
    });
    expect(evidenceOf(byRule(report, 'attribution/speaker')[0])).toEqual(['a:The meteorological service', 'b:the fire brigade']);
  });

  it('reports one quotation credited to the club chairman and to the manager', () => {
    const report = check({
      a: '“We will rebuild the north stand before the new season,” said club chairman Tom Ridley.',
      b: '“We will rebuild the north stand before the new season,” said manager Alan Pearce.',
    });
    const [found] = byRule(report, 'attribution/speaker');
    expect(found?.message).toContain('the quotation "We will rebuild the north stand before the new season,"');
    expect(evidenceOf(found)).toEqual(['a:club chairman Tom Ridley', 'b:manager Alan Pearce']);
  });

  it('never sets a figure against itself when the speakers may be one, or when the figures differ', () => {
    const same = check({ a: 'The fire service said 12 people were hurt in the Harwick depot blaze.', b: 'Firefighters said 12 people were hurt in the Harwick depot blaze.' });
    expect(byRule(same, 'attribution/speaker')).toEqual([]);
    const ambulance = check({ a: 'The fire service said 12 people were hurt in the Harwick depot blaze.', b: 'The ambulance service said 12 people were hurt in the Harwick depot blaze.' });
    expect(evidenceOf(byRule(ambulance, 'attribution/speaker')[0])).toEqual(['a:The fire service', 'b:The ambulance service']);
    const vague = check({ a: 'Police said 12 people were hurt in the Harwick depot blaze.', b: 'Officials said 12 people were hurt in the Harwick depot blaze.' });
    expect(byRule(vague, 'attribution/speaker')).toEqual([]);
    const differ = check({ a: 'The companies estimated the savings at $60 million.', b: 'Analysts at Banco Ferreira estimated the savings at $45 million.' });
    expect(byRule(differ, 'attribution/speaker')).toEqual([]);
    const quoted = check({ a: '“We will rebuild the north stand,” said club chairman Tom Ridley.', b: '“We will rebuild the north stand,” Ridley said on Monday.' });
    expect(byRule(quoted, 'attribution/speaker')).toEqual([]);
  });
});
