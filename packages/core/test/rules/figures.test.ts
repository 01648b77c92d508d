import { describe, expect, it } from 'vitest';
import type { QuantityMention } from '../../src/model.js';
import { claimsOf, quantitiesOf } from '../stages/helpers.js';
import { agreements, check, divergences, evidenceOf } from './check.js';

/** Figures compared only when they answer the same question: invented texts about a vote in a fictional republic. */
/** The figures of a text as extraction leaves them on its claims, once each (holders need the sentence's names). */
const figuresOf = (text: string): QuantityMention[] => {
  const seen = new Map<number, QuantityMention>();
  for (const c of claimsOf(text)) for (const m of c.mentions) if (m.type === 'quantity') seen.set(m.start, m);
  return [...seen.values()].sort((x, y) => x.start - y.start);
};
const quantityDivergences = (texts: Record<string, string>) => divergences(check(texts)).filter((f) => f.category === 'quantity');

describe('percentages keep their holder', () => {
  const election = {
    a: 'President Mira Holt won the run-off with 56.3% of the vote, defeating challenger Piet Osk, who took 40.1%.',
    b: 'Mira Holt was re-elected with 56.3% of ballots cast against 40.1% for Piet Osk.',
  };

  it('never sets one candidate’s share against another’s', () => {
    const report = check(election);
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
    const facts = agreements(report).filter((f) => f.category === 'quantity').map((f) => f.fact).sort();
    expect(facts).toEqual(['share of the vote for Mira Holt', 'share of the vote for Piet Osk']);
  });

  it('finds a candidate given two shares a divergence', () => {
    const found = quantityDivergences({ ...election, c: 'Holt took 53.6% of the vote, the commission said.' });
    expect(found).toHaveLength(1);
    expect(found[0]?.fact).toBe('share of the vote for Mira Holt');
    expect(evidenceOf(found[0]).sort()).toEqual(['a:56.3%', 'b:56.3%', 'c:53.6%']);
  });

  it('keys a share by what it is of, or by the noun a copula ties it to', () => {
    const q = figuresOf('Turnout was 61%. About 58% of registered voters took part. Unemployment rose to 5.1%. The party spent 40% of the budget.');
    expect(q.map((m) => m.quantity.unitClass)).toEqual(['percent:turnout', 'percent:voter', 'percent:unemployment', 'percent:budget']);
  });

  it('never compares a turnout with a vote share', () => {
    expect(quantityDivergences({ a: 'Turnout was 58%, officials said.', b: 'Holt won 51% of the vote, officials said.' })).toEqual([]);
  });

  it('finds two turnouts a divergence', () => {
    const found = quantityDivergences({ a: 'Turnout was 61%, the commission said.', b: 'A turnout of 58% was reported by the commission.' });
    expect(found.map((f) => [f.fact, evidenceOf(f).join('|')])).toEqual([['turnout', 'a:61%|b:58%']]);
  });

  it('reads percentage points as their own unit, never as a share', () => {
    const q = quantitiesOf('Support for the Greens rose 3 percentage points.');
    expect(q.map((m) => [m.text, m.quantity.kind, m.quantity.unit])).toEqual([['3 percentage points', 'percent', 'percentage point']]);
    expect(quantityDivergences({ a: 'Unemployment rose to 3%, the office said.', b: 'Unemployment rose 3 percentage points, the office said.' })).toEqual([]);
  });
});

describe('percentage changes belong to what changed', () => {
  it('keys "shares gained 6%" and "shares of Kelda rose 4%" by the shares, never by the company, and says it is a change', () => {
    const report = check({
      a: 'Shares of Kelda Foods rose 4% in early trading. Kelda Foods said sales slipped 2% in March.',
      b: 'Kelda Foods shares gained 6% by midday. Sales fell 2% in March, the company said.',
    });
    const found = divergences(report).filter((f) => f.category === 'quantity');
    expect(found.map((f) => f.fact)).toEqual(['change in shares (%)']);
    expect(evidenceOf(found[0])).toEqual(['a:4%', 'b:6%']);
    expect(agreements(report).some((f) => f.fact === 'change in sales (%)')).toBe(true);
  });
});

