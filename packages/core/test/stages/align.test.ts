import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/index.js';
import { extractClaims } from '../../src/extract/index.js';
import type { Alignment, Fact, SourceInput } from '../../src/model.js';
import { parseSource } from '../../src/parse/index.js';
import { segmentSource } from '../../src/segment/index.js';
import { alignTexts } from './helpers.js';

const nameFacts = (a: Alignment) => a.facts.filter((f) => f.category === 'name');
const valueFacts = (a: Alignment) => a.facts.filter((f) => f.category === 'quantity' || f.category === 'date');
const itemsOf = (f: Fact) => f.items.map((i) => `${i.sourceId}:${i.text}`).sort();
/** The facts that hold an item with this text from this source. */
const factsWith = (facts: readonly Fact[], sourceId: string, text: string) => facts.filter((f) => f.items.some((i) => i.sourceId === sourceId && i.text === text));

describe('align: names', () => {
  it('aligns a partial name with the full name of another source: "Ni" / "Ni Gaobin"', () => {
    const alignment = alignTexts({
      a: 'Police arrested Ni Gaobin on Monday.',
      b: 'Police arrested Zhao Wei and Ni in the morning.',
    });
    const facts = factsWith(nameFacts(alignment), 'b', 'Ni');
    expect(facts).toHaveLength(1);
    expect(itemsOf(facts[0] as Fact)).toEqual(['a:Ni Gaobin', 'b:Ni']);
  });

  it('aligns an invented partial name the same way: "Castell" / "Mira Castell"', () => {
    const alignment = alignTexts({
      a: 'Police arrested Mira Castell at the port.',
      b: 'Police arrested Tomas Brenn and Castell at the port.',
    });
    expect(nameFacts(alignment).map(itemsOf)).toEqual([['a:Mira Castell', 'b:Castell']]);
  });

  it('does not align a surname that fits two different full names', () => {
    const alignment = alignTexts({
      a: 'Police arrested Ann Smith on Monday.',
      b: 'Police arrested Bob Smith on Monday.',
      c: 'Police later released Mr Smith.',
    });
    expect(factsWith(nameFacts(alignment), 'c', 'Smith')).toEqual([]);
    expect(nameFacts(alignment).filter((f) => f.items.some((i) => i.text === 'Ann Smith') && f.items.some((i) => i.text === 'Bob Smith'))).toEqual([]);
  });

  it('aligns the same surname when only one full name fits (control for the test above)', () => {
    const alignment = alignTexts({ a: 'Police arrested Ann Smith on Monday.', c: 'Police later released Mr Smith.' });
    expect(nameFacts(alignment).map(itemsOf)).toEqual([['a:Ann Smith', 'c:Smith']]);
  });

  it('aligns "Electoral Commission" with "Election Commission"', () => {
    const alignment = alignTexts({
      a: 'The Electoral Commission published the results.',
      b: 'The Election Commission published the results.',
    });
    expect(nameFacts(alignment).map(itemsOf)).toEqual([['a:Electoral Commission', 'b:Election Commission']]);
  });

  it('does not align different organisations that share only a generic word', () => {
    const alignment = alignTexts({
      a: 'The Harbour Safety Authority published the results.',
      b: 'The Rail Pricing Authority published the results.',
    });
    expect(nameFacts(alignment)).toEqual([]);
  });

  it('still aligns a name that each of 70 sources gives', () => {
    const texts: Record<string, string> = { s000: 'Police arrested Lena Brask at the harbour.' };
    for (let i = 1; i < 70; i++) texts[`s${String(i).padStart(3, '0')}`] = `Police questioned Lena Brask about fire number ${i}.`;
    const facts = nameFacts(alignTexts(texts));
    expect(facts).toHaveLength(1);
    expect(facts[0]?.items).toHaveLength(70);
  });
});

