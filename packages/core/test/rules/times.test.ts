import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/index.js';
import type { TimeMention } from '../../src/model.js';
import { dateText, timeText } from '../../src/values/format.js';
import { datesOf, extract } from '../stages/helpers.js';
import { agreements, byRule, check, divergences, evidenceOf } from './check.js';

/** Times of day, spans and ranges: invented texts about a warehouse fire, a ferry and a bridge. */

function timesOf(text: string, date?: string): TimeMention[] {
  const source = extract(date ? ` date ${date} ${text}` : text);
  const seen = new Set<number>();
  return source.claims.flatMap((c) => c.mentions).filter((m): m is TimeMention => m.type === 'time' && !seen.has(m.start) && Boolean(seen.add(m.start)));
}

const read = (ms: readonly TimeMention[]) => ms.map((m) => [m.text, m.time.start, m.time.end, m.time.precision]);

describe('times of day', () => {
  it('reads clock times with a.m. and p.m. apart or glued, the 24-hour clock, noon and midnight', () => {
    const t = timesOf('The alarm rang at 1:30 a.m. and again at 1.30am. Crews left at 13:30. A second blaze began at 10 p.m. They ate at noon and slept at midnight.');
    expect(read(t)).toEqual([
      ['1:30 a.m.', 90, 90, 'minute'],
      ['1.30am', 90, 90, 'minute'],
      ['13:30', 810, 810, 'minute'],
      ['10 p.m.', 1320, 1320, 'minute'],
      ['noon', 720, 720, 'minute'],
      ['midnight', 0, 0, 'minute'],
    ]);
  });

  it('widens an approximate time: "shortly after midnight", "around 3 pm"', () => {
    const t = timesOf('The roof fell shortly after midnight. The ferry docked around 3 pm.');
    expect(read(t)).toEqual([
      ['shortly after midnight', 0, 59, 'approximate'],
      ['around 3 pm', 870, 930, 'approximate'],
    ]);
  });

  it('reads a time in another zone in parentheses as the same moment, not a second time', () => {
    const t = timesOf('The ferry sank at about 9:15 a.m. local time (0615 GMT), the coastguard said.');
    expect(t.map((m) => m.text)).toEqual(['about 9:15 a.m. local time']);
    expect(t[0]?.time.zone).toBeUndefined();
    expect(t[0]?.time.also).toEqual({ start: 360, end: 390, zone: 'GMT' });
    // The gloss is no figure either.
    expect(extract('The ferry sank at about 9:15 a.m. local time (0615 GMT).').claims.flatMap((c) => c.mentions).filter((m) => m.type === 'quantity')).toEqual([]);
  });

  it('gives a named day and a part of it: "Monday morning", "Tuesday evening", "early Sunday", "late Friday"', () => {
    const t = timesOf('Smoke rose on Monday morning. Crews returned Tuesday evening. The wall fell early Sunday. Power came back late Friday.', '2026-03-11');
    expect(t.map((m) => [m.text, m.time.start, m.time.end, m.day?.start])).toEqual([
      ['Monday morning', 300, 719, '2026-03-09'],
      ['Tuesday evening', 1020, 1319, '2026-03-10'],
      ['early Sunday', 0, 539, '2026-03-08'],
      ['late Friday', 1080, 1439, '2026-03-06'],
    ]);
  });

  it('puts a clock time on the day beside it, and reads "4:17 Monday morning" as a.m.', () => {
    const t = timesOf('The fire started at 1:30 a.m. on Monday. It was 4:17 Monday morning when the wall fell.', '2026-03-11');
    expect(t.map((m) => [m.text, m.time.start, m.time.twelveHour ?? false, m.day?.start])).toEqual([
      ['1:30 a.m.', 90, false, '2026-03-09'],
      ['4:17', 257, false, '2026-03-09'],
    ]);
  });

  it('never reads a duration, a shop, an attack, a score or odds as a time', () => {
    const text = 'A 24-hour strike closed the 7-Eleven on the anniversary of the 9/11 attacks. Dunmore won 2-1 and were 3:2 favourites.';
    expect(timesOf(text)).toEqual([]);
    expect(datesOf(text)).toEqual([]);
  });

  it('finds two clock times for the same event a divergence, with the time as written', () => {
    const report = check({ a: 'The fire started at 1:30 a.m. on Monday, police said.', b: 'The fire started at 2:30 a.m. on Monday, police said.' });
    const found = byRule(report, 'time/disjoint');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(found[0]?.message).toBe('Sources disagree on what time the fire started: "1:30 a.m." (a) vs "2:30 a.m." (b).');
    // The statements are not "the same thing" when their times differ.
    expect(byRule(report, 'statement/same')).toEqual([]);
  });

  it('agrees on one time written two ways, and finds an approximate time compatible with one inside it', () => {
    const same = check({ a: 'The fire started at 1:30 a.m., police said.', b: 'The fire started at 1.30am, police said.' });
    expect(evidenceOf(byRule(same, 'time/same')[0])).toEqual(['a:1:30 a.m.', 'b:1.30am']);
    const near = check({ a: 'The roof collapsed shortly after midnight, firefighters said.', b: 'The roof collapsed at 12:15 a.m., firefighters said.' });
    expect(divergences(near).filter((f) => f.category === 'date')).toEqual([]);
    expect(byRule(near, 'time/precision')).toHaveLength(1);
    const around = check({ a: 'The ferry docked around 3 pm, the port said.', b: 'The ferry docked at 5 p.m., the port said.' });
    expect(byRule(around, 'time/disjoint')[0]?.severity).toBe('warning');
  });

  it('leaves a different day to the date: "1:30 a.m. Monday" and "1:30 a.m. Tuesday"', () => {
    const report = check({ a: 'The fire started at 1:30 a.m. Monday, police said.', b: 'The fire started at 1:30 a.m. Tuesday, police said.' }, { a: '2026-03-11', b: '2026-03-11' });
    expect(byRule(report, 'date/disjoint').map(evidenceOf)).toEqual([['a:Monday', 'b:Tuesday']]);
    expect(byRule(report, 'time/disjoint')).toEqual([]);
    expect(byRule(report, 'time/same')).toEqual([]);
  });

  it('compares times only in the same zone, and a zone gloss with the same zone', () => {
    const zones = check({ a: 'The bridge closed at 1 a.m. GMT, engineers said.', b: 'The bridge closed at 4 a.m. local time, engineers said.' });
    expect(byRule(zones, 'time/disjoint')).toEqual([]);
    const gloss = check({ a: 'The bridge closed at 9:15 a.m. local time (0615 GMT), engineers said.', b: 'The bridge closed at 0615 GMT, engineers said.' });
    expect(byRule(gloss, 'time/disjoint')).toEqual([]);
    expect(agreements(gloss).some((f) => f.rule.startsWith('time/'))).toBe(true);
  });
});

