import type { ParsedSource } from '../model.js';
import { closestYear, isoDay } from '../shared/calendar.js';

/**
 * The year of a dateline that gives none ("LYON, France, March 3 -"), from the other sources. Reports of one event
 * are written days or weeks apart, so the year that puts the day nearest the other sources' dates is taken
 * (`closestYear`: on a tie, the earlier). It runs between parse and segment, once every source is parsed: the
 * completed date is the day that source's own relative dates ("on Tuesday", "yesterday") are read against.
 *
 * Pure: sources in, sources out, in the same order; only a source with a yearless dateline and no date changes.
 * Sources with a yearless dateline never lend their guess to each other: only dates the sources state count.
 */
export function completeYears(sources: readonly ParsedSource[]): ParsedSource[] {
  if (!sources.some((s) => s.yearless && s.date === undefined)) return [...sources];
  const stated = sources.flatMap((s) => {
    const date = s.meta?.date ?? s.date;
    return date === undefined ? [] : [{ id: s.id, date }];
  });
  return sources.map((source) => {
    const day = source.yearless;
    if (!day || source.date !== undefined) return source;
    const references = stated.filter((d) => d.id !== source.id).map((d) => d.date);
    const year = closestYear(day.month, day.day, references);
    const date = year === undefined ? undefined : isoDay(year, day.month, day.day);
    if (date === undefined) return source;
    return { ...source, date, meta: { ...source.meta, date } };
  });
}
