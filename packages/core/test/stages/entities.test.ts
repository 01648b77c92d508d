import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/model.js';
import { entitiesOf } from './helpers.js';

const all = (text: string): EntityMention[] => entitiesOf(text).flat();
const brief = (m: EntityMention) => ({ kind: m.kind, name: m.name, key: m.key });

describe('extract/entities: people', () => {
  it('reads "UK Foreign Secretary Jane Doe said ..." as the person Jane Doe with her role', () => {
    const text = 'UK Foreign Secretary Jane Doe said the plan was sound.';
    const people = all(text).filter((m) => m.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Jane Doe', key: 'jane doe', role: 'UK Foreign Secretary', text: 'UK Foreign Secretary Jane Doe' });
    expect(text.slice(people[0]?.start, people[0]?.end)).toBe('UK Foreign Secretary Jane Doe');
  });

  it('keeps a middle initial inside the name: "Attorney General Merrick B. Garland"', () => {
    const people = all('The case was announced by Attorney General Merrick B. Garland on Monday.').filter((m) => m.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Merrick B. Garland', role: 'Attorney General' });
    expect(people[0]?.words).toEqual(['merrick', 'garland']);
  });

  it('reads "Anna Berg and Tom Lund" as two people', () => {
    expect(all('Police arrested Anna Berg and Tom Lund in the morning.').map(brief)).toEqual([
      { kind: 'person', name: 'Anna Berg', key: 'anna berg' },
      { kind: 'person', name: 'Tom Lund', key: 'tom lund' },
    ]);
  });

  it('reads surnames alone as people once the text has named them in full', () => {
    const [, second] = entitiesOf('Police arrested Anna Berg and Tom Lund in the morning. Berg and Lund were charged on Friday.');
    expect(second?.map(brief)).toEqual([
      { kind: 'person', name: 'Berg', key: 'berg' },
      { kind: 'person', name: 'Lund', key: 'lund' },
    ]);
  });

  it('reads a surname after an honorific as a person', () => {
    expect(all('Police later released Mr Smith.').map(brief)).toEqual([{ kind: 'person', name: 'Smith', key: 'smith' }]);
  });

  it('does not take a capitalised common noun at the start of a sentence for a name', () => {
    expect(all('Hackers penetrated the systems.')).toEqual([]);
    expect(all('Firefighters rescued twelve people. Investigators blamed a faulty heater.')).toEqual([]);
  });

  it('does not read "Five Eyes" as a person', () => {
    const mentions = all('Support from allies in the Five Eyes partnership, including Canada and Australia, was crucial.');
    expect(mentions.filter((m) => m.kind === 'person')).toEqual([]);
    expect(mentions.filter((m) => m.kind === 'place').map((m) => m.key)).toEqual(['canada', 'australia']);
  });

  it('leaves Markdown emphasis out of a name', () => {
    const [person] = all('Police arrested Anna **Berg** on Monday.');
    expect(person?.name).toBe('Anna Berg');
  });
});

describe('extract/entities: organisations', () => {
  it('learns an abbreviation from "the Harbour Safety Authority (HSA)" and maps later "HSA" to the same key', () => {
    const [first, second] = entitiesOf('The inquiry was led by the Harbour Safety Authority (HSA). Later the HSA published its findings.');
    expect(first).toHaveLength(1);
    expect(first?.[0]).toMatchObject({ kind: 'organization', name: 'Harbour Safety Authority', key: 'harbour safety authority', abbreviation: 'HSA' });
    expect(second).toHaveLength(1);
    expect(second?.[0]).toMatchObject({ kind: 'organization', name: 'HSA', key: 'harbour safety authority' });
  });

  it('reads "Acme Science and Technology Company Ltd" as one organisation, not split at "and"', () => {
    const mentions = all('The ministry sanctioned Acme Science and Technology Company Ltd for the attacks.');
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ kind: 'organization', name: 'Acme Science and Technology Company Ltd' });
    expect(mentions[0]?.legalForm).toBeDefined();
  });

  // Every suffix word is kept, canonical: "Company Ltd" and "Company Limited" are one legal form, "Corporation" another.
  it('gives "... Company Ltd" the canonical legal form "company limited", the same as "Company Limited"', () => {
    const [ltd] = all('The ministry sanctioned Acme Science and Technology Company Ltd for the attacks.');
    const [limited] = all('The ministry sanctioned Acme Science and Technology Company Limited for the attacks.');
    const [corporation] = all('The ministry sanctioned Acme Science and Technology Corporation for the attacks.');
    expect(ltd?.legalForm).toBe('company limited');
    expect(limited?.legalForm).toBe(ltd?.legalForm);
    expect(corporation?.legalForm).toBe('corporation');
  });

  it('keeps the Chinese and the British foreign ministries apart', () => {
    const [chinese, british] = entitiesOf('The Chinese Foreign Ministry rejected the claim. The British Foreign Ministry summoned the envoy.').map((s) => s[0]);
    expect(chinese?.kind).toBe('organization');
    expect(british?.kind).toBe('organization');
    expect(chinese?.key).not.toBe(british?.key);
    expect(chinese?.key).toContain('china');
    expect(british?.key).toContain('united kingdom');
  });
});

