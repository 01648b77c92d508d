import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import type { QuantityMention } from '../../src/model.js';
import { claimsOf } from '../stages/helpers.js';
import { agreements, byRule, check, divergences, evidenceOf } from './check.js';

/** Ages of people: invented texts about an arrest in Elmford, a ferry crew and a retired teacher. */

/** Every age a text gives, as [words, years, whose]: the person's name key, or the noun standing for them. */
function agesOf(text: string): [string, number, string][] {
  return claimsOf(text)
    .flatMap((c) => c.mentions)
    .filter((m): m is QuantityMention => m.type === 'quantity' && m.quantity.kind === 'age')
    .map((m) => [m.text, m.quantity.min, m.holder?.key ?? m.quantity.unitClass]);
}

describe('ages as reports write them', () => {
  it('reads an apposed age, a bracketed age, "aged", "who is" and "years old" after a name', () => {
    expect(agesOf('Orla Quint, 35, was held on Monday.')).toEqual([['35', 35, 'orla quint']]);
    expect(agesOf('Orla Quint (35) was held on Monday.')).toEqual([['35', 35, 'orla quint']]);
    expect(agesOf('Orla Quint, aged 41, was held on Monday.')).toEqual([['aged 41', 41, 'orla quint']]);
    expect(agesOf('Orla Quint, who is 35, was held on Monday.')).toEqual([['35', 35, 'orla quint']]);
    expect(agesOf('Orla Quint, 35 years old, was held on Monday.')).toEqual([['35 years old', 35, 'orla quint']]);
    expect(agesOf('Orla Quint, thirty-five, was held on Monday.')).toEqual([['thirty-five', 35, 'orla quint']]);
  });

  it('reads "35-year-old" before a name, after an apposed name and before a person noun', () => {
    expect(agesOf('35-year-old Orla Quint was held on Monday.')).toEqual([['35-year-old', 35, 'orla quint']]);
    expect(agesOf('Orla Quint, a 35-year-old nurse, was held on Monday.')).toEqual([['35-year-old', 35, 'orla quint']]);
    expect(agesOf('A 31-year-old Danish man was held on Monday.')).toEqual([['31-year-old', 31, 'age:man']]);
    expect(agesOf('The driver, 52, was unhurt.')).toEqual([['52', 52, 'age:driver']]);
  });

  it('reads an age at death after the person who died', () => {
    expect(agesOf('Bram Tull died at 82.')).toEqual([['died at 82', 82, 'bram tull']]);
    expect(agesOf('Bram Tull died at the age of 82 on Friday.')).toEqual([['at the age of 82', 82, 'bram tull']]);
    // Someone else's relative is known by the noun only; an hour is no age.
    expect(agesOf('Bram Tull said his mother died at 82.')).toEqual([['died at 82', 82, 'age:mother']]);
    expect(agesOf('Bram Tull died at 8:30 on Friday.')).toEqual([]);
  });

  it('pins "the 35-year-old" to the person of that age, or to the person just named', () => {
    expect(agesOf('Orla Quint, 35, was held. Police said the 35-year-old had fled.')).toEqual([['35', 35, 'orla quint'], ['35-year-old', 35, 'orla quint']]);
    expect(agesOf('Orla Quint was held on Monday. Police said the 35-year-old had fled.')).toEqual([['35-year-old', 35, 'orla quint']]);
    // The person just named has another age: the 41-year-old is someone else, and nobody the source names.
    expect(agesOf('Orla Quint, 35, was held on Monday. Police said the 41-year-old had fled.')).toEqual([['35', 35, 'orla quint']]);
  });

  it('never reads the age of a thing, a sentence or a law as a person\'s', () => {
    const text = 'A 10-year-old building collapsed. The 150-year-old bridge was shut. Orla Quint got a 20-year sentence. The 35-year-old law was repealed. A 12-year-old stone wall fell.';
    expect(agesOf(text)).toEqual([]);
    const report = check({ a: text, b: text.replace('10-year-old', '11-year-old').replace('150', '151').replace('20-year', '21-year').replace('35-year-old', '36-year-old') });
    expect(byRule(report, 'age/disjoint')).toEqual([]);
  });
});

