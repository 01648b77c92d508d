import { describe, expect, it } from 'vitest';
import { quantitiesOf } from '../stages/helpers.js';
import { agreements, check, divergences, evidenceOf } from './check.js';

/**
 * Figures that say their own question: rate changes in fractions of a point, vote splits, trial phases,
 * p-values, efficacies, spans of years, counts behind pre-modifiers. Invented texts about a fictional central
 * bank, court, drug maker, band and museum.
 */
const figureDivergences = (texts: Record<string, string>) => divergences(check(texts)).filter((f) => f.category === 'quantity' || f.category === 'date');
const figureAgreements = (texts: Record<string, string>) => agreements(check(texts)).filter((f) => f.category === 'quantity' || f.category === 'date');
const summary = (fs: { fact: string; evidence: { sourceId: string; text: string }[] }[]) => fs.map((f) => [f.fact, evidenceOf(f as never).join('|')]);

describe('basis points are hundredths of a percentage point', () => {
  it('reads "25 basis points", "25bp", "a half-point cut", "half a percentage point" as changes in points', () => {
    const q = quantitiesOf('The Ostmark central bank cut interest rates by 25 basis points. Traders had bet on 25bp. Some wanted a half-point cut in rates. Others wanted half a percentage point.');
    expect(q.map((m) => [m.text, m.quantity.kind, m.quantity.min, m.quantity.unitClass])).toEqual([
      ['25 basis points', 'percent', 0.25, 'points:rate'],
      ['25bp', 'percent', 0.25, 'points'],
      ['a half-point', 'percent', 0.5, 'points:rate'],
      ['half a percentage point', 'percent', 0.5, 'points'],
    ]);
  });

  it('finds 25 basis points against a half-point cut a divergence on the rate change', () => {
    const found = figureDivergences({
      a: 'The Ostmark central bank cut interest rates by 25 basis points on Thursday.',
      b: 'The Ostmark central bank announced a half-point cut in interest rates on Thursday.',
      c: 'On Thursday the Ostmark central bank lowered its key rate by half a percentage point.',
    });
    expect(summary(found)).toEqual([['change in the rate (percentage points)', 'a:25 basis points|b:a half-point|c:half a percentage point']]);
    expect(found[0]?.severity).toBe('error');
  });

  it('finds "25 bp" and "a quarter point" the same change', () => {
    const found = figureAgreements({ a: 'The Ostmark central bank cut rates by 25 bp on Thursday.', b: 'The Ostmark central bank delivered a quarter-point cut in rates on Thursday.' });
    expect(summary(found.filter((f) => f.fact.startsWith('change')))).toEqual([['change in the rate (percentage points)', 'a:25 bp|b:a quarter-point']]);
  });

  it('keeps the rate’s new level apart from its change, and keyed by the rate', () => {
    const found = figureDivergences({ a: 'The bank raised its key rate by a quarter point to 5.25%.', b: 'The bank raised its key rate by 50 basis points to 5.5%.' });
    expect(summary(found).sort()).toEqual([
      ['change in the rate (percentage points)', 'a:a quarter point|b:50 basis points'],
      ['rate', 'a:5.25%|b:5.5%'],
    ]);
  });
});

