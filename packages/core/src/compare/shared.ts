import type { Evidence, FactItem } from '../model.js';

export function evidenceOf(item: FactItem): Evidence {
  return { sourceId: item.sourceId, claimId: item.claimId, text: item.text, start: item.start, end: item.end, value: item.value };
}

/** One item per source and value: a source that repeats itself is one voice. */
export function distinctBySourceValue(items: readonly FactItem[], valueOf: (item: FactItem) => string = (i) => i.value): FactItem[] {
  const seen = new Set<string>();
  const out: FactItem[] = [];
  for (const item of [...items].sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start))) {
    const key = `${item.sourceId}|${valueOf(item)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

export function sourceList(items: readonly { sourceId: string }[]): string {
  return [...new Set(items.map((i) => i.sourceId))].sort().join(', ');
}

/** The most values a message lists; the evidence is capped alike (report/build.ts). */
export const MAX_LISTED = 12;

/** Parts joined by `separator`, at most MAX_LISTED of them, then how many more there are. */
export function listed(parts: readonly string[], separator: string): string {
  if (parts.length <= MAX_LISTED) return parts.join(separator);
  return `${parts.slice(0, MAX_LISTED).join(separator)} … and ${(parts.length - MAX_LISTED).toLocaleString('en-US')} more`;
}

export const quote = (text: string) => `"${text.replace(/\s+/g, ' ')}"`;

/** A text cut to `max` characters at most, with an ellipsis where it was cut. */
export const shorten = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 3).trimEnd()}…` : text);