describe('extract/entities: places', () => {
  it('gives "Paris", "French" and "France" the place key "france"', () => {
    const mentions = all('Officials in Paris said French investigators had briefed France about the fire.');
    expect(mentions.map((m) => [m.name, m.kind, m.key])).toEqual([
      ['Paris', 'place', 'france'],
      ['French', 'place', 'france'],
      ['France', 'place', 'france'],
    ]);
  });

  it('gives "UK", "U.K.", "Britain" and "London" the key "united kingdom"', () => {
    const mentions = all('The UK acted. The U.K. agreed. Britain said so. London denied it.');
    expect(mentions.map((m) => m.key)).toEqual(['united kingdom', 'united kingdom', 'united kingdom', 'united kingdom']);
    expect(mentions.every((m) => m.kind === 'place')).toBe(true);
  });
});

describe('extract/entities: typography that names no one', () => {
  it('a capitalised dateline is a place, never a person or an organisation', () => {
    const cases: [string, string[]][] = [
      ['NORTH CHARLESTON, S.C. — The Coast Guard opened the hearing on Monday.', ['NORTH CHARLESTON', 'S.C.']],
      ['PORT TALBOT, Wales — Steel workers walked out on Monday.', ['PORT TALBOT', 'Wales']],
      ['SANTA ROSA, Calif. – Firefighters said 12 homes burned.', ['SANTA ROSA', 'Calif']],
      ['GRAND FORKS — The river crested overnight, officials said.', ['GRAND FORKS']],
    ];
    for (const [text, places] of cases) {
      const found = all(text).filter((m) => places.includes(m.text));
      expect(found.map((m) => m.kind), text).toEqual(places.map(() => 'place'));
    }
    // The region's abbreviation is the region.
    expect(all('NORTH CHARLESTON, S.C. — The hearing opened.').find((m) => m.text === 'S.C.')?.key).toBe('united states/south carolina');
  });

  it('state abbreviations after a city are places: "Calif.", "N.Y.", "Tex.", not organisations', () => {
    const found = all('The family moved from Fresno, Calif., to Utica, N.Y., and then to Waco, Tex., in 2019.');
    expect(found.map(brief)).toEqual([
      { kind: 'place', name: 'Fresno', key: 'fresno' },
      { kind: 'place', name: 'Calif', key: 'united states/california' },
      { kind: 'place', name: 'Utica', key: 'utica' },
      { kind: 'place', name: 'N.Y.', key: 'united states/new york state' },
      { kind: 'place', name: 'Waco', key: 'waco' },
      { kind: 'place', name: 'Tex', key: 'united states/texas' },
    ]);
    // Without the comma after a place the word is what it is: "Miss Lund" is a person's title.
    expect(all('Her teacher, Miss Hanna Lund, said the class had left.').some((m) => m.kind === 'place')).toBe(false);
  });

  it('a city named with its region or country is a place, unless the name is given to someone', () => {
    expect(all('The hearing opened in North Charleston, South Carolina, on Monday.').map(brief)).toEqual([
      { kind: 'place', name: 'North Charleston', key: 'north charleston' },
      { kind: 'place', name: 'South Carolina', key: 'united states/south carolina' },
    ]);
    expect(all('Ana Kell, France’s envoy, said talks would resume.').find((m) => m.name === 'Ana Kell')?.kind).toBe('person');
  });

  it('"RSVP" and other abbreviations in capitals are no organisations', () => {
    expect(all('Reporters who wish to attend must RSVP by Friday to the press office.')).toEqual([]);
    expect(all('Guests should RSVP to Ana Kell ASAP.').map(brief)).toEqual([{ kind: 'person', name: 'Ana Kell', key: 'ana kell' }]);
    // A real acronym is still an organisation.
    expect(all('The NTSB said the crew had landed safely.').map((m) => m.kind)).toEqual(['organization']);
  });
});