describe('counts keep their period', () => {
  it('never compares a season’s goals with three seasons’ goals', () => {
    const report = check({
      a: 'Forward Ana Brisk has joined Kelton. She scored 19 goals in 30 league games last season.',
      b: 'Brisk leaves Ormside after four seasons in which she scored 61 goals.',
    });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
  });

  it('reads the period of a count: "last season", "this year", "since 2019", "in her career", "in the first half"', () => {
    const q = quantitiesOf('She scored 12 goals last season. He has 4 wins so far this year. They made 30 arrests since 2019. She has 80 goals in her career. They had 7 shots in the first half. It sold 40 flats.');
    expect(q.map((m) => [m.text, m.quantity.period])).toEqual([
      ['12 goals', 'last season'], ['4 wins', 'this year'], ['30 arrests', 'since 2019'], ['80 goals', 'career'], ['7 shots', 'first half'], ['40 flats', undefined],
    ]);
  });

  it('still compares counts of the same period, and a count with none beside them', () => {
    const found = quantityDivergences({
      a: 'Brisk scored 19 goals last season, the club said.',
      b: 'Brisk scored 21 goals last season, the club said.',
      c: 'Brisk scored 21 goals for the club, it said.',
    });
    expect(found.map((f) => evidenceOf(f).join('|'))).toEqual(['a:19 goals|b:21 goals|c:21 goals']);
  });

  it('reads no period in "the first strike in over two decades"', () => {
    const q = quantitiesOf('Crews shut 19 stations in the first strike in over two decades.');
    expect(q.filter((m) => m.quantity.kind === 'count').map((m) => [m.text, m.quantity.period])).toEqual([['19 stations', undefined]]);
  });
});

describe('zero counts', () => {
  it('reads a report of no harm as a count of none', () => {
    const q = quantitiesOf('No injuries have been reported. No one was killed. There were no deaths. None of the passengers was hurt. Nobody was injured.');
    expect(q.map((m) => [m.text, m.quantity.min, m.quantity.max, m.quantity.unitClass])).toEqual([
      ['No injuries', 0, 0, 'injury'], ['No one', 0, 0, 'person'], ['no deaths', 0, 0, 'death'], ['None of the passengers', 0, 0, 'person'], ['Nobody', 0, 0, 'person'],
    ]);
  });

  it('finds no injuries against three injuries an error', () => {
    const found = quantityDivergences({
      a: 'Fire broke out at the Tarn mill on Friday. No injuries have been reported, the fire brigade said.',
      b: 'The Tarn mill fire on Friday caused three burn injuries, the fire brigade said.',
    });
    expect(found.map((f) => [f.severity, f.fact, evidenceOf(f).join('|')])).toEqual([['error', 'number of injuries', 'a:No injuries|b:three burn injuries']]);
  });

  it('finds no one killed against two people killed an error', () => {
    const found = quantityDivergences({ a: 'No one was killed in the Tarn mill fire.', b: 'Two people were killed in the Tarn mill fire.' });
    expect(found.map((f) => [f.severity, evidenceOf(f).join('|')])).toEqual([['error', 'a:No one|b:Two people']]);
  });

  it('reads no figure in "no comment", "no longer", "no sooner", "no evidence"', () => {
    expect(quantitiesOf('There was no comment from the mill. It is no longer open. No sooner had it shut than it burned. Police found no evidence.')).toEqual([]);
  });
});