describe('vote splits', () => {
  const court = 'The Valdoran constitutional court voted 7-2 to strike down the grazing law.';

  it('reads "voted 7-2", "by a 6-3 vote", "seven votes to two", "9 in favour and 3 against" and "unanimously" as splits', () => {
    const q = quantitiesOf('The court voted 7-2 to strike down the law. It passed by a 6-3 vote. The board backed it by seven votes to two. The council approved the plan with 9 in favour and 3 against. The panel unanimously rejected the appeal.');
    expect(q.map((m) => [m.text, m.quantity.kind, m.quantity.majority, m.quantity.min, m.quantity.unitClass])).toEqual([
      ['7-2', 'split', 7, 2, 'split:law'],
      ['6-3', 'split', 6, 3, 'split'],
      ['seven votes to two', 'split', 7, 2, 'split'],
      ['9 in favour and 3 against', 'split', 9, 3, 'split:plan'],
      ['unanimously', 'split', undefined, 0, 'split:appeal'],
    ]);
  });

  it('finds 7-2 against 6-3, and 7-2 against a unanimous ruling, divergences on one vote', () => {
    expect(summary(figureDivergences({ a: court, b: 'The court struck down the grazing law by a 6-3 vote.' }))).toEqual([['vote split on the law', 'a:7-2|b:6-3']]);
    const unanimous = figureDivergences({ a: court, b: 'The court unanimously struck down the grazing law.' });
    expect(summary(unanimous)).toEqual([['vote split on the law', 'a:7-2|b:unanimously']]);
    expect(unanimous[0]?.severity).toBe('error');
  });

  it('finds "7-2" and "seven to two" the same split, and "unanimously" consistent with "9-0"', () => {
    expect(summary(figureAgreements({ a: court, b: 'The justices voted seven to two to strike down the grazing law.' }))).toEqual([['vote split on the law', 'a:7-2|b:seven to two']]);
    const found = check({ a: 'The court unanimously struck down the grazing law.', b: 'The court struck down the grazing law 9-0.' });
    expect(divergences(found)).toEqual([]);
    expect(agreements(found).map((f) => f.rule)).toContain('quantity/precision');
  });

  it('never reads a score, a season or a range of days as a split, nor a split as a date', () => {
    expect(quantitiesOf('Arsenal beat Leeds 3-1 on Saturday. She scored in the 2021-22 season. The fair runs 3-5 May.').filter((m) => m.quantity.kind === 'split')).toEqual([]);
    const report = check({ a: 'The court voted 5-4 on 3 May to uphold the ban.', b: 'The court voted 6-3 on 3 May to uphold the ban.' });
    expect(divergences(report).map((f) => [f.category, f.fact])).toEqual([['quantity', 'vote split on the ban']]);
  });

  it('never sets a vote of one chamber against a vote of another of a very different size', () => {
    const found = figureDivergences({ a: 'The bill passed the lower house 220-212 on Friday.', b: 'The Senate approved the bill 52-48 on Friday.', c: 'The Senate approved the bill 51-49 on Friday.' });
    expect(summary(found)).toEqual([['vote split on the bill', 'b:52-48|c:51-49']]);
  });
});

describe('trial phases', () => {
  it('reads "Phase 3 trial", "phase III study", "Phase 2/3", "late-stage trial"; never a truce’s phase or a disease’s stage', () => {
    const q = quantitiesOf('A Phase 3 trial began. A phase III study ended. A Phase 2/3 trial is planned. A late-stage trial failed. Phase two of the truce began. The drug treats late-stage lung cancer.');
    expect(q.map((m) => [m.text, m.quantity.unitClass, m.quantity.min, m.quantity.max])).toEqual([
      ['Phase 3', 'measure:trial phase', 3, 3],
      ['phase III', 'measure:trial phase', 3, 3],
      ['Phase 2/3', 'measure:trial phase', 2, 3],
      ['late-stage', 'measure:trial phase', 3, 3],
    ]);
  });

  it('finds a Phase 3 trial against a Phase 2 trial, and a late-stage one against phase II, divergences', () => {
    const phase2 = 'Brevan Labs said the phase 2 trial of its migraine pill met its main goal.';
    expect(summary(figureDivergences({ a: 'Brevan Labs said the Phase 3 trial of its migraine pill met its main goal.', b: phase2 }))).toEqual([['trial phase', 'a:Phase 3|b:phase 2']]);
    expect(summary(figureDivergences({ a: 'Brevan Labs said the late-stage trial of its migraine pill met its main goal.', b: 'Brevan Labs said the phase II trial of its migraine pill met its main goal.' }))).toEqual([['trial phase', 'a:late-stage|b:phase II']]);
  });
});

