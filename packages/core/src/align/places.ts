import { normalisePlace, RENAMED } from '../lexicon/places.js';
import type { EntityMention, ExtractedSource, Fact, FactItem } from '../model.js';

/**
 * Places named by their current and their former name ("Türkiye" / "Turkey", "Kyiv" / "Kiev"): the same
 * place, two styles a desk usually settles. Only renamed places are aligned; "UK" beside "Britain" is
 * ordinary variety and never reported.
 */
export function alignRenamedPlaces(sources: readonly ExtractedSource[]): Fact[] {
  const byPlace = new Map<string, FactItem[]>();
  for (const source of sources) {
    const seen = new Set<string>();
    for (const claim of source.claims) {
      for (const m of claim.mentions) {
        if (m.type !== 'entity' || m.kind !== 'place') continue;
        const form = normalisePlace(m.name);
        if (!RENAMED.has(form) || seen.has(form)) continue;
        seen.add(form);
        const item: FactItem = { sourceId: source.id, claimId: claim.id, text: m.name, start: m.end - m.name.length, end: m.end, value: m.name, mention: m, claim };
        byPlace.set(m.key, [...(byPlace.get(m.key) ?? []), item]);
      }
    }
  }
  const facts: Fact[] = [];
  for (const [key, items] of [...byPlace.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const forms = new Set(items.map((i) => normalisePlace(i.value)));
    if (forms.size < 2 || new Set(items.map((i) => i.sourceId)).size < 2) continue;
    const first = items[0]?.mention as EntityMention;
    facts.push({ id: '', category: 'name', label: `name: ${first.name}`, key: `place|${key}`, items });
  }
  return facts;
}
