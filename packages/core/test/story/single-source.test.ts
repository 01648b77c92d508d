import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { alignClaims } from '../../src/align/index.js';
import { singleSourceClaims } from '../../src/compare/single-source/index.js';
import { extract } from '../stages/helpers.js';

const WIRE = 'Police said 12 people were injured in the warehouse fire in Lorca. Investigators found 30 gas cylinders in the warehouse.';
const DAILY =
  'Twelve people were injured in the warehouse fire in Lorca, police said. The mayor, Ana Ruiz, said: "We will rebuild every single warehouse here." It was a grey, windy morning on the quay.\n\nShare this post';
const RADIO = 'Police in Lorca said 12 people were injured when fire swept through the warehouse. Fire chief Tomas Vidal ordered the evacuation of the harbour.';

const singles = (report: ReturnType<typeof checkSources>) => report.findings.filter((f) => f.kind === 'single-source');

describe('single-source claims', () => {
  const report = checkSources([
    { id: 'wire', text: WIRE },
    { id: 'daily', text: DAILY },
    { id: 'radio', text: RADIO },
  ]);

  it('lists a figure, a quotation and a named act that only one source gives, with that source\'s exact words', () => {
    const found = singles(report).map((f) => [f.evidence[0]?.sourceId, f.rule, f.evidence[0]?.text]);
    expect(found).toContainEqual(['wire', 'single-source/number', '30 gas cylinders']);
    expect(found).toContainEqual(['daily', 'single-source/quotation', 'We will rebuild every single warehouse here.']);
    expect(found.some(([id, rule]) => id === 'radio' && rule === 'single-source/named')).toBe(true);
    const cylinders = singles(report).find((f) => f.evidence[0]?.text === '30 gas cylinders');
    expect(cylinders?.message).toContain('Only wire gives the figure "30 gas cylinders"');
    expect(WIRE.slice(cylinders?.evidence[0]?.start.offset, cylinders?.evidence[0]?.end.offset)).toBe('30 gas cylinders');
  });

  it('never lists what another source states, colour, or clutter', () => {
    const words = singles(report).flatMap((f) => f.evidence.map((e) => e.text));
    expect(words.some((w) => /12 people|Twelve people/.test(w))).toBe(false);
    expect(words.some((w) => /grey|Share/.test(w))).toBe(false);
    expect(singles(report).every((f) => !/grey|Share this/.test(f.message))).toBe(true);
  });

  it('a figure another source contradicts is a divergence, not a single-source claim', () => {
    const r = checkSources([
      { id: 'a', text: 'Police said 12 people were injured in the fire in Lorca.' },
      { id: 'b', text: 'Police said 15 people were injured in the fire in Lorca.' },
    ]);
    expect(r.findings.some((f) => f.rule === 'quantity/disjoint')).toBe(true);
    expect(singles(r).filter((f) => f.category === 'quantity')).toEqual([]);
  });

  it('ranks numbers above quotations above named acts, and caps each source with a count of the rest', () => {
    const lots = [
      'The mayor, Ana Ruiz, said: "We will rebuild every single warehouse here."',
      'Harbour director Luis Mena closed the eastern quay.',
      ...['14 cranes', '9 tugboats', '22 containers', '6 pumps', '310 tonnes', '48 trucks'].map((n) => `Workers moved ${n} away from the fire.`),
    ].join(' ');
    const sources = [extract(lots, 'busy'), extract('Police said 12 people were injured in the fire in Lorca.', 'quiet')];
    const result = singleSourceClaims(sources, alignClaims(sources), { perSource: 5 });
    expect(result.totals.get('busy')).toBe(8);
    const listed = result.findings.filter((f) => f.evidence[0]?.sourceId === 'busy');
    expect(listed).toHaveLength(5);
    expect(listed.every((f) => f.rule === 'single-source/number')).toBe(true);
    const all = singleSourceClaims(sources, alignClaims(sources), { perSource: 10 }).findings.filter((f) => f.evidence[0]?.sourceId === 'busy');
    expect(all.map((f) => f.priority)).toEqual([...all.map((f) => f.priority ?? 9)].sort((x, y) => x - y));
    expect(all.map((f) => f.rule).slice(-2)).toEqual(['single-source/quotation', 'single-source/named']);
  });

  it('is hidden by divergencesOnly, and grouped under the source it comes from', () => {
    expect(singles(checkSources([{ id: 'wire', text: WIRE }, { id: 'daily', text: DAILY }], { divergencesOnly: true }))).toEqual([]);
    expect(new Set(singles(report).map((f) => f.fact))).toEqual(new Set(['only in wire', 'only in daily', 'only in radio']));
  });
});
