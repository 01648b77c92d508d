import { describe, expect, it } from 'vitest';
import { check, divergences } from './check.js';

/**
 * Severity follows the stakes: an error is a contradiction an editor must fix. Figures a later report may have
 * updated, and vague figures against exact ones, are never errors. Invented texts about a warehouse collapse.
 */
const collapse = {
  first: 'Firefighters said nine workers were injured when the roof of the Korvel warehouse fell in.',
  second: 'Fourteen workers were injured in the Korvel warehouse collapse, the fire service said.',
};
const only = (r: ReturnType<typeof check>, category: string) => divergences(r).filter((f) => f.category === category);

describe('severity: counts that a later report may have updated', () => {
  it('undated reports are one moment: a count that differs is an error', () => {
    const [found] = only(check(collapse), 'quantity');
    expect(found).toMatchObject({ severity: 'error', rule: 'quantity/disjoint' });
  });

  it('reports of one day that differ are an error', () => {
    const [found] = only(check(collapse, { first: '2026-04-02', second: '2026-04-02' }), 'quantity');
    expect(found?.severity).toBe('error');
  });

  it('reports of different days give an update when the figure only rose, never an error', () => {
    const report = check(collapse, { first: '2026-04-02', second: '2026-04-03' });
    expect(only(report, 'quantity')).toEqual([]);
    expect(report.findings.find((f) => f.kind === 'update')).toMatchObject({ severity: 'info', rule: 'quantity/update' });
  });

  it('a vague count against an exact one on different days is information that says why', () => {
    const report = check(
      {
        first: 'Dozens of workers were injured when the roof of the Korvel warehouse fell in.',
        second: 'Six workers were injured in the Korvel warehouse collapse, the fire service said.',
      },
      { first: '2026-04-02', second: '2026-04-09' },
    );
    const [found] = only(report, 'quantity');
    expect(found).toMatchObject({ severity: 'info', rule: 'quantity/disjoint' });
    expect(found?.message).toContain('The reports are of different days, so the later one may have updated the figure.');
  });

  it('a count beside an undated report is a warning: it may or may not have moved', () => {
    const [found] = only(check(collapse, { first: '2026-04-02' }), 'quantity');
    expect(found?.severity).toBe('warning');
    expect(found?.message).toContain('second is not dated, so a later update cannot be ruled out.');
  });

  it('a measure is no tally: a distance beside an undated report stays an error', () => {
    const report = check(
      {
        first: 'The quake struck 12 km from the port, officials said.',
        second: 'The quake struck 30 km from the port.',
      },
      { first: '2026-04-02' },
    );
    const [found] = only(report, 'quantity');
    expect(found).toMatchObject({ severity: 'error', fact: 'distance from the port' });
  });
});

describe('severity: vague against exact on one day', () => {
  it('is a warning, not an error', () => {
    const [found] = only(
      check({
        first: 'Dozens of residents were evacuated from the Korvel estate, police said.',
        second: 'Police said six residents were evacuated from the Korvel estate.',
      }),
      'quantity',
    );
    expect(found).toMatchObject({ severity: 'warning', rule: 'quantity/disjoint' });
  });

  it('an article that gives both is a self-contradiction and stays an error', () => {
    const [found] = only(
      check({
        first: 'Police said one resident was evacuated from the Korvel estate. Officials later said several residents were evacuated from the Korvel estate.',
        second: 'Police said one resident was evacuated from the Korvel estate.',
      }),
      'quantity',
    );
    expect(found?.severity).toBe('error');
  });
});

describe('severity: the same name written two ways', () => {
  it('is a style warning: one form should stand throughout', () => {
    const report = check({
      first: 'The Korvel-Baltic company owns the warehouse, a spokesman said.',
      second: 'The Korvel Baltic company owns the warehouse.',
    });
    const found = only(report, 'name');
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['name/style', 'warning']]);
  });
});
