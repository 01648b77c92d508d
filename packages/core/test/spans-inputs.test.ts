import { describe, expect, it } from 'vitest';
import { spanViolations } from '../../../scripts/report-checks.mjs';
import { checkSources } from '../src/check.js';
import type { SourceInput } from '../src/model.js';
import { parseSource } from '../src/parse/index.js';

/**
 * Issue 15, spans in every input class: each case here failed on the main of ebfef67 (a span shifted after a
 * character reference of a page, cut after the `&` of a reference, holding a blank where the source has a
 * vertical tab, ending in the indentation of a deep list; a deep page skipped). The property suite
 * (test/property/spans.test.ts) generates many more of each class.
 */
const check = (inputs: SourceInput[]) => {
  const report = checkSources(inputs);
  expect(report.notices ?? []).toEqual([]);
  expect(spanViolations(report, inputs)).toEqual([]);
  return report;
};
const texts = (report: ReturnType<typeof checkSources>, sourceId: string) =>
  report.claims.filter((c) => c.sourceId === sourceId).flatMap((c) => [c.text, ...c.mentions.map((m) => m.text)]);
const page = (body: string) => `<!doctype html><html><head><title>Fire</title></head><body>${body}</body></html>`;
const other: SourceInput = { id: 'other', text: 'Police said 15 people were injured on Wednesday. The fire destroyed 45 homes, Mayor Anna Berg said.', format: 'markdown' };

describe('character references in a page', () => {
  it('a named, a decimal and a hex reference before the words move no later span', () => {
    const report = check([
      { id: 'page', path: 'page.html', text: page('<p>Tom &amp; Jerry &#38; Co said 12 people were injured on Tuesday.</p><p>Police &#x26; firefighters said the fire destroyed 40 homes, Mayor Anna Berg said.</p>') },
      other,
    ]);
    const words = texts(report, 'page');
    expect(words).toContain('12 people');
    expect(words).toContain('Tuesday');
    expect(words).toContain('40 homes');
    expect(words.some((w) => w.endsWith('Anna Berg'))).toBe(true);
  });

  it('a reference without its semicolon, one of two code points, CR LF line ends', () => {
    check([
      {
        id: 'page',
        path: 'page.htm',
        text: page('\r\n<p>Police said 12 people\r\nwere injured on Tuesday &amp\r\nWednesday, the mayor &#8212; Anna Berg &#x1F525; said.</p>\r\n<p>It destroyed 40 homes&#x2C; officials said &copy 2024 &NotEqualTilde; 3.</p>'),
      },
      other,
    ]);
  });

  it('a fragment in a .html file is a page too', () => {
    const parsed = parseSource({ id: 'f', path: 'f.html', text: '<p>Police said 12 people were injured.</p><script>var x = 1;</script>' });
    expect(parsed.blocks.map((b) => b.text)).toEqual(['Police said 12 people were injured.']);
  });
});

describe('character references in Markdown', () => {
  it('a reference that ends the file ends the claim after its semicolon, not after its ampersand', () => {
    const text = 'Police said 12 people were injured on Tuesday.\n\nOfficials at the scene said on Wednesday that the fire had destroyed 40 homes and injured &#x32;';
    const report = check([{ id: 'md', text, format: 'markdown' }, other]);
    const last = report.claims.filter((c) => c.sourceId === 'md').at(-1);
    expect(last?.text.endsWith('injured &#x32;')).toBe(true);
    expect(last?.end.offset).toBe(text.length);
  });

  it('references inside a name and between words', () => {
    const report = check([{ id: 'md', text: 'Police &amp; firefighters said 12 people were injured on Tuesday &#x26; Wednesday at Caf&eacute; Nord.', format: 'markdown' }, other]);
    expect(texts(report, 'md')).toContain('Caf&eacute; Nord');
  });

  it('a figure in text left undecoded (an indented block) never ends inside a reference written out', () => {
    // Indented four spaces, Markdown keeps "&amp;" as written: tokenised, it reads as the word "amp".
    check([
      { id: 'md', text: '    Inspectors fined 1 &amp; \r\n which the council paid.\n\nPolice said 12 people were hurt.', format: 'markdown' },
      { id: 'md2', text: 'The council was fined a &amp;\r\nLtd in 2021.\n\n    It was fined\ta &amp; \r\n told Smith.', format: 'markdown' },
      other,
    ]);
  });

  it('a quotation that two sources share, ending or starting on a reference, holds the whole reference', () => {
    // Words are matched on letters, so "&amp;" reads as the word "amp": the span must not stop at its "p".
    const quoted = 'The mayor said: "We will rebuild the school and the library &amp; the clinic &amp;."';
    const report = check([
      { id: 'a', text: `${quoted}\n\nPolice said 12 people were hurt.`, format: 'markdown' },
      { id: 'b', text: `Officials met on Tuesday.\n\n${quoted}`, format: 'markdown' },
      { id: 'c', text: '"&amp; the clinic gets new staff next year, the mayor said," a spokesman added.', format: 'markdown' },
      { id: 'd', text: 'The mayor said &amp; the clinic gets new staff next year, the spokesman said.', format: 'markdown' },
    ]);
    const shared = report.findings.filter((f) => f.rule === 'statement/quote');
    expect(shared.length).toBeGreaterThan(0);
  });
});

