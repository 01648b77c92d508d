import { describe, expect, it } from 'vitest';
import { quantitiesOf } from '../stages/helpers.js';
import { agreements, check, divergences, evidenceOf } from './check.js';

/** Measures with units: invented texts about a ferry, a storm and a spill. */
describe('measures with units', () => {
  it('reads units written apart, glued, hyphenated and in two words, in the base unit of their dimension', () => {
    const q = quantitiesOf('The 210-metre ferry sailed 80 miles north. Winds reached 120 km/h. The tanker lost 13 metric tons of oil and 5,000 gallons of fuel. It was 77 °F.');
    const read = q.map((m) => [m.text, m.quantity.kind, m.quantity.unit, m.quantity.min, m.quantity.statedUnit]);
    expect(read).toEqual([
      ['210-metre', 'measure', 'km', 0.21, 'metre'],
      ['80 miles', 'measure', 'km', 128.74752, 'mile'],
      ['120 km/h', 'measure', 'km/h', 120, 'km/h'],
      ['13 metric tons', 'measure', 'kg', 13000, 'tonne'],
      ['5,000 gallons', 'measure', 'litres', 18927.05892, 'gallon'],
      ['77 °F', 'measure', '°C', 25, 'degree Fahrenheit'],
    ]);
  });

  it('keys a measure by what it measures: the noun after a hyphenated unit, a direction and its landmark, the thing weighed', () => {
    const q = quantitiesOf('A 690-foot vessel ran aground 300 metres off the coast, 40 miles north of Port Elm, spilling 20 tons of diesel.');
    expect(q.map((m) => m.quantity.unitClass)).toEqual(['measure:length:vehicle', 'measure:length:off:coast', 'measure:length:north:elm', 'measure:mass:diesel']);
  });

  it('agrees within rounding when the units differ: a 210-metre ship is a 690-foot vessel', () => {
    const report = check({ a: 'The 210-metre ship left Orrin harbour on Monday.', b: 'The 690-foot vessel left Orrin harbour on Monday.' });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
    expect(agreements(report).some((f) => f.category === 'quantity' && evidenceOf(f).join('|') === 'a:210-metre|b:690-foot')).toBe(true);
  });

  it('finds the same number in two units a divergence: 80 miles is not 80 kilometres', () => {
    const report = check({
      a: 'The second tremor struck about 80 miles further north, officials said.',
      b: 'The second tremor was centred about 80 kilometres north, the survey said.',
    });
    const found = divergences(report).filter((f) => f.category === 'quantity');
    expect(found).toHaveLength(1);
    expect(evidenceOf(found[0])).toEqual(['a:about 80 miles', 'b:about 80 kilometres']);
    expect(found[0]?.fact).toBe('distance north');
  });

  it('never compares distances in different directions, or a distance with a length', () => {
    const report = check({
      a: 'The epicentre was 30 kilometres west of Dalby. The 200-metre bridge collapsed.',
      b: 'The epicentre was 30 kilometres south of Dalby. A 90-metre bridge collapsed.',
    });
    const facts = divergences(report).filter((f) => f.category === 'quantity').map((f) => f.fact);
    expect(facts).toEqual(['length of the bridge']);
  });

  it('keeps money in its currency: EUR 12 million and GBP 10 million are never compared as numbers', () => {
    const report = check({ a: 'The Halvik fund paid EUR 12 million to the port.', b: 'The Halvik fund paid GBP 10 million to the port.' });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
    const q = quantitiesOf('The Halvik fund paid EUR 12 million and GBP 10 million.');
    expect(q.map((m) => [m.text, m.quantity.unitClass])).toEqual([['EUR 12 million', 'money:EUR'], ['GBP 10 million', 'money:GBP']]);
  });
});

describe('counts an editor would count', () => {
  it('reads partitives and compound vague figures: "dozens of helicopters", "tens of thousands of people"', () => {
    const q = quantitiesOf('Crews used dozens of helicopters. Tens of thousands of people fled. More than 900 Guardsmen helped.');
    expect(q.map((m) => [m.text, m.quantity.unit, m.quantity.min, m.quantity.max])).toEqual([
      ['dozens of helicopters', 'helicopter', 24, 99],
      ['Tens of thousands of people', 'people', 20000, 99999],
      ['More than 900 Guardsmen', 'guardsman', 901, null],
    ]);
  });

  it('never reads "nine hours later" as a duration, nor "One survivor said" as a count', () => {
    const q = quantitiesOf('A second tremor struck nine hours later. One survivor said the roof fell.');
    expect(q.map((m) => [m.text, m.quantity.unitClass])).toEqual([['nine hours later', 'offset:hour:later']]);
  });

  it('keeps a named body between the figure and the noun as the scope of the count', () => {
    const q = quantitiesOf('The agency sent 450 Corps personnel and 200 personnel from the state.');
    expect(q.map((m) => m.quantity.unitClass)).toEqual(['personnel:corps', 'personnel']);
  });
});

