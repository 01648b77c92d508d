import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { compareFacts } from '../../src/compare/index.js';
import type { Claim, Fact, FactItem, Quantity, QuantityMention } from '../../src/model.js';
import type { Report, ReportFinding } from '../../src/report/schema.js';
import { inputs } from './helpers.js';

/** Invented stories only: a warehouse fire in Dunmore, a spill at Kelby, the Korvex gang. */
function check(texts: Readonly<Record<string, string>>): Report {
  const report = checkSources(inputs(texts));
  // Whatever the finding, its evidence is the exact words of its source.
  for (const f of report.findings) for (const e of f.evidence) expect(texts[e.sourceId]?.slice(e.start.offset, e.end.offset)).toBe(e.text);
  return report;
}

const divergences = (r: Report) => r.findings.filter((f) => f.kind === 'divergence');
const evidenceOf = (f: ReportFinding | undefined) => (f?.evidence ?? []).map((e) => `${e.sourceId}:${e.text}`);

/** A quantity fact built by hand: one item per [source, words, quantity]. */
function quantityFact(items: readonly [string, string, Partial<Quantity> & Pick<Quantity, 'min' | 'max'>][]): Fact {
  const factItems = items.map(([sourceId, text, q], k): FactItem => {
    const quantity: Quantity = { kind: 'count', unit: 'person', unitClass: 'person', basis: 'numeral', ...q };
    const mention: QuantityMention = { type: 'quantity', text, start: 0, end: text.length, quantity };
    const claim: Claim = {
      id: `${sourceId}:c${k + 1}`,
      sourceId,
      sentenceId: `${sourceId}:s${k + 1}`,
      text: `Police arrested ${text}.`,
      start: 0,
      end: text.length,
      mentions: [mention],
      predicate: { text: 'arrested', start: 0, end: 8, lemma: 'arrest' },
      negated: false,
      quotes: [],
      words: ['police', 'arrested'],
    };
    return { sourceId, claimId: claim.id, text, start: 0, end: text.length, value: `${q.min}`, mention, claim };
  });
  return { id: 'fact1', category: 'quantity', label: 'number of people arrested', key: 'quantity|arrest|count|person', items: factItems };
}

describe('compare: quantities', () => {
  it('reports disjoint counts as an error with the words of every source', () => {
    const report = check({
      a: 'Firefighters rescued 12 people from the Dunmore warehouse on Friday.',
      b: 'Firefighters rescued 20 people from the Dunmore warehouse.',
      c: 'Crews rescued 12 people from the burning Dunmore warehouse.',
    });
    const found = divergences(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'quantity', severity: 'error', rule: 'quantity/disjoint' });
    expect(evidenceOf(found[0])).toEqual(['a:12 people', 'b:20 people', 'c:12 people']);
  });

  it('reads overlapping values ("more than 200" / "250") as agreement with different precision', () => {
    const report = check({
      a: 'Police evacuated more than 200 people from the Kelby estate.',
      b: 'Police evacuated 250 people from the Kelby estate.',
    });
    expect(divergences(report)).toEqual([]);
    const agreement = report.findings.find((f) => f.category === 'quantity');
    expect(agreement).toMatchObject({ kind: 'agreement', rule: 'quantity/precision' });
    expect(evidenceOf(agreement)).toEqual(['a:more than 200 people', 'b:250 people']);
  });

  it('reports equal values as agreement', () => {
    const report = check({
      a: 'Firefighters rescued 12 people from the Dunmore warehouse.',
      b: 'Crews rescued twelve people from the Dunmore warehouse.',
    });
    expect(divergences(report)).toEqual([]);
    expect(report.findings.find((f) => f.category === 'quantity')).toMatchObject({ kind: 'agreement', rule: 'quantity/same' });
  });

  it('does not report two overlapping vague values ("several" / "many") as a divergence', () => {
    const report = check({
      a: 'Police arrested several people at the Kelby protest.',
      b: 'Police arrested many people at the Kelby protest.',
    });
    expect(divergences(report)).toEqual([]);
  });

  it('reports two disjoint vague values as a warning, not an error', () => {
    const [finding, ...rest] = compareFacts({
      facts: [
        quantityFact([
          ['a', 'few people', { min: 2, max: 5, basis: 'vague' }],
          ['b', 'dozens of people', { min: 24, max: null, basis: 'vague' }],
        ]),
      ],
      pairsScored: 1,
    });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: 'divergence', severity: 'warning', rule: 'quantity/disjoint' });
    expect(finding?.evidence.map((e) => e.text)).toEqual(['few people', 'dozens of people']);
  });

  it('reports a precise value against a disjoint vague one as a warning: vague against exact is never an error', () => {
    const [finding] = compareFacts({
      facts: [
        quantityFact([
          ['a', 'two people', { min: 2, max: 2 }],
          ['b', 'several people', { min: 3, max: null, basis: 'vague' }],
        ]),
      ],
      pairsScored: 1,
    });
    expect(finding).toMatchObject({ kind: 'divergence', severity: 'warning' });
  });

  it('reports one source contradicting itself, with evidence from that source only', () => {
    const report = check({
      a: 'The regulator fined two companies over the Kelby spill. The regulator fined five companies over the spill.',
      b: 'The Kelby harbour reopened on Tuesday.',
    });
    const found = divergences(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'quantity', rule: 'quantity/disjoint' });
    expect(found[0]?.message).toContain('contradicts itself');
    expect(evidenceOf(found[0])).toEqual(['a:two companies', 'a:five companies']);
  });

  it('reads "over a decade" and "more than a decade" as the same duration', () => {
    const report = check({
      a: 'The Korvex gang has targeted hospitals for over a decade.',
      b: 'The Korvex gang has targeted hospitals for more than a decade.',
    });
    expect(divergences(report)).toEqual([]);
    const agreement = report.findings.find((f) => f.category === 'quantity');
    expect(agreement).toMatchObject({ kind: 'agreement', rule: 'quantity/same' });
    expect(evidenceOf(agreement)).toEqual(['a:over a decade', 'b:more than a decade']);
  });

  it('reads "seven individuals" and "seven Norwegian nationals" as the same count', () => {
    const report = check({
      a: 'Prosecutors charged seven individuals over the Korvex hospital attacks.',
      b: 'Prosecutors charged seven Norwegian nationals over the Korvex hospital attacks.',
    });
    expect(divergences(report)).toEqual([]);
    expect(evidenceOf(report.findings.find((f) => f.category === 'quantity'))).toEqual(['a:seven individuals', 'b:seven Norwegian nationals']);
  });

  it('reads "the UK", "Britain" and "the London government" as the same actor', () => {
    const report = check({
      a: 'The UK sanctioned two Korvex hackers over the hospital attacks.',
      b: 'Britain sanctioned two Korvex hackers over the hospital attacks.',
      c: 'Two Korvex hackers have been sanctioned by the London government over the hospital attacks.',
    });
    expect(divergences(report)).toEqual([]);
    const agreement = report.findings.find((f) => f.category === 'quantity');
    expect(agreement).toMatchObject({ kind: 'agreement', rule: 'quantity/same' });
    expect(agreement?.evidence.map((e) => e.sourceId)).toEqual(['a', 'b', 'c']);
  });

  it('reports disjoint dates as a date error', () => {
    const report = check({
      a: 'The Kelby bakery opened in 2019.',
      b: 'The Kelby bakery opened in 2012.',
    });
    const found = divergences(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'date', severity: 'error', rule: 'date/disjoint' });
    expect(evidenceOf(found[0])).toEqual(['a:2019', 'b:2012']);
  });
});