describe('ranges', () => {
  it('reads each form of a range as one interval', () => {
    const d = datesOf('She led it between May 2019 and June 2021, from 1 January 2021 to 3 March 2022, from 2019 to 2021, in 2019-2021, on May 3-5 and from May to June 2020.', '2026-03-11');
    expect(d.map((m) => [m.text, m.date.start, m.date.end])).toEqual([
      ['between May 2019 and June 2021', '2019-05-01', '2021-06-30'],
      ['from 1 January 2021 to 3 March 2022', '2021-01-01', '2022-03-03'],
      ['from 2019 to 2021', '2019-01-01', '2021-12-31'],
      ['2019-2021', '2019-01-01', '2021-12-31'],
      ['May 3-5', '2026-05-03', '2026-05-05'],
      ['from May to June 2020', '2020-05-01', '2020-06-30'],
    ]);
  });

  it('reads "the 1990s" as a decade', () => {
    expect(datesOf('The bridge was built in the 1990s.').map((m) => [m.text, m.date.start, m.date.end])).toEqual([['1990s', '1990-01-01', '1999-12-31']]);
  });

  it('finds ranges with different ends a divergence naming each range, never separate dates', () => {
    const report = check({ a: 'He worked there between May 2019 and June 2021, the company said.', b: 'He worked there between May 2019 and June 2022, the company said.' });
    const found = divergences(report).filter((f) => f.category === 'date');
    expect(found).toHaveLength(1);
    expect(evidenceOf(found[0])).toEqual(['a:between May 2019 and June 2021', 'b:between May 2019 and June 2022']);
    expect(found[0]?.evidence.map((e) => e.value)).toEqual(['May 2019 to June 2021', 'May 2019 to June 2022']);
    expect(found[0]?.message).not.toContain('gives both');
  });

  it('agrees on a range written with and without months', () => {
    const report = check({ a: 'She chaired the board from 2019 to 2021, the filing said.', b: 'She chaired the board between March 2019 and May 2021, the filing said.' });
    expect(divergences(report).filter((f) => f.category === 'date')).toEqual([]);
  });
});

