import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/check.js';
import type { ParsedSource } from '../../src/model.js';
import { readDateText } from '../../src/parse/date-text.js';
import { readDateLine } from '../../src/parse/dateline.js';
import { readHead } from '../../src/parse/metadata.js';
import { parseSource } from '../../src/parse/index.js';
import { ReportSchema } from '../../src/report/schema.js';
import { closestYear } from '../../src/shared/calendar.js';
import { completeYears } from '../../src/years/index.js';
import { datesOf, segment } from './helpers.js';

const BODY = 'Three ferries were cancelled after the storm reached the coast, the port authority said.';

/** The blocks a text is read into, as `kind: text`. */
const blocks = (parsed: ParsedSource) => parsed.blocks.map((b) => `${b.kind}: ${b.text.trim()}`);

describe('head: dates wherever outlets put them', () => {
  it('a wire dateline on the line under a headline gives the outlet, and the headline is a heading of its own', () => {
    const text = `Ferries halted as storm reaches coast\nBOISE, Idaho, Sept. 15 (Reuters) - ${BODY}`;
    const parsed = parseSource({ id: 'w', text, path: 'w.txt' });
    expect(parsed.meta).toEqual({ outlet: 'Reuters' });
    // No year anywhere in the source: the day waits for the other sources.
    expect(parsed.date).toBeUndefined();
    expect(parsed.yearless).toEqual({ month: 9, day: 15 });
    expect(blocks(parsed)).toEqual(['heading: Ferries halted as storm reaches coast', `paragraph: ${BODY}`]);
    expect(parsed.blocks[1]?.start).toBe(text.indexOf('Three ferries'));
  });

  it('"ATHENS (AP) —" under a headline gives the outlet and no date', () => {
    const parsed = parseSource({ id: 'a', text: `Ferries halted\n\nATHENS (AP) — ${BODY}` });
    expect(parsed.meta).toEqual({ outlet: 'AP' });
    expect(parsed.date).toBeUndefined();
    expect(parsed.yearless).toBeUndefined();
    expect(blocks(parsed)).toEqual(['heading: Ferries halted', `paragraph: ${BODY}`]);
  });

  it('"Updated … | Published …": the published time is the report date, the updated one the last update', () => {
    const text = `Ferries halted\nUpdated Oct. 2, 2026 9:05 PM ET | Published Oct. 2, 2026 6:40 AM ET\n\n${BODY}`;
    const parsed = parseSource({ id: 'u', text });
    expect(parsed.meta).toEqual({ date: '2026-10-02T06:40-04:00', updated: '2026-10-02T21:05-04:00' });
    expect(parsed.date).toBe('2026-10-02');
    expect(blocks(parsed)).toEqual(['heading: Ferries halted', `paragraph: ${BODY}`]);
  });

  it('reads the date lines of web pages, whatever the order of their pieces', () => {
    const shapes: [string, string][] = [
      ['World | Oct. 2, 2026', '2026-10-02'],
      ['Posted: 28/02/2027 10:32', '2027-02-28T10:32'],
      ['2 October 2026, 10:32 BST', '2026-10-02T10:32+01:00'],
      ['Last updated: Friday 2 October 2026', '2026-10-02'],
      ['By Jane Doe | October 2, 2026', '2026-10-02'],
      ['By Jane Doe and Tom Lund, Harbour Herald · 4 min read · Oct 2, 2026', '2026-10-02'],
      ['2026-10-02T19:48:00Z', '2026-10-02T19:48Z'],
      ['**Published:** 2 Oct 2026 · 16:52 GMT', '2026-10-02T16:52Z'],
    ];
    for (const [line, date] of shapes) {
      const parsed = parseSource({ id: 'p', text: `Ferries halted\n\n${line}\n\n${BODY}` });
      expect(parsed.meta?.date, line).toBe(date);
      expect(blocks(parsed), line).toEqual(['heading: Ferries halted', `paragraph: ${BODY}`]);
    }
  });

  it('leaves alone what is not a date line: prose, a day that could be two, a label that is not a publication', () => {
    for (const line of ['Posted: 03/04/2026', 'When: Oct. 2, 2026, at 11 a.m.', 'The ferry returned on 2 October 2026 | a spokesman said', 'March 2026']) {
      const parsed = parseSource({ id: 'n', text: `${line}\n\n${BODY}` });
      expect(parsed.meta?.date, line).toBeUndefined();
      expect(parsed.blocks[0]?.text.trim(), line).toBe(line.replace(/\*\*/g, ''));
    }
    // A date in the body, past the head, is a claim, not the report date.
    const long = `${BODY} ${BODY} ${BODY}\n\nOct. 2, 2026\n\n${BODY}`;
    expect(parseSource({ id: 'b', text: long }).meta).toBeUndefined();
  });

  it('splits a date line into its pieces and names each date by its label', () => {
    expect(readDateLine('Updated Oct. 2, 2026 9:05 PM ET | Published Oct. 2, 2026 6:40 AM ET')?.map((d) => [d.role, d.reading.time])).toEqual([
      ['updated', '21:05'],
      ['published', '06:40'],
    ]);
    expect(readDateLine('Published 2 October 2026, last updated 3 October 2026')?.map((d) => [d.role, d.reading.day])).toEqual([
      ['published', 2],
      ['updated', 3],
    ]);
    expect(readDateLine('The council met on 2 October 2026')).toBeUndefined();
    expect(readDateLine('World | Politics')).toBeUndefined();
  });

  it('a live blog: the dated header is the report date, entries headed by times are no claims, the latest is the last update', () => {
    const text = [
      'Live: storm reaches the coast',
      '',
      'Friday 2 October 2026',
      '',
      '4:52 p.m.',
      '',
      'Two more ferries were cancelled in the afternoon, the operator said.',
      '',
      '11:05 a.m.',
      '',
      'The port authority closed the harbour to small craft this morning.',
    ].join('\n');
    const parsed = parseSource({ id: 'live', text });
    expect(parsed.meta).toEqual({ date: '2026-10-02', updated: '2026-10-02T16:52' });
    expect(blocks(parsed)).toEqual([
      'heading: Live: storm reaches the coast',
      'paragraph: Two more ferries were cancelled in the afternoon, the operator said.',
      'paragraph: The port authority closed the harbour to small craft this morning.',
    ]);
    const times = segment(text).sentences.flatMap((s) => s.tokens).filter((t) => /^\d{1,2}:\d{2}$/.test(t.text));
    expect(times).toEqual([]);
  });

  it('one time on a line of its own is a programme\'s, not a blog\'s: it stays text', () => {
    const text = 'Hearing on the ferry fire\n\nFriday, Oct. 2, 2026\n10:00 a.m. ET\nRoom 253, Harbour Hall\n\nThe committee will question the operator.';
    const parsed = parseSource({ id: 'h', text });
    expect(parsed.meta).toEqual({ date: '2026-10-02' });
    expect(parsed.blocks.map((b) => b.text).join('\n')).toContain('10:00 a.m. ET');
  });

  it('reads date strings with chrono, keeping only what the text states', () => {
    expect(readDateText('Sept. 15, 2026 7:48 PM ET')).toEqual({ year: 2026, month: 9, day: 15, time: '19:48', zone: '-04:00' });
    expect(readDateText('March 3')).toEqual({ month: 3, day: 3 });
    expect(readDateText('4:52 p.m.')).toEqual({ time: '16:52' });
    expect(readDateText('31 September 2026')).toBeUndefined();
    expect(readDateText('03/04/2026')).toBeUndefined();
    expect(readDateText('Tuesday')).toBeUndefined();
    expect(readDateText('Storm reaches the coast')).toBeUndefined();
  });
});

