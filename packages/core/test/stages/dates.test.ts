import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../src/model.js';
import { datesOf } from './helpers.js';

/** The one date a sentence states, checked to be located exactly in the text. */
function only(text: string, sourceDate?: string): DateMention {
  const found = datesOf(text, sourceDate);
  expect(found, `dates of "${text}": ${found.map((d) => d.text).join(', ')}`).toHaveLength(1);
  const d = found[0] as DateMention;
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return d;
}

describe('extract/dates: absolute dates', () => {
  it('reads "22 October 2015" as that day', () => {
    const d = only('Cameron met Xi on 22 October 2015.');
    expect(d.text).toBe('22 October 2015');
    expect(d.date).toEqual({ start: '2015-10-22', end: '2015-10-22', precision: 'day', resolved: true });
  });

  it('reads "October 22, 2015" as that day', () => {
    const d = only('Cameron met Xi on October 22, 2015, in London.');
    expect(d.text).toBe('October 22, 2015');
    expect(d.date).toEqual({ start: '2015-10-22', end: '2015-10-22', precision: 'day', resolved: true });
  });

  it('reads "Sept. 5, 2019" with an abbreviated month', () => {
    expect(only('Sept. 5, 2019 was the date.').date).toMatchObject({ start: '2019-09-05', end: '2019-09-05' });
  });

  it('reads "March 2024" as the whole month, leap years included', () => {
    expect(only('The report came out in March 2024.').date).toEqual({ start: '2024-03-01', end: '2024-03-31', precision: 'month', resolved: true });
    expect(only('The law passed in February 2024.').date).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
  });

  it('reads "in 2021" as the whole year', () => {
    const d = only('The attack happened in 2021.');
    expect(d.text).toBe('2021');
    expect(d.date).toEqual({ start: '2021-01-01', end: '2021-12-31', precision: 'year', resolved: true });
  });

  it('reads "between 2021 and 2022" and "from 2014 to 2022" as ranges', () => {
    const between = only('The group was active between 2021 and 2022.');
    expect(between.text).toBe('between 2021 and 2022');
    expect(between.date).toEqual({ start: '2021-01-01', end: '2022-12-31', precision: 'range', resolved: true });
    const fromTo = only('Voters registered from 2014 to 2022.');
    expect(fromTo.text).toBe('from 2014 to 2022');
    expect(fromTo.date).toMatchObject({ start: '2014-01-01', end: '2022-12-31', precision: 'range' });
  });

  it('reads "2021-22" as the two years', () => {
    const d = only('The 2021-22 campaign failed.');
    expect(d.text).toBe('2021-22');
    expect(d.date).toEqual({ start: '2021-01-01', end: '2022-12-31', precision: 'range', resolved: true });
  });

  it('reads "2021–22" with an en dash', () => {
    expect(only('The 2021–22 campaign failed.').date).toMatchObject({ start: '2021-01-01', end: '2022-12-31' });
  });
});

describe('extract/dates: relative dates', () => {
  it('resolves "on Monday" against a Tuesday dateline (2024-03-26) to the day before', () => {
    const d = only('Police acted on Monday.', '2024-03-26');
    expect(d.text).toBe('Monday');
    expect(d.date).toEqual({ start: '2024-03-25', end: '2024-03-25', precision: 'relative', resolved: true });
  });

  it('resolves "on Tuesday" on a Tuesday to the same day, and "on Sunday" to two days before', () => {
    expect(only('Police acted on Tuesday.', '2024-03-26').date.start).toBe('2024-03-26');
    expect(only('Police acted on Sunday.', '2024-03-26').date.start).toBe('2024-03-24');
  });

  it('keeps "on Monday" unresolved without a dateline', () => {
    expect(only('Police acted on Monday.').date).toMatchObject({ resolved: false, precision: 'relative' });
  });

  it('resolves "last summer" said on 2023-10-01 to June–August 2023', () => {
    const d = only('The breach was found last summer.', '2023-10-01');
    expect(d.text).toBe('last summer');
    expect(d.date).toMatchObject({ start: '2023-06-01', end: '2023-08-31', resolved: true });
  });

  it('resolves "last summer" said in the spring to the summer of the year before', () => {
    expect(only('The breach was found last summer.', '2023-03-01').date).toMatchObject({ start: '2022-06-01', end: '2022-08-31' });
  });

  it('keeps "last summer" unresolved without a dateline', () => {
    expect(only('The breach was found last summer.').date.resolved).toBe(false);
  });

  it('resolves "last year" against the dateline', () => {
    const d = only('A researcher was arrested last year.', '2024-03-26');
    expect(d.text).toBe('last year');
    expect(d.date).toMatchObject({ start: '2023-01-01', end: '2023-12-31', resolved: true });
  });

  it('resolves "yesterday" across a month end in a leap year', () => {
    expect(only('He arrived yesterday.', '2024-03-01').date).toMatchObject({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('reads "in May" as the month when a dateline is known', () => {
    expect(only('He resigned in June.', '2024-03-26').date).toMatchObject({ start: '2023-06-01', end: '2023-06-30' });
    expect(only('He resigned in May.', '2024-03-26').date).toMatchObject({ start: '2023-05-01', end: '2023-05-31' });
  });

  it('reads "on March 3." at the end of a sentence', () => {
    expect(only('The ship sank on March 3 in Oslo.', '2024-03-26').date.start).toBe('2024-03-03');
    expect(only('The ship sank on March 3.', '2024-03-26').date.start).toBe('2024-03-03');
  });
});

describe('extract/dates: what is not a date', () => {
  it('does not read the modal verb "may" as a month', () => {
    expect(datesOf('It may rain.')).toEqual([]);
    expect(datesOf('The ministry may impose more sanctions.', '2024-03-26')).toEqual([]);
  });

  it('does not read the count "2,021 people" or "Over 2,000 people" as a year', () => {
    expect(datesOf('The report said 2,021 people were affected.')).toEqual([]);
    expect(datesOf('Over 2,000 people attended.')).toEqual([]);
  });

  it('does not read a weekday used as an adjective as a date', () => {
    expect(datesOf('The Monday meeting was held.', '2024-03-26')).toEqual([]);
  });
});