describe('weekdays and relative dates', () => {
  it('resolves a weekday and "last week" against the report date', () => {
    const d = datesOf('The ferry sank on Monday. Talks failed last week.', '2026-03-11');
    expect(d.map((m) => [m.text, m.date.start, m.date.end])).toEqual([
      ['Monday', '2026-03-09', '2026-03-09'],
      ['last week', '2026-03-02', '2026-03-08'],
    ]);
  });

  it('takes a weekday\'s day from the calendar date written beside it, not from the report date', () => {
    const d = datesOf('The ferry sank on Monday morning, March 2, and was raised on Friday.', '2026-03-11');
    expect(d.map((m) => [m.text, m.date.start])).toEqual([
      ['Monday', '2026-03-02'],
      ['March 2', '2026-03-02'],
      ['Friday', '2026-03-06'],
    ]);
  });

  it('agrees when reports of different days name the same day differently', () => {
    const report = check({ a: 'The ferry sank yesterday, the coastguard said.', b: 'The ferry sank on Monday, the coastguard said.' }, { a: '2026-03-10', b: '2026-03-11' });
    expect(divergences(report).filter((f) => f.category === 'date')).toEqual([]);
    expect(byRule(report, 'date/same')).toHaveLength(1);
  });

  it('compares unpinned weekdays by name: Monday and Tuesday for one event is a warning', () => {
    const report = check({ a: 'The ferry sank on Monday, the coastguard said.', b: 'The ferry sank on Tuesday, the coastguard said.' });
    const found = byRule(report, 'date/disjoint');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(evidenceOf(found[0])).toEqual(['a:Monday', 'b:Tuesday']);
  });
});

describe('values an editor reads', () => {
  it('prints times and ranges in words, never minutes or ISO intervals', () => {
    expect(timeText({ start: 90, end: 90, precision: 'minute' })).toBe('1:30 a.m.');
    expect(timeText({ start: 1320, end: 1320, precision: 'minute' })).toBe('10 p.m.');
    expect(timeText({ start: 300, end: 719, precision: 'part' })).toBe('morning');
    expect(dateText({ start: '2019-05-01', end: '2021-06-30', precision: 'range', resolved: true })).toBe('May 2019 to June 2021');
    expect(dateText({ start: '2026-05-03', end: '2026-05-05', precision: 'range', resolved: true })).toBe('3 to 5 May 2026');
    expect(dateText({ start: '1990-01-01', end: '1999-12-31', precision: 'range', resolved: true })).toBe('the 1990s');
  });
});

describe('a draft checked against its sources', () => {
  const sources = [
    { id: 'a', text: 'The warehouse roof collapsed at 12:15 a.m., firefighters said.' },
    { id: 'b', text: 'The warehouse roof collapsed at 12:15 a.m., the fire service said.' },
  ];

  it('never disputes an approximate time the sources\' clock time falls in', () => {
    const report = checkDraft({ id: 'draft', text: 'The warehouse roof collapsed shortly after midnight, firefighters said.' }, sources);
    expect(report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.rule)).toEqual([]);
  });

  it('finds a draft time the sources contradict', () => {
    const report = checkDraft({ id: 'draft', text: 'The warehouse roof collapsed at 2:45 a.m., firefighters said.' }, sources);
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.evidence[0]?.text)).toEqual(['2:45 a.m.']);
  });
});