describe('align: counts and dates', () => {
  it('puts "charged seven" and "indicted seven" in one fact', () => {
    const alignment = alignTexts({
      a: 'Prosecutors charged seven people over the fraud.',
      b: 'Prosecutors indicted seven people over the fraud.',
    });
    const facts = valueFacts(alignment);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.category).toBe('quantity');
    expect(facts[0]?.key).toBe('quantity|charge|count|person');
    expect(itemsOf(facts[0] as Fact)).toEqual(['a:seven people', 'b:seven people']);
  });

  it('puts "seven individuals" and "seven Norwegian nationals" charged in one fact', () => {
    const alignment = alignTexts({
      a: 'Prosecutors charged seven individuals over the harbour fraud.',
      b: 'Prosecutors charged seven Norwegian nationals over the harbour fraud.',
    });
    expect(valueFacts(alignment).map(itemsOf)).toEqual([['a:seven individuals', 'b:seven Norwegian nationals']]);
  });

  it('keeps "the UK sanctioned two" and "the US sanctioned two" apart', () => {
    const alignment = alignTexts({ a: 'The UK sanctioned two people.', b: 'The US sanctioned two people.' });
    const mixed = valueFacts(alignment).filter((f) => new Set(f.items.map((i) => i.sourceId)).size > 1);
    expect(mixed).toEqual([]);
  });

  it('keeps the same verb in two countries apart even when another source has no actor', () => {
    const alignment = alignTexts({
      a: 'The UK sanctioned two people over the harbour attack.',
      b: 'The US sanctioned five people over the harbour attack.',
      c: 'Two people were sanctioned over the harbour attack.',
    });
    for (const f of valueFacts(alignment)) expect(f.items.some((i) => i.sourceId === 'a') && f.items.some((i) => i.sourceId === 'b')).toBe(false);
  });

  it('aligns dated claims about the same thing', () => {
    const alignment = alignTexts({
      a: 'The Kelby bakery opened in 2019.',
      b: 'The Kelby bakery opened in March 2019.',
    });
    expect(valueFacts(alignment).map(itemsOf)).toEqual([['a:2019', 'b:March 2019']]);
  });

  it('does not align unrelated dated claims that share only their verb', () => {
    const alignment = alignTexts({ a: 'The bakery opened in 2019.', b: 'The stadium opened in 2012.' });
    expect(valueFacts(alignment)).toEqual([]);
  });

  it('locates every item of every fact in its source', () => {
    const texts = {
      a: 'Prosecutors charged seven people over the fraud on 5 March 2024.',
      b: 'Prosecutors indicted seven people over the fraud on 5 March 2024. Police arrested Ni Gaobin.',
      c: 'Police arrested Zhao Wei and Ni.',
    };
    const alignment = alignTexts(texts);
    expect(alignment.facts.length).toBeGreaterThan(1);
    for (const f of alignment.facts) {
      for (const i of f.items) expect(texts[i.sourceId as keyof typeof texts].slice(i.start, i.end)).toBe(i.text);
    }
    expect(alignment.facts.map((f) => f.id)).toEqual(alignment.facts.map((_, k) => `fact${k + 1}`));
  });
});

/** A seeded generator (LCG), so the corpus is the same bytes on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'dra', 'sel', 'tov', 'bru', 'nek', 'ost', 'fal', 'rim', 'zan', 'pel', 'gus', 'hor', 'wen', 'tal', 'mik', 'dor'];
const VERBS = ['evacuated', 'rescued', 'arrested', 'injured', 'fined', 'charged', 'employed', 'damaged', 'closed', 'summoned'];
const NOUNS = ['people', 'workers', 'residents', 'passengers', 'homes', 'vehicles', 'companies', 'officials'];
const HEADS = ['Authority', 'Council', 'Agency', 'Board', 'Company'];
const SITES = ['harbour', 'bridge', 'factory', 'station', 'depot', 'warehouse', 'quarry', 'airport', 'stadium', 'tunnel', 'market', 'school'];

/**
 * A news feed: stories with their own invented people, organisation and town, four articles per story, each article
 * eight sentences drawn from varied templates (counts, dates, attributions, negations). More sources = more stories.
 */
function feed(n: number): SourceInput[] {
  const r = rng(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const word = () => {
    const w = pick(SYLLABLES) + pick(SYLLABLES) + (r() < 0.5 ? pick(SYLLABLES) : '');
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  const out: SourceInput[] = [];
  for (let story = 0; out.length < n; story++) {
    const people = [`${word()} ${word()}`, `${word()} ${word()}`];
    const org = `${word()} ${pick(HEADS)}`;
    const town = word();
    const site = pick(SITES);
    const verb = pick(VERBS);
    const noun = pick(NOUNS);
    const count = 3 + Math.floor(r() * 300);
    const year = 2000 + Math.floor(r() * 24);
    const templates = [
      () => `Officials in ${town} ${verb} ${count + (r() < 0.3 ? 10 : 0)} ${noun} near the ${site}.`,
      () => `${pick(people)} said the ${org} had ${pick(VERBS)} ${2 + Math.floor(r() * 50)} ${pick(NOUNS)}.`,
      () => `The ${town} ${site} was ${pick(VERBS)} in ${year}.`,
      () => `According to the ${org}, ${pick(people)} ${verb} ${count} ${noun} at the ${site}.`,
      () => `Crews worked for ${2 + Math.floor(r() * 20)} hours at the ${site} in ${town}.`,
      () => `Residents near the ${site} described the scene to ${pick(people)}.`,
      () => `The ${org} did not comment on the ${site} in ${town}.`,
    ];
    for (let k = 0; k < 4 && out.length < n; k++) {
      const sentences = Array.from({ length: 8 }, () => pick(templates)());
      out.push({ id: `story${String(story).padStart(3, '0')}-${k}`, text: sentences.join(' ') });
    }
  }
  return out;
}

function alignFeed(n: number): Alignment {
  return alignClaims(feed(n).map((input) => extractClaims(segmentSource(parseSource(input)))));
}

describe('align: cost', () => {
  it('scores a number of pairs that grows roughly linearly with the number of sources (20 → 80)', () => {
    const small = alignFeed(20);
    const large = alignFeed(80);
    expect(small.pairsScored).toBeGreaterThan(0);
    expect(small.facts.length).toBeGreaterThan(0);
    expect(large.facts.length).toBeGreaterThan(small.facts.length);
    // Four times the sources: linear is 4, all-pairs would be 16.
    expect(large.pairsScored / small.pairsScored).toBeLessThan(4 * 2);
  });

  it('is deterministic: the same sources give the same alignment', () => {
    const one = alignFeed(20);
    const two = alignFeed(20);
    expect(two.pairsScored).toBe(one.pairsScored);
    expect(two.facts.map((f) => [f.key, itemsOf(f)])).toEqual(one.facts.map((f) => [f.key, itemsOf(f)]));
  });
});
