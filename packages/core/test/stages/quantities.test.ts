import { describe, expect, it } from 'vitest';
import type { Quantity, QuantityMention } from '../../src/model.js';
import { checkSources } from '../../src/check.js';
import { quantitiesOf } from './helpers.js';

/** The one quantity a sentence states, checked to be located exactly in the text. */
function only(text: string): QuantityMention {
  const found = quantitiesOf(text);
  expect(found, `quantities of "${text}": ${found.map((q) => q.text).join(', ')}`).toHaveLength(1);
  const q = found[0] as QuantityMention;
  expect(text.slice(q.start, q.end)).toBe(q.text);
  return q;
}

const interval = (q: Quantity) => [q.min, q.max];

describe('extract/quantities: numbers', () => {
  it('reads a numeral with its counted noun', () => {
    const q = only('Police arrested 12 people.');
    expect(q.text).toBe('12 people');
    expect(q.quantity).toMatchObject({ kind: 'count', min: 12, max: 12, unitClass: 'person', basis: 'numeral' });
  });

  it('reads number words: "forty-two", "Two hundred", "A dozen"', () => {
    expect(only('Police arrested forty-two people.').quantity).toMatchObject({ min: 42, max: 42, basis: 'word', unitClass: 'person' });
    expect(only('Two hundred people marched.').quantity).toMatchObject({ min: 200, max: 200 });
    expect(only('A dozen people were hurt.').quantity).toMatchObject({ min: 12, max: 12 });
  });

  it('reads "40 million voters" as 40,000,000 people', () => {
    const q = only('The breach exposed 40 million voters.');
    expect(q.text).toBe('40 million voters');
    expect(q.quantity).toMatchObject({ kind: 'count', min: 4e7, max: 4e7, unit: 'voter', unitClass: 'person' });
  });

  it('reads "1,200 workers" and "1.5 million homes"', () => {
    expect(only('The firm laid off 1,200 workers.').quantity).toMatchObject({ min: 1200, max: 1200, unit: 'worker', unitClass: 'person' });
    expect(only('The storm damaged 1.5 million homes.').quantity).toMatchObject({ min: 1.5e6, max: 1.5e6, unitClass: 'building' });
  });

  it('reads "2,021 people" as a count, not a year', () => {
    expect(only('The report said 2,021 people were affected.').quantity).toMatchObject({ kind: 'count', min: 2021, max: 2021 });
  });

  it('reads "Five people" at the start of a sentence as a count', () => {
    expect(only('Five people died in the fire.').quantity).toMatchObject({ min: 5, max: 5, unitClass: 'person' });
  });
});

describe('extract/quantities: bounds and vague quantifiers', () => {
  it('reads "over 10,000 emails" as at least 10,001, unbounded', () => {
    const q = only('The group sent over 10,000 emails.');
    expect(q.text).toBe('over 10,000 emails');
    expect(q.quantity).toMatchObject({ kind: 'count', min: 10001, max: null, unit: 'email' });
  });

  it('reads "several companies" as [3, ∞) organisations, vague', () => {
    const q = only('The ministry sanctioned several companies.');
    expect(q.quantity).toMatchObject({ kind: 'count', min: 3, max: null, unitClass: 'organization', basis: 'vague' });
  });

  it('reads "nearly 100 people" as [90, 100]', () => {
    expect(interval(only('The fire killed nearly 100 people.').quantity)).toEqual([90, 100]);
  });

  it('reads "up to 40", "about 50", "more than 200", "at least 3" and "fewer than 20"', () => {
    expect(interval(only('The order covers up to 40 vehicles.').quantity)).toEqual([0, 40]);
    expect(interval(only('About 50 people were evacuated.').quantity)).toEqual([45, 55]);
    expect(interval(only('More than 200 people were evacuated.').quantity)).toEqual([201, null]);
    expect(interval(only('At least 3 people died.').quantity)).toEqual([3, null]);
    expect(interval(only('Fewer than 20 people came.').quantity)).toEqual([0, 19]);
  });

  it('reads "a few people" as the vague [2, 5], not as one', () => {
    const q = only('Police arrested a few people.');
    expect(q.quantity).toMatchObject({ min: 2, max: 5, basis: 'vague' });
  });

  it('reads "dozens of protesters" and "hundreds of people"', () => {
    expect(only('Police arrested dozens of protesters.').quantity).toMatchObject({ min: 24, max: 99, unitClass: 'person' });
    expect(only('Hundreds of people gathered.').quantity).toMatchObject({ min: 200, max: 999, unitClass: 'person' });
  });
});