describe('compare: names', () => {
  it('warns when a source gives only part of a name (name/partial)', () => {
    const report = check({
      a: 'Police arrested Mira Castell at the Dunmore warehouse.',
      b: 'Police arrested Tomas Brenn and Castell at the Dunmore warehouse.',
    });
    const finding = report.findings.find((f) => f.rule === 'name/partial');
    expect(finding).toMatchObject({ kind: 'divergence', category: 'name', severity: 'warning' });
    expect(evidenceOf(finding)).toEqual(['a:Mira Castell', 'b:Castell']);
  });

  it('warns about a misspelt surname (name/variant)', () => {
    const report = check({
      a: 'Police questioned Anna Lindqvist about the Dunmore fire.',
      b: 'Police questioned Anna Lindquist about the Dunmore fire.',
    });
    const found = divergences(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ category: 'name', severity: 'warning', rule: 'name/variant' });
    expect(evidenceOf(found[0])).toEqual(['a:Anna Lindqvist', 'b:Anna Lindquist']);
  });

  it('reports a difference of case only as a style warning (name/style): one form should stand throughout', () => {
    const report = check({
      a: 'The Redlynx Group claimed the Dunmore attack.',
      b: 'The RedLynx Group claimed the Dunmore attack.',
    });
    const found = divergences(report);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['name/style', 'warning']]);
    expect(evidenceOf(found[0])).toEqual(['a:Redlynx Group', 'b:RedLynx Group']);
  });

  it('reports a name given alike by two sources as agreement', () => {
    const report = check({
      a: 'Police questioned Anna Lindqvist about the Dunmore fire.',
      b: 'Officials said Anna Lindqvist had reported the Dunmore fire.',
    });
    expect(report.findings.find((f) => f.category === 'name')).toMatchObject({ kind: 'agreement', rule: 'name/same' });
  });

  it('reports "Red Lynx Group" / "RedLynx Group" (spacing only) as a style warning, nothing worse', () => {
    const report = check({
      a: 'The Red Lynx Group claimed the Dunmore attack.',
      b: 'The RedLynx Group claimed the Dunmore attack.',
    });
    const found = divergences(report);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['name/style', 'warning']]);
  });

  it('reports "the KX 9 gang" / "the KX9 gang" (spacing only) as a style warning, nothing worse', () => {
    const report = check({
      a: 'Police blamed the KX 9 gang for the Dunmore attack.',
      b: 'Police blamed the KX9 gang for the Dunmore attack.',
    });
    const found = divergences(report);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['name/style', 'warning']]);
  });

  it('reports "Electoral Commission" / "Election Commission" once, as a name variant, not also as two actors', () => {
    const report = check({
      a: 'The Electoral Commission was hacked by the Korvex gang.',
      b: 'The Election Commission was hacked by the Korvex gang.',
    });
    const found = divergences(report);
    expect(found.map((f) => f.rule)).toEqual(['name/variant']);
  });
});

describe('compare: statements', () => {
  it('reports nothing when two sources say the same thing in other words', () => {
    const report = check({
      a: 'The Korvex gang has targeted hospitals for over a decade, officials said.',
      b: 'Officials said the Korvex gang had targeted hospitals for more than a decade.',
    });
    expect(divergences(report)).toEqual([]);
  });
});
