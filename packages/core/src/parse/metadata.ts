import type { SourceInput, SourceMeta } from '../model.js';

/**
 * What a source says about itself, as opposed to what it reports: its date, outlet, title and url. Read from the
 * input first (the caller knows best), then YAML front matter, then a wire dateline. None of it is ever a claim.
 */

const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** An ISO date or date-time that names a real day, or undefined. */
export function isoDate(value: string): string | undefined {
  const v = value.trim();
  if (!ISO_DATE_OR_TIME.test(v)) return undefined;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  return v;
}

/** Later layers fill only what earlier ones left empty. */
export function mergeMeta(...layers: ReadonlyArray<SourceMeta | undefined>): SourceMeta | undefined {
  const out: SourceMeta = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const key of ['date', 'outlet', 'title', 'url'] as const) {
      const value = layer[key];
      if (out[key] === undefined && value !== undefined && value !== '') out[key] = value;
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The metadata a caller put on the input; a date that is not ISO is ignored rather than guessed at. */
export function inputMeta(input: SourceInput): SourceMeta | undefined {
  const date = input.date === undefined ? undefined : isoDate(input.date);
  const meta: SourceMeta = {};
  if (date !== undefined) meta.date = date;
  if (input.outlet !== undefined) meta.outlet = input.outlet.trim();
  if (input.title !== undefined) meta.title = input.title.trim();
  if (input.url !== undefined) meta.url = input.url.trim();
  return mergeMeta(meta);
}