describe('vertical tabs, form feeds and other odd white space', () => {
  for (const format of ['text', 'markdown'] as const) {
    it(`are kept in the spans as written (${format})`, () => {
      const text = 'Police said 12\u000bpeople were injured on\u000cTuesday.\fJohn\u000bSmith said 40\u0085homes burned.\u2028Mayor Anna\u2029Berg said\u00a0so.';
      const report = check([{ id: 'odd', text, format }, other]);
      expect(texts(report, 'odd')).toContain('12\u000bpeople');
      expect(texts(report, 'odd')).toContain('John\u000bSmith');
    });
  }

  it('a terminal escape stays in the claim as written, and is no word of it', () => {
    const text = 'Police said \u001b[1m twelve people \u001b[0m were injured on Tuesday, officials said.';
    const report = checkSources([{ id: 'esc', text, format: 'text' }, other]);
    expect(spanViolations(report, [{ id: 'esc', text, format: 'text' }, other])).toEqual([]);
    const claim = report.claims.find((c) => c.sourceId === 'esc');
    expect(claim?.text).toBe(text);
    expect(claim?.mentions.map((m) => m.text)).toContain('twelve people');
  });
});

describe('deep Markdown lists', () => {
  const items = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

  it('continuation lines of nested items map through their indentation', () => {
    const text = items(12, (i) => `${' '.repeat(i * 2)}- Police said ${12 + i} people\n${' '.repeat(i * 2 + 2)}were injured on Tuesday.`);
    const report = check([{ id: 'list', text, format: 'markdown' }, other]);
    const claims = report.claims.filter((c) => c.sourceId === 'list');
    expect(claims).toHaveLength(12);
    for (const claim of claims) expect(claim.text).toMatch(/^Police said \d+ people\n +were injured on Tuesday\.$/);
  });

  it('a list nested 300 levels deep gives one claim per item and no junk', () => {
    const text = items(300, (i) => `${' '.repeat(i * 3)}1. Police said ${12 + i} people were injured on Tuesday.`);
    const report = check([{ id: 'list', text, format: 'markdown' }, other]);
    const claims = report.claims.filter((c) => c.sourceId === 'list');
    expect(claims.every((c) => /^Police said \d+ people were injured on Tuesday\.$/.test(c.text))).toBe(true);
    expect(claims).toHaveLength(300);
  });
});

describe('deep pages', () => {
  for (const [what, open, close] of [
    ['div', '<div>', '</div>'],
    ['inline', '<b>', ''],
    ['table', '<table><tr><td>', ''],
  ] as const) {
    it(`a page nested 10,000 ${what} elements deep is read, not skipped`, () => {
      const text = page(`${open.repeat(10_000)}Police said 12 people were injured on Tuesday.${close.repeat(10_000)}`);
      const report = check([{ id: 'deep', path: 'deep.html', text }, other]);
      expect(texts(report, 'deep')).toContain('12 people');
    });
  }
});