describe('ages compared across sources', () => {
  it('finds a different age for the same person a divergence, with each source\'s words', () => {
    const report = check({
      a: 'Orla Quint, 35, was arrested in Elmford on Monday. Police said the 35-year-old had fled.',
      b: 'Orla Quint, 36, was arrested in Elmford on Monday. Police said she had fled.',
    });
    const found = byRule(report, 'age/disjoint');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.category).toBe('quantity');
    expect(found[0]?.fact).toBe('age of Orla Quint');
    // a says 35 twice ("35", "the 35-year-old"): one voice, cited once.
    expect(found[0]?.message).toBe('Sources disagree on the age of Orla Quint: "35" (a) vs "36" (b).');
    expect(evidenceOf(found[0])).toEqual(['a:35', 'b:36']);
    expect(found[0]?.evidence.map((e) => e.value)).toEqual(['35 years old', '36 years old']);
  });

  it('never says two claims "say the same thing" when only the age differs', () => {
    const report = check({ a: 'Orla Quint, 35, was arrested in Elmford on Monday.', b: 'Orla Quint, 36, was arrested in Elmford on Monday.' });
    expect(byRule(report, 'statement/same')).toEqual([]);
    expect(byRule(report, 'age/disjoint')).toHaveLength(1);
    // A year apart the ages are no contradiction, yet the two claims still do not say the same thing.
    const dated = checkSources([
      { id: 'a', text: 'Orla Quint, 35, was arrested in Elmford.', format: 'text', date: '2023-03-01' },
      { id: 'b', text: 'Orla Quint, 36, was arrested in Elmford.', format: 'text', date: '2024-04-01' },
    ]);
    expect(byRule(dated, 'age/disjoint')).toEqual([]);
    expect(byRule(dated, 'statement/same')).toEqual([]);
  });

  it('finds the same age an agreement on the age of that person, however it is written', () => {
    const report = check({ a: 'Orla Quint, aged 41, was charged in Elmford on Monday.', b: 'Police charged 41-year-old Orla Quint in Elmford on Monday.' });
    const agreed = byRule(report, 'age/same');
    expect(agreed).toHaveLength(1);
    expect(agreed[0]?.fact).toBe('age of Orla Quint');
    expect(evidenceOf(agreed[0])).toEqual(['a:aged 41', 'b:41-year-old']);
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
  });

  it('aligns a surname with the full name, and an age at death written two ways', () => {
    const report = check({ a: 'The retired teacher Bram Tull died at 82 on Friday.', b: 'Tull, who taught in Elmford, died at the age of 83. Bram Tull was a teacher.' });
    // "Tull" opens b's sentence and is learnt from the full name later in b.
    const found = byRule(report, 'age/disjoint');
    expect(evidenceOf(found[0])).toEqual(['a:died at 82', 'b:at the age of 83']);
  });

  it('never compares the ages of two people in one story', () => {
    const report = check({
      a: 'The victim, Orla Quint, 35, was stabbed. The suspect, Dara Quint, 41, was held.',
      b: 'Dara Quint, 41, was held after Orla Quint, 35, was stabbed in Elmford.',
    });
    expect(byRule(report, 'age/disjoint')).toEqual([]);
    expect(byRule(report, 'age/same').map((f) => f.fact).sort()).toEqual(['age of Dara Quint', 'age of Orla Quint']);
  });

  it('never sets a surname alone against the one of two namesakes it does not agree with', () => {
    const report = check({ a: 'Orla Quint, 35, and her brother Dara Quint, 41, were held.', b: 'Police said Quint, 41, was held. Dara Quint was charged.' });
    expect(byRule(report, 'age/disjoint')).toEqual([]);
  });

  it('compares ages of unnamed people only by the same noun', () => {
    const report = check({ a: 'A 31-year-old man was hurt in Elmford on Monday.', b: 'A 32-year-old man was hurt in Elmford on Monday. A 60-year-old woman was unhurt.' });
    const found = byRule(report, 'age/disjoint');
    expect(found.map((f) => f.fact)).toEqual(['age of the man']);
    expect(evidenceOf(found[0])).toEqual(['a:31-year-old', 'b:32-year-old']);
  });

  it('gives the age to the noun it is apposed to: "The pilot, a 47-year-old man," is the pilot', () => {
    expect(agesOf('The pilot, a 47-year-old man, was rescued.')).toEqual([['47-year-old', 47, 'age:pilot']]);
    const report = check({ a: 'The pilot, a 47-year-old man, was rescued on Monday.', b: 'The 49-year-old pilot was rescued on Monday.' });
    expect(byRule(report, 'age/disjoint').map((f) => f.fact)).toEqual(['age of the pilot']);
  });

  it('takes a year more in a report a year later for the same person growing older', () => {
    const texts = { a: 'Orla Quint, 35, runs the Elmford ferry.', b: 'Orla Quint, 36, runs the Elmford ferry.' };
    const dated = (da: string, db: string) => checkSources([{ id: 'a', text: texts.a, format: 'text', date: da }, { id: 'b', text: texts.b, format: 'text', date: db }]);
    expect(byRule(dated('2023-03-01', '2024-04-01'), 'age/disjoint')).toEqual([]);
    // A week apart, or younger in the later report: the ages disagree.
    expect(byRule(dated('2024-03-01', '2024-03-08'), 'age/disjoint')).toHaveLength(1);
    expect(byRule(dated('2024-04-01', '2023-03-01'), 'age/disjoint')).toHaveLength(1);
  });

  it('reports the same bytes whatever order the sources come in', () => {
    const a = { id: 'a', text: 'Orla Quint, 35, was held. The driver, 52, was unhurt.', format: 'text' as const };
    const b = { id: 'b', text: 'Orla Quint (36) was held. The driver, 52, was unhurt.', format: 'text' as const };
    const c = { id: 'c', text: 'Police held 35-year-old Orla Quint.', format: 'text' as const };
    expect(JSON.stringify(checkSources([a, b, c]))).toBe(JSON.stringify(checkSources([c, b, a])));
    expect(agreements(checkSources([a, b, c])).some((f) => f.rule === 'age/same' && f.fact === 'age of the driver')).toBe(true);
  });
});
