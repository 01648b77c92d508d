/**
 * Calendar arithmetic several stages need: whether a day exists, and which year a day written without one
 * ("March 3") most likely falls in. Days are UTC: a report's date names a day, not a moment in some zone.
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026-03-03", or undefined when the day does not exist ("2026-02-30"). */
export function isoDay(y: number, m: number, d: number): string | undefined {
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const DAY = 86_400_000;

/** Days since the epoch of an ISO date or date-time's day (its first ten characters). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

/**
 * The year that puts a month and day nearest to the reference days: "Dec. 30" read beside 2 January 2027 is
 * 30 December 2026, "Jan. 2" beside 30 December 2026 is 2 January 2027. News about one event is written within
 * days or weeks of itself, so the nearest year is the right one far more often than the reference's own year.
 * When two years are equally near, the earlier wins: a report rarely dates something after the others.
 * Undefined without a valid reference, or when the day exists in none of the candidate years (29 February).
 */
export function closestYear(month: number, day: number, references: readonly string[]): number | undefined {
  let best: { year: number; distance: number } | undefined;
  for (const reference of references) {
    const ref = dayNumber(reference);
    if (Number.isNaN(ref)) continue;
    const year = Number(reference.slice(0, 4));
    for (const candidate of [year - 1, year, year + 1]) {
      const iso = isoDay(candidate, month, day);
      if (!iso) continue;
      const distance = Math.abs(dayNumber(iso) - ref);
      if (!best || distance < best.distance || (distance === best.distance && candidate < best.year)) best = { year: candidate, distance };
    }
  }
  return best?.year;
}

/**
 * Milliseconds since the epoch of an ISO date or date-time. A day, or a time without a zone, is read as UTC: the
 * same on every machine, where `Date.parse` would read a zoneless time in the machine's own zone.
 */
export function timeOf(date: string): number {
  const zoned = date.length === 10 || /(?:Z|[+-]\d{2}:\d{2})$/.test(date) ? date : `${date}Z`;
  return Date.parse(zoned);
}