describe('figures that are two facts, not a contradiction', () => {
  it('does not set two figures against each other when two sources each give both', () => {
    const report = check({
      a: 'A magnitude 6.8 quake hit Varna province, and a magnitude 5.9 quake followed.',
      b: 'The magnitude 6.8 quake was followed by a magnitude 5.9 shock.',
      c: 'A magnitude 6.8 earthquake struck Varna province.',
    });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
  });

  it('does not read one article giving several figures for one noun as contradicting itself', () => {
    const report = check({
      a: 'Flooding closed 13 schools in the north. Later, 25 schools in the south shut too.',
      b: 'The Orrin river burst its banks on Monday.',
    });
    expect(divergences(report)).toEqual([]);
  });

  it('takes a further sum that only one source gives as its own fact when it hangs on another verb', () => {
    const report = check({
      a: 'The Halvik fund pledged $85 million. It later announced another $100 million.',
      b: 'The fund pledged $85 million and announced another $100 million, and plans to spend $50 million on roads.',
    });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
  });

  it('still reports the source that gives two counts on the same verb against the others', () => {
    const report = check({
      a: 'Regulators sanctioned a shell company over the Kelby spill.',
      b: 'Regulators sanctioned a company over the Kelby spill.',
      c: 'Regulators sanctioned an entity over the Kelby spill. In all, regulators sanctioned several companies.',
    });
    const [found] = divergences(report).filter((f) => f.category === 'quantity');
    expect(found?.message).toContain('c gives both');
  });

  it('never compares "today" in two releases of different days', () => {
    const report = check(
      { a: 'Today the agency declared an emergency for Orrin county.', b: 'Today the agency declared an emergency for Dalby county.' },
      { a: '2024-09-27', b: '2024-09-30' },
    );
    expect(divergences(report).filter((f) => f.category === 'date')).toEqual([]);
  });
});

describe('vague figures', () => {
  it('reads plural round numbers as stopping below the next order, and "a million" as a million', () => {
    const q = quantitiesOf('Dozens of aftershocks followed. Thousands of homes fell. About a million people fled.');
    expect(q.map((m) => [m.quantity.min, m.quantity.max])).toEqual([[24, 99], [2000, 9999], [900000, 1100000]]);
  });

  it('finds "dozens of aftershocks" and "312 aftershocks" different figures, whatever the verbs', () => {
    const report = check({ a: 'The quake was followed by dozens of aftershocks near Varna.', b: 'So far, 312 aftershocks have occurred near Varna.' });
    expect(divergences(report).filter((f) => f.category === 'quantity').map((f) => f.rule)).toEqual(['quantity/disjoint']);
  });
});

describe('one fact per finding: tolls and their scope', () => {
  it('reads a death toll written with a bare figure as a count of the dead, and sets two tolls against each other', () => {
    const report = check({
      a: 'The death toll from the Varna floods had risen to at least 1,200 on Tuesday.',
      b: 'The floods in Varna have killed more than 3,000 people.',
    });
    const [found] = divergences(report).filter((f) => f.category === 'quantity');
    expect(evidenceOf(found)).toEqual(['a:at least 1,200', 'b:more than 3,000 people']);
  });

  it('never compares a toll in one country with a toll in another', () => {
    const report = check({
      a: 'At least 2,000 people were killed in Chile, officials said.',
      b: 'In Peru, 300 people were killed, the ministry said.',
    });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
  });

  it('agrees on each of two figures that two sources each give, apart', () => {
    const report = check({
      a: 'A magnitude 6.8 quake hit Varna, and a magnitude 5.9 quake followed.',
      b: 'The magnitude 6.8 quake was followed by a magnitude 5.9 shock.',
    });
    const found = agreements(report).filter((f) => f.category === 'quantity');
    expect(found.map((f) => evidenceOf(f).join('|')).sort()).toEqual(['a:5.9|b:5.9', 'a:6.8|b:6.8']);
  });
});

describe('dates of an event named by a noun', () => {
  it('agrees on "the March 4 collapse" and "the March 4, 2025, collapse", and never lumps other dates with them', () => {
    const report = check(
      { a: 'Inspectors returned to the March 4 collapse site on Friday.', b: 'The March 4, 2025, collapse closed the Orrin bridge. A hearing is set for May 20, 2025.' },
      { a: '2025-03-10', b: '2025-03-11' },
    );
    const dates = report.findings.filter((f) => f.category === 'date');
    expect(dates.filter((f) => f.kind === 'divergence')).toEqual([]);
    expect(dates.some((f) => f.kind === 'agreement' && evidenceOf(f).join('|') === 'a:March 4|b:March 4, 2025')).toBe(true);
  });
});

describe('deaths however the verb runs', () => {
  it('agrees on "three crew lost their lives", "all three crew were declared dead" and "killing three people"', () => {
    const report = check({
      a: 'Officials mourned the three crew members who lost their lives off Brela.',
      b: 'Rescuers found the boat, and all three crew members were declared dead.',
      c: 'The storm sank the boat off Brela, killing three people.',
    });
    const found = agreements(report).filter((f) => f.category === 'quantity');
    expect(found.some((f) => new Set(f.evidence.map((e) => e.sourceId)).size === 3)).toBe(true);
  });
});
