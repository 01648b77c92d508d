import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { findCopies } from '../../src/copies/index.js';
import { extract } from '../stages/helpers.js';
import { ReportSchema } from '../../src/report/schema.js';

const WIRE = [
  'Twelve people were injured on Monday when a fire broke out at a fireworks depot on the outskirts of Castelnou, regional police said.',
  'The blaze started shortly after noon in a storage shed and spread to two neighbouring warehouses before firefighters brought it under control in the evening.',
  'Police said the depot belonged to Pirotecnia Rius, a family firm that supplies displays for village festivals across the province.',
  'Three of the injured were workers at the depot and were taken to hospital in Girona with burns.',
  'The regional interior minister, Marta Soler, visited the site and promised a full inquiry into how the shed was licensed.',
].join(' ');

/** The same wire, as a website runs it: a heading, a sentence dropped, a few words changed. */
const EDITED = [
  'Fireworks depot fire injures twelve\n',
  'Twelve people were injured on Monday when a fire broke out at a fireworks depot on the outskirts of Castelnou, police said.',
  'The blaze started shortly after midday in a storage shed and spread to two neighbouring warehouses before firefighters brought it under control by the evening.',
  'Three of the injured were workers at the depot and were taken to a hospital in Girona with burns.',
  'Regional interior minister Marta Soler visited the site and promised a full inquiry into how the shed was licensed.',
].join(' ');

/** The same wire reworded by a machine: synonyms swapped, the order of sentences kept. */
const REWORDED = [
  'Twelve people were hurt on Monday when a fire broke out at a fireworks depot on the edge of Castelnou, regional police said.',
  'The blaze began shortly after noon in a storage shed and spread to two nearby warehouses before firefighters got it under control in the evening.',
  'Police said the depot was owned by Pirotecnia Rius, a family company that supplies displays for village festivals across the province.',
  'Three of the injured were depot workers and were taken to hospital in Girona with burns.',
  'The regional interior minister, Marta Soler, visited the site and pledged a full inquiry into how the shed was licensed.',
].join(' ');

/** An independent report of the same fire, by another reporter. */
const OWN = [
  'A dozen people needed treatment after flames tore through a fireworks store near Castelnou on Monday afternoon.',
  'Twelve people were injured, according to the police, and emergency crews spent hours keeping the fire away from houses nearby.',
  'Neighbours described a series of loud bangs and a column of grey smoke visible from the motorway.',
  'Marta Soler, who is responsible for the interior in the regional government, said the licensing of the site would be examined.',
].join(' ');

describe('copies: families of one text', () => {
  it('finds identical, edited and reworded copies, and not the independent report', () => {
    const sources = [extract(WIRE, 'a-wire'), extract(WIRE, 'b-site'), extract(EDITED, 'c-edited'), extract(REWORDED, 'd-reworded'), extract(OWN, 'e-own')];
    const families = findCopies(sources);
    expect(families.map((f) => f.sources)).toEqual([['a-wire', 'b-site', 'c-edited', 'd-reworded']]);
    expect(families[0]?.id).toBe('K1');
    expect(families[0]?.similarity).toBeGreaterThanOrEqual(0.3);
    expect(families[0]?.similarity).toBeLessThan(1);
  });

  it('three copies of one text plus one independent report are 2 independent sources', () => {
    const report = checkSources([
      { id: '001', text: WIRE },
      { id: '002', text: EDITED },
      { id: '003', text: REWORDED },
      { id: '004', text: OWN },
    ]);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.copies).toEqual([{ id: 'K1', sources: ['001', '002', '003'], similarity: expect.any(Number) }]);
    expect(report.sources.map((s) => s.family)).toEqual(['K1', 'K1', 'K1', undefined]);
    // Every source names the minister: four sources, two texts.
    const soler = report.findings.find((f) => f.kind === 'agreement' && f.rule === 'name/same' && f.message.includes('Marta Soler'));
    expect(soler?.support).toEqual({ sources: 4, independent: 2, copies: [['001', '002', '003']] });
    expect(soler?.message).toContain('(4 sources, 2 independent: 001, 002 and 003 are copies of one text.)');
    // What only the copies say has one independent source behind it, however many sources print it.
    const onlyCopies = report.findings.filter((f) => f.kind === 'agreement' && !f.evidence.some((e) => e.sourceId === '004'));
    expect(onlyCopies.length).toBeGreaterThan(0);
    for (const f of onlyCopies) expect(f.support?.independent).toBe(1);
  });

  it('a divergence between two copies is flagged as an editing change', () => {
    const report = checkSources([
      { id: 'wire', text: WIRE },
      { id: 'site', text: WIRE.replace('Twelve people were injured', 'Fourteen people were injured') },
      { id: 'own', text: OWN },
    ]);
    const divergence = report.findings.find((f) => f.rule === 'quantity/disjoint');
    expect(divergence?.editing).toEqual(['site', 'wire']);
    expect(divergence?.message).toContain('site and wire are copies of one text: this difference is an editing change.');
  });

  it('independent reports get no family, and agreements say nothing about copies', () => {
    const report = checkSources([
      { id: 'x', text: WIRE },
      { id: 'y', text: OWN },
    ]);
    expect(report.copies).toBeUndefined();
    const agreements = report.findings.filter((f) => f.kind === 'agreement');
    expect(agreements.length).toBeGreaterThan(0);
    for (const f of agreements) {
      expect(f.support).toBeUndefined();
      expect(f.message).not.toContain('copies');
    }
  });
});
