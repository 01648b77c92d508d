import { describe, expect, it } from 'vitest';
import { spanViolations } from '../../../scripts/report-checks.mjs';
import { checkSources } from '../src/check.js';
import type { SourceInput } from '../src/model.js';

/**
 * Issue 8, spans: evidence and mentions are the original slice at their offsets and line:column, through
 * Markdown inline markup and through white space that is not one plain space. Each case failed on the main of
 * 2026-12-01 (text cut short at the front: "ohn *Smith", "aid  Police"); the property suite
 * (test/property/spans.test.ts) generates many more.
 */
const check = (inputs: SourceInput[]) => {
  const report = checkSources(inputs);
  expect(report.findings.length).toBeGreaterThan(0);
  expect(spanViolations(report, inputs)).toEqual([]);
  return report;
};

const reference: SourceInput = { id: 'ref', text: 'Officials said Mr Smith was charged with fraud on Tuesday.', format: 'markdown' };

describe('spans through Markdown inline markup', () => {
  for (const [what, name] of [
    ['emphasis', 'John *Smith*'],
    ['strong', 'John **Smith**'],
    ['a link', '[John](https://example.org/j) Smith'],
    ['inline HTML', 'John <b>Smith</b>'],
    ['a code span', 'John `Smith`'],
    ['a comment', 'John <!-- x -->Smith'],
  ] as const) {
    it(`a name with ${what} inside`, () => {
      const report = check([{ id: 'md', text: `Officials said ${name} was charged with fraud on Tuesday.`, format: 'markdown' }, reference]);
      const names = report.findings.filter((f) => f.category === 'name').flatMap((f) => f.evidence.filter((e) => e.sourceId === 'md'));
      expect(names.length).toBeGreaterThan(0);
    });
  }
});

describe('spans through white space', () => {
  for (const [what, space] of [
    ['a run of spaces', '  '],
    ['a tab', '\t'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ] as const) {
    it(`an actor named by its function with ${what} inside`, () => {
      check([
        { id: 'a', text: `The transport${space}ministry fined the operator 2 million euros on Tuesday.`, format: 'text' },
        { id: 'b', text: 'The rail regulator fined the operator 2 million euros on Tuesday.', format: 'text' },
      ]);
    });
    it(`a name with ${what} inside`, () => {
      check([{ id: 'a', text: `Officials said John${space}Smith was charged with fraud on Tuesday.`, format: 'text' }, reference]);
    });
  }
});

describe('spans of speakers', () => {
  for (const [what, space] of [
    ['a run of spaces', '  '],
    ['a tab', '\t'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`a speaker with ${what} inside is the original slice, in the attribution agreement too`, () => {
      const report = check([
        { id: 'a', text: `The bridge will close for repairs on Monday, Harbour${space}Authority officials said.`, format: 'text' },
        { id: 'b', text: 'The bridge will close for repairs on Monday, Harbour Authority officials said.', format: 'text' },
      ]);
      expect(report.findings.some((f) => f.category === 'attribution')).toBe(true);
    });
  }
  it('a speaker the fuzz run found cut wrong: a block of a tab, a dash and a parenthesis', () => {
    const text = 'killed   seven.\n\ncompanies told\n;  Anna 1\tan Haoran \u2014\t(HSA)?';
    check([
      { id: 's0', text, format: 'text' },
      { id: 's1', text: `${text}\r\rDr. <police> -  twenty-one <b>UK</b>."`, format: 'markdown' },
    ]);
  });
});

describe('spans after a dateline', () => {
  it('a dateline ends where a word ends, in any script: "2024-03-26 1é" keeps "1é" whole', () => {
    const inputs: SourceInput[] = [
      { id: 'a', text: ' date 2024-03-26 1é seven companies were sanctioned.', format: 'text' },
      { id: 'b', text: ' date 2024-03-26 Seven companies were sanctioned.', format: 'text' },
    ];
    const report = checkSources(inputs);
    expect(spanViolations(report, inputs)).toEqual([]);
    expect(report.claims.find((c) => c.sourceId === 'a')?.text).toBe('1é seven companies were sanctioned.');
  });
});