describe('extract/quantities: "a" and "one" as counts', () => {
  it('counts "an entity" after a counting verb: "the UK sanctioned an entity"', () => {
    const q = only('The UK sanctioned an entity.');
    expect(q.text).toBe('an entity');
    expect(q.quantity).toMatchObject({ kind: 'count', min: 1, max: 1, unit: 'entity', unitClass: 'organization', basis: 'article' });
  });

  it('counts "a company" after "imposed sanctions on"', () => {
    expect(only('The ministry imposed sanctions on a company.').quantity).toMatchObject({ min: 1, max: 1, unitClass: 'organization' });
  });

  it('does not count the article in "it was a significant operation" or "a House of Commons researcher"', () => {
    expect(quantitiesOf('It was a significant operation.')).toEqual([]);
    expect(quantitiesOf('A House of Commons researcher was arrested.')).toEqual([]);
  });

  it('reads both counts of "a front company and two individuals"', () => {
    const found = quantitiesOf('The UK sanctioned a front company and two individuals.');
    expect(found.map((q) => [q.text, q.quantity.min, q.quantity.max, q.quantity.unitClass])).toEqual([
      ['a front company', 1, 1, 'organization'],
      ['two individuals', 2, 2, 'person'],
    ]);
  });

  it('finds the counted noun of "one company over the spill" and "a company linked to the group"', () => {
    expect(only('The regulator fined one company over the spill.')).toMatchObject({ text: 'one company', quantity: { unit: 'company', unitClass: 'organization' } });
    expect(only('The UK sanctioned a company linked to the group.')).toMatchObject({ text: 'a company', quantity: { unit: 'company', unitClass: 'organization' } });
  });
});

describe('extract/quantities: durations, money, percentages', () => {
  it('reads "over a decade" as a duration of more than 10 years', () => {
    const q = only('The group operated for over a decade.');
    expect(q.text).toBe('over a decade');
    expect(q.quantity).toMatchObject({ kind: 'duration', min: 10, max: null, unit: 'year' });
  });

  it('reads "approximately 14 years" as [12.6, 15.4] years', () => {
    const q = only('He was jailed for approximately 14 years.');
    expect(q.quantity).toMatchObject({ kind: 'duration', min: 12.6, max: 15.4, unit: 'year' });
  });

  it('reads "$10 million" as 10,000,000 USD', () => {
    const q = only('The company paid $10 million.');
    expect(q.text).toBe('$10 million');
    expect(q.quantity).toMatchObject({ kind: 'money', min: 1e7, max: 1e7, unit: 'USD' });
  });

  it('reads "£2.5 million" and "£3bn" in pounds', () => {
    expect(only('The council fined the firm £2.5 million.').quantity).toMatchObject({ kind: 'money', min: 2.5e6, unit: 'GBP' });
    expect(only('The firm paid £3bn.').quantity).toMatchObject({ kind: 'money', min: 3e9, unit: 'GBP' });
  });

  it('reads "40%" and "10 per cent" as percentages', () => {
    const q = only('Turnout rose 40%.');
    expect(q.text).toBe('40%');
    expect(q.quantity).toMatchObject({ kind: 'percent', min: 40, max: 40, unit: 'percent' });
    expect(only('Turnout fell by 10 per cent last year.').quantity).toMatchObject({ kind: 'percent', min: 10, max: 10 });
  });

  it('reads "10 per cent." at the end of a sentence', () => {
    expect(only('Turnout fell 10 per cent.').quantity).toMatchObject({ kind: 'percent', min: 10, max: 10 });
  });
});