describe('durations written as adjectives', () => {
  it('reads "a five-year contract" as the length of a contract, never a count of one contract', () => {
    const q = quantitiesOf('Brisk signed a five-year contract. He got a 20-year sentence and a 12-month ban. A five-year-old was found.');
    expect(q.map((m) => [m.text, m.quantity.kind, m.quantity.min, m.quantity.unitClass])).toEqual([
      ['five-year contract', 'duration', 5, 'duration:year:contract'], ['20-year sentence', 'duration', 20, 'duration:year:sentence'], ['12-month ban', 'duration', 1, 'duration:year:ban'],
    ]);
  });

  it('finds a five-year contract and a four-year deal a divergence on the length of the contract', () => {
    const found = quantityDivergences({ a: 'Brisk signed a five-year contract with Kelton.', b: 'Brisk agreed a four-year deal with Kelton.' });
    expect(found.map((f) => [f.fact, evidenceOf(f).join('|')])).toEqual([['length of the contract', 'a:five-year contract|b:four-year deal']]);
  });

  it('agrees that "sentenced to 20 years" is "a 20-year sentence"', () => {
    const report = check({ a: 'Judge Orla Penn sentenced Kade Imrie to 20 years in prison.', b: 'Kade Imrie was given a 20-year sentence by Judge Orla Penn.' });
    expect(divergences(report).filter((f) => f.category === 'quantity')).toEqual([]);
    expect(agreements(report).some((f) => f.category === 'quantity' && evidenceOf(f).join('|') === 'a:20 years|b:20-year sentence')).toBe(true);
  });

  it('agrees that "jailed for 18 months" is "an 18-month sentence", and finds it apart from a two-year sentence', () => {
    const report = check({ a: 'Kade Imrie was jailed for 18 months on Friday.', b: 'Kade Imrie received an 18-month sentence on Friday.', c: 'Kade Imrie was given a two-year sentence on Friday.' });
    const found = divergences(report).filter((f) => f.category === 'quantity');
    expect(found.map((f) => [f.fact, evidenceOf(f).join('|')])).toEqual([['length of the sentence', 'a:18 months|b:18-month sentence|c:two-year sentence']]);
  });

  it('compares months and years of one thing: a 12-month timeline for the review is not a two-year review', () => {
    const found = quantityDivergences({ a: 'Officials set a 12-month timeline for the review of the crash.', b: 'The two-year review of the crash ended on Monday.' });
    expect(found.map((f) => [f.fact, evidenceOf(f).join('|')])).toEqual([['length of the review', 'a:12-month timeline|b:two-year review']]);
  });

  it('never reads "a second term" as a count of one term', () => {
    expect(quantitiesOf('Holt won a second term.')).toEqual([]);
  });
});

describe('labels and named makers', () => {
  it('names a count of injuries without its verb again', () => {
    const found = quantityDivergences({ a: 'The crash caused four injuries, police said.', b: 'The crash caused six injuries, police said.' });
    expect(found.map((f) => f.fact)).toEqual(['number of injuries']);
  });

  it('aligns a count with the maker before its noun with the same count in a claim naming the maker', () => {
    const found = quantityDivergences({
      a: 'About 41,200 Pellam electric kettles are being recalled over a fire risk.',
      b: 'Pellam is recalling about 412,000 electric kettles over a fire risk.',
    });
    expect(found.map((f) => evidenceOf(f).join('|'))).toEqual(['a:About 41,200 Pellam electric kettles|b:about 412,000 electric kettles']);
  });

  it('names a scoped count with the body as the sources spell it', () => {
    const found = quantityDivergences({ a: 'The agency sent 450 Corps personnel to Tarn on Monday.', b: 'The agency sent 400 Corps personnel to Tarn on Monday.' });
    expect(found.map((f) => f.fact)).toEqual(['number of Corps personnel sent']);
  });

  it('keeps a maker’s count apart from a bare count that names no maker', () => {
    const found = quantityDivergences({
      a: 'About 41,200 Pellam electric kettles are being recalled over a fire risk.',
      b: 'Regulators said 412,000 electric kettles were sold last year.',
    });
    expect(found).toEqual([]);
  });
});