describe('p-values and efficacies', () => {
  const trial = (p: string) => `Patients on the migraine pill had fewer attacks than those on placebo (${p}), the authors wrote.`;

  it('finds p=0.03 consistent with p<0.05 and divergent from p=0.3', () => {
    expect(figureDivergences({ a: trial('p=0.03'), b: trial('p<0.05') })).toEqual([]);
    expect(summary(figureAgreements({ a: trial('p=0.03'), b: trial('p<0.05') }))).toEqual([['p-value', 'a:p=0.03|b:p<0.05']]);
    expect(summary(figureDivergences({ a: trial('p=0.03'), b: trial('p = 0.3') }))).toEqual([['p-value', 'a:p=0.03|b:p = 0.3']]);
  });

  it('asks one question of "X% effective", "prevented X% of cases" and "reduced the risk by X%"', () => {
    const found = figureAgreements({
      a: 'The nasal flu spray was 62% effective, the study found.',
      b: 'The nasal flu spray prevented 62% of cases, the study found.',
      c: 'The nasal flu spray reduced the risk by 62%, the study found.',
    });
    expect(summary(found)).toEqual([['efficacy', 'a:62%|b:62%|c:62%']]);
  });

  it('keeps efficacy against any illness apart from efficacy against severe illness', () => {
    const texts = {
      a: 'The nasal flu spray was 58% effective against any illness and 71% effective against severe illness.',
      b: 'The spray was 71% effective against severe disease, the study found.',
      c: 'The spray was 64% effective against illness, the study found.',
    };
    expect(summary(figureDivergences(texts))).toEqual([['efficacy against illness', 'a:58%|c:64%']]);
    expect(summary(figureAgreements(texts))).toEqual([['efficacy against severe illness', 'a:71%|b:71%']]);
  });
});

describe('figures of different things stay apart', () => {
  it('never lumps a rate’s peak with inflation’s peak', () => {
    const texts = { a: 'The Ostmark bank’s rate peaked at 5.00% in 2023, when inflation peaked at 9%.', b: 'Inflation peaked at 9% and the Ostmark bank’s rate peaked at 5.25%.' };
    expect(summary(figureDivergences(texts))).toEqual([['rate', 'a:5.00%|b:5.25%']]);
    expect(summary(figureAgreements(texts))).toEqual([['inflation', 'a:9%|b:9%']]);
  });
});

describe('spans of years', () => {
  it('finds "from 1976 to 1989" against "between 1974 and 1991" a divergence on the years spanned', () => {
    expect(summary(figureDivergences({ a: 'The folk band was active from 1976 to 1989.', b: 'The folk band was active between 1974 and 1991.' }))).toEqual([['years active', 'a:from 1976 to 1989|b:between 1974 and 1991']]);
  });

  it('attaches "(1974–91)" and "1976-1989" to the name they follow', () => {
    expect(summary(figureDivergences({ a: 'Velvet Harbour (1974–91) released six albums.', b: 'Velvet Harbour were active 1976-1989 and toured Japan.' }))).toEqual([['years active', 'a:1974–91|b:1976-1989']]);
    expect(summary(figureDivergences({ a: 'Mayor Ann Kerr (1974–91) died on Monday.', b: 'Kerr, who served as mayor from 1976 to 1989, died on Monday.' }))).toEqual([['years as mayor', 'a:1974–91|b:from 1976 to 1989']]);
  });

  it('never sets the years of one office against another’s', () => {
    const found = figureDivergences({ a: 'Ann Kerr was chief executive of Orlin from 2001 to 2008.', b: 'Ann Kerr was chairman of Orlin between 2008 and 2015.', c: 'Ann Kerr was chairman of Orlin from 2009 to 2015.' });
    expect(summary(found)).toEqual([['years as chairman', 'b:between 2008 and 2015|c:from 2009 to 2015']]);
  });
});

describe('a count before pre-modifiers', () => {
  it('counts the head noun past "17th-century", "40-tonne" and "newly built"', () => {
    const q = quantitiesOf('Thieves took five 17th-century Flemish paintings. Police stopped three 40-tonne trucks. The council sold 12 newly built homes.');
    expect(q.filter((m) => m.quantity.kind === 'count').map((m) => [m.text, m.quantity.min, m.quantity.unit])).toEqual([
      ['five 17th-century Flemish paintings', 5, 'flemish painting'],
      ['three 40-tonne trucks', 3, 'truck'],
      ['12 newly built homes', 12, 'home'],
    ]);
    // The weight is still read, as its own figure.
    expect(q.some((m) => m.text === '40-tonne' && m.quantity.kind === 'measure')).toBe(true);
  });

  it('finds five paintings against four a divergence', () => {
    const found = figureDivergences({ a: 'Thieves stole five 17th-century Flemish paintings from the Lindqvist gallery.', b: 'Thieves stole four 17th-century Flemish paintings from the Lindqvist gallery.' });
    expect(found.map((f) => evidenceOf(f).join('|'))).toEqual(['a:five 17th-century Flemish paintings|b:four 17th-century Flemish paintings']);
  });
});