describe('extract/quantities: what is not a count', () => {
  it('does not read years as quantities: "in 2021", "between 2021 and 2022"', () => {
    expect(quantitiesOf('The attack happened in 2021.')).toEqual([]);
    expect(quantitiesOf('The group was active between 2021 and 2022.')).toEqual([]);
  });

  it('does not read "Five Eyes" or "Group of Seven" as counts', () => {
    expect(quantitiesOf('Members of the Five Eyes met in Ottawa.')).toEqual([]);
    expect(quantitiesOf('Leaders of the Group of Seven met.')).toEqual([]);
  });
});

describe('extract/quantities: enumerations of named people', () => {
  it('counts "A and B" as at least two people: naming two shows two, not that there were no more', () => {
    const q = only('Sanctions were imposed on Anna Berg and Tom Lund.');
    expect(q.text).toBe('Anna Berg and Tom Lund');
    expect(q.quantity).toMatchObject({ kind: 'count', min: 2, max: null, unitClass: 'person', basis: 'enumeration' });
  });

  it('counts a list of three names as at least three people', () => {
    expect(only('Police charged Anna Berg, Tom Lund and Ines Holm.').quantity).toMatchObject({ min: 3, max: null, basis: 'enumeration' });
  });

  it('reads "including A and B" as open-ended: [2, ∞)', () => {
    const found = quantitiesOf('Several people were charged, including Anna Berg and Tom Lund.');
    const list = found.find((q) => q.quantity.basis === 'enumeration');
    expect(list?.text).toBe('Anna Berg and Tom Lund');
    expect(list?.quantity).toMatchObject({ min: 2, max: null, unitClass: 'person' });
  });

  it('does not count a single named person', () => {
    expect(quantitiesOf('Police arrested Anna Berg.')).toEqual([]);
  });
});

describe('extract/quantities: a duration written in parts is one figure', () => {
  it('"1 hour and 47 minutes", "2 hours 10 minutes", "3 min 20 sec" are each one duration', () => {
    const cases: [string, string, number, string][] = [
      ['Contact was lost 1 hour and 47 minutes into the dive.', '1 hour and 47 minutes', 1.783333, 'hour'],
      ['The spacewalk lasted 2 hours 10 minutes, the agency said.', '2 hours 10 minutes', 2.166667, 'hour'],
      ['Her fastest lap took 3 min 20 sec.', '3 min 20 sec', 0.055556, 'hour'],
      ['The outage lasted four days, six hours, officials said.', 'four days, six hours', 4.25, 'day'],
    ];
    for (const [text, words, value, unit] of cases) {
      const q = only(text);
      expect(q.text, text).toBe(words);
      expect(q.quantity, text).toMatchObject({ kind: 'duration', min: value, max: value, unit, unitClass: `duration:${unit}` });
    }
  });

  it('parts must shrink: "2 hours and 3 hours" stays two figures', () => {
    expect(quantitiesOf('The first shift lasted 2 hours and the second 3 hours.').map((q) => q.text)).toEqual(['2 hours', '3 hours']);
  });

  it('is compared as one length: "1 hour and 47 minutes" agrees with "107 minutes" and not with "1 hour and 52 minutes"', () => {
    const report = checkSources([
      { id: 'a', text: 'The spacewalk lasted 1 hour and 47 minutes, the agency said.' },
      { id: 'b', text: 'The spacewalk lasted 107 minutes, the agency said.' },
      { id: 'c', text: 'The spacewalk lasted 1 hour and 52 minutes, the agency said.' },
    ]);
    const agreement = report.findings.find((f) => f.rule === 'quantity/same');
    expect(agreement?.evidence.map((e) => e.text)).toEqual(['1 hour and 47 minutes', '107 minutes']);
    expect(agreement?.message).toContain('1 hour 47 minutes');
    const divergence = report.findings.find((f) => f.rule === 'quantity/disjoint');
    expect(divergence?.evidence.map((e) => e.text)).toEqual(['1 hour and 47 minutes', '107 minutes', '1 hour and 52 minutes']);
    expect(divergence?.message).not.toContain('gives both');
  });
});
