import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import { inputs } from './helpers.js';

/** Court coverage, invented: a former mayor of Dunmore jailed for bribery. */
const report = checkSources(
  inputs({
    a: 'A court sentenced former mayor Thomas Keane to six years on Friday. Judge Helen Park said Keane had "betrayed the trust of the people who elected him."',
    b: 'Former mayor Tom Keane has been jailed for five years. Judge Helen Parks told him he had "betrayed the trust of the people who elected him".',
    c: 'Thomas Keane was sentenced on Friday to six years, the court said.',
  }),
);
const lines = report.findings.map((f) => `${f.severity}:${f.rule}:${f.evidence.map((e) => `${e.sourceId}=${e.text}`).join('|')}`);

describe('names and speakers in court coverage', () => {
  it('reports a short form of a given name as info, not as a different person', () => {
    expect(lines).toContain('info:name/short-form:a=Thomas Keane|b=Tom Keane|c=Thomas Keane');
  });

  it('reports a misspelt name once, as a name variant, not also as two different speakers', () => {
    expect(lines).toContain('warning:name/variant:a=Helen Park|b=Helen Parks');
    expect(lines.filter((l) => l.includes('attribution/speaker'))).toEqual([]);
  });

  it('finds the sentence in dispute and the shared quotation', () => {
    expect(lines).toContain('error:quantity/disjoint:a=six years|b=five years|c=six years');
    expect(lines.some((l) => l.startsWith('info:statement/quote:a=betrayed the trust'))).toBe(true);
  });

  it('does not take "Tom" and "Thomas" for one person when the surnames differ', () => {
    const other = checkSources(inputs({ a: 'Thomas Keane resigned on Friday.', b: 'Tom Hardy resigned on Friday.' }));
    expect(other.findings.filter((f) => f.category === 'name')).toEqual([]);
  });
});