describe('years: a dateline without a year takes the other sources\'', () => {
  it('the nearest year to the other reports, across a new year too', () => {
    expect(closestYear(3, 3, ['2026-03-02'])).toBe(2026);
    expect(closestYear(1, 2, ['2026-12-30'])).toBe(2027);
    expect(closestYear(12, 30, ['2027-01-02T08:00Z'])).toBe(2026);
    expect(closestYear(2, 29, ['2027-03-01'])).toBe(2028);
    expect(closestYear(3, 3, [])).toBeUndefined();
  });

  it('is a pure step over parsed sources: only the yearless one changes, and only from dates the others state', () => {
    const yearless = parseSource({ id: 'lyon', text: `LYON, France, Jan. 2 - ${BODY}` });
    const dated = parseSource({ id: 'paper', text: `Published 30 December 2026\n\n${BODY}` });
    const undated = parseSource({ id: 'blog', text: BODY });
    const before = JSON.stringify([yearless, dated, undated]);
    const out = completeYears([yearless, dated, undated]);
    expect(JSON.stringify([yearless, dated, undated])).toBe(before);
    expect(out[0]?.date).toBe('2027-01-02');
    expect(out[0]?.meta?.date).toBe('2027-01-02');
    expect(out[1]).toBe(dated);
    expect(out[2]).toBe(undated);
    // Two yearless sources lend each other nothing.
    expect(completeYears([yearless, parseSource({ id: 'b', text: `NICE, France, Jan. 3 - ${BODY}` })]).map((s) => s.date)).toEqual([undefined, undefined]);
  });

  it('in a check, the completed date is the report date and what "on Tuesday" is read against', () => {
    const report = checkSources([
      { id: 'lyon', text: `Storm closes port\nLYON, France, March 4 - The harbour was closed on Tuesday, the port authority said.` },
      { id: 'paper', text: `Published 5 March 2026\n\nThe harbour was closed on Tuesday, the port authority said.` },
    ]);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.sources.map((s) => [s.id, s.date])).toEqual([
      ['lyon', '2026-03-04'],
      ['paper', '2026-03-05'],
    ]);
    // 4 March 2026 is a Wednesday: its "Tuesday" is 3 March, the same day the other report's is.
    const tuesdays = report.claims.flatMap((c) => c.mentions).filter((m) => m.type === 'date');
    expect(tuesdays.map((m) => m.value)).toEqual(['2026-03-03', '2026-03-03']);
    expect(report.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
  });

  it('relative days read against a date line: "yesterday", "last week"', () => {
    const source = segment(`Updated 9 Oct 2026 | Published 8 Oct 2026\n\nThe ferry sank yesterday and a second one last week.`);
    expect(source.date).toBe('2026-10-08');
    const dates = datesOf('The ferry sank yesterday and a second one last week.', source.date);
    expect(dates.map((d) => [d.text, d.date.start, d.date.end])).toEqual([
      ['yesterday', '2026-10-07', '2026-10-07'],
      ['last week', '2026-09-28', '2026-10-04'],
    ]);
  });
});

describe('head: the file reader sees the same dates', () => {
  it('readHead gives the updated date beside the published one', () => {
    expect(readHead(`Headline\n\nPublished: 2 October 2026 | Updated: 3 October 2026\n\n${BODY}`).meta).toEqual({ date: '2026-10-02', updated: '2026-10-03' });
  });
});
